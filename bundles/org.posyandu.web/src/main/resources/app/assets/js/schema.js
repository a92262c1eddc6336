// The forms' JSON Schemas (the subset FormSchema writes on the server) read into fields, and validated on the
// phone by the same rules as the server's FormValidator, with its Indonesian messages. Written here because
// the maintained validators (Ajv) compile schemas into code with the Function constructor, which the CSP
// forbids; and because the server's subset (x-satuan, x-tidakDiMasaDepan, if/then/else per field) is small.

/**
 * The fields of a form in order: {name, title, kind, unit, help, min, max, maxLength, options, required,
 * readOnly, notInFuture, when: {field, values, multi} | null}. kind ∈ text, integer, number, boolean, date,
 * choice, multi.
 */
export function fieldsOf(schema) {
  const conditions = new Map();
  for (const rule of schema.allOf || []) {
    const name = rule.else && rule.else.not && rule.else.not.required && rule.else.not.required[0];
    const field = rule.if && rule.if.required && rule.if.required[0];
    if (!name || !field) continue;
    const match = rule.if.properties[field] || {};
    const multi = !!match.contains;
    const values = multi ? match.contains.enum : match.enum;
    const required = !!(rule.then && rule.then.required && rule.then.required.includes(name));
    conditions.set(name, { when: { field, values, multi }, required });
  }
  const required = new Set(schema.required || []);
  return Object.entries(schema.properties || {}).map(([name, p]) => {
    const c = conditions.get(name);
    return {
      name,
      title: p.title || name,
      kind: kindOf(p),
      unit: p['x-satuan'] || null,
      help: p['x-bantuan'] || null,
      min: p.minimum != null ? Number(p.minimum) : null,
      max: p.maximum != null ? Number(p.maximum) : null,
      maxLength: p.maxLength != null ? p.maxLength : null,
      options: (p.oneOf || (p.items && p.items.oneOf) || []).map((o) => ({ value: o.const, title: o.title || o.const })),
      required: c ? c.required : required.has(name),
      readOnly: !!p.readOnly,
      notInFuture: !!p['x-tidakDiMasaDepan'],
      when: c ? c.when : null,
    };
  });
}

function kindOf(p) {
  if (p.type === 'array') return 'multi';
  if (p.type === 'string' && p.oneOf) return 'choice';
  if (p.type === 'string' && p.format === 'date') return 'date';
  if (p.type === 'integer') return 'integer';
  if (p.type === 'number') return 'number';
  if (p.type === 'boolean') return 'boolean';
  return 'text';
}

/** Whether a field's condition holds for the values typed so far (FormValidator.holds). */
export function applies(field, values) {
  if (!field.when) return true;
  const v = values[field.when.field];
  if (v == null) return false;
  if (Array.isArray(v)) return v.some((x) => field.when.values.includes(x));
  return field.when.values.includes(v);
}

function plain(n) {
  return String(n);
}

/** A decimal typed on a phone: "9,2" and "9.2" are the same number. */
export function parseNumber(raw) {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const s = String(raw).trim().replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function realDate(s) {
  if (!DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Validates raw input (strings from inputs, booleans, arrays) field by field, in the form's order. Returns
 * {values: the typed data to send (fields that do not apply or are empty left out), errors: {field: message}}.
 */
export function validate(fields, input, todayIso) {
  const values = {};
  const errors = {};
  const known = new Set(fields.map((f) => f.name));
  for (const key of Object.keys(input)) {
    if (!known.has(key) && input[key] != null && input[key] !== '') {
      errors[key] = `Isian '${key}' tidak dikenal pada formulir ini.`;
    }
  }
  for (const f of fields) {
    let raw = input[f.name];
    if (typeof raw === 'string' && raw.trim() === '') raw = null;
    if (Array.isArray(raw) && raw.length === 0) raw = null;
    if (f.readOnly) continue; // computed by the platform: never sent
    if (!applies(f, values)) continue; // hidden: its value is not sent
    if (raw == null) {
      if (f.required) errors[f.name] = 'Wajib diisi.';
      continue;
    }
    const result = typed(f, raw, todayIso);
    if (result.error) errors[f.name] = result.error;
    else values[f.name] = result.value;
  }
  return { values, errors };
}

function typed(f, raw, todayIso) {
  const unit = f.unit ? ` ${f.unit}` : '';
  const range = (n) => {
    if (f.min != null && n < f.min) return { error: `Paling kecil ${plain(f.min)}${unit}.` };
    if (f.max != null && n > f.max) return { error: `Paling besar ${plain(f.max)}${unit}.` };
    return { value: n };
  };
  switch (f.kind) {
    case 'text': {
      const s = String(raw).trim();
      if (f.maxLength != null && s.length > f.maxLength) return { error: `Paling banyak ${f.maxLength} karakter.` };
      return { value: s };
    }
    case 'integer': {
      const n = parseNumber(raw);
      if (n == null || !Number.isInteger(n)) return { error: 'Harus bilangan bulat.' };
      return range(n);
    }
    case 'number': {
      const n = parseNumber(raw);
      if (n == null) return { error: 'Harus angka.' };
      return range(n);
    }
    case 'boolean':
      if (raw === true || raw === 'true') return { value: true };
      if (raw === false || raw === 'false') return { value: false };
      return { error: 'Harus true atau false.' };
    case 'date': {
      const s = String(raw).trim();
      if (!realDate(s)) return { error: 'Harus tanggal YYYY-MM-DD.' };
      if (f.notInFuture && s > todayIso) return { error: 'Tanggal tidak boleh di masa depan.' };
      return { value: s };
    }
    case 'choice':
      if (!f.options.some((o) => o.value === raw)) return { error: `Pilih dari: ${f.options.map((o) => o.value).join(', ')}.` };
      return { value: raw };
    case 'multi': {
      const list = Array.isArray(raw) ? raw : [raw];
      const seen = new Set();
      for (const v of list) {
        if (!f.options.some((o) => o.value === v) || seen.has(v)) {
          return { error: `Pilih dari: ${f.options.map((o) => o.value).join(', ')}.` };
        }
        seen.add(v);
      }
      return { value: [...seen] };
    }
    default:
      return { value: raw };
  }
}

/** The typed value of a stored submission shown back in an input (numbers with a decimal point). */
export function toInput(f, v) {
  if (v == null) return f.kind === 'multi' ? [] : '';
  if (f.kind === 'boolean') return v;
  if (f.kind === 'multi') return v;
  return String(v);
}
