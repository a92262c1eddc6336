// Any form of any module, drawn from its JSON Schema alone: a new module's forms appear with no web change.
import { h, useState, useEffect, today, navigate } from './lib.js';
import * as data from './data.js';
import * as sync from './sync.js';
import { fieldsOf, validate, applies, toInput } from './schema.js';
import { Notice, ErrorText, useFirstErrorFocus } from './ui.js';
import { WargaPicker, wargaLabel } from './warga.js';
import { checkSasaran, fitsSasaran, sasaranOf } from './sasaran.js';

const RADIO_MAX = 4; // up to this many choices as big radio buttons; more as a list

function Label({ f, id }) {
  return h('label', { for: id }, f.title, f.unit && h('span', { class: 'satuan' }, ` (${f.unit})`), f.required ? ' *' : '');
}

function Choices({ f, value, onChange, multi, error }) {
  const options = f.kind === 'boolean' ? [{ value: true, title: 'Ya' }, { value: false, title: 'Tidak' }] : f.options;
  const chosen = (v) => (multi ? (value || []).includes(v) : value === v);
  const toggle = (v) => {
    if (!multi) return onChange(v);
    const now = new Set(value || []);
    if (now.has(v)) now.delete(v); else now.add(v);
    return onChange(options.map((o) => o.value).filter((x) => now.has(x)));
  };
  return h('fieldset', { 'aria-describedby': `galat-${f.name}`, 'aria-invalid': error ? 'true' : undefined },
    h('legend', null, f.title, f.unit && h('span', { class: 'satuan' }, ` (${f.unit})`), f.required ? ' *' : ''),
    f.help && h('p', { class: 'bantuan' }, f.help),
    // above the options: a list of vaccines is longer than a small phone's screen
    h(ErrorText, { name: f.name, text: error }),
    h('div', { class: 'pilihan' }, options.map((o) => h('label', null,
      h('input', {
        type: multi ? 'checkbox' : 'radio', name: f.name, value: String(o.value), checked: chosen(o.value),
        onChange: () => toggle(o.value),
      }),
      o.title))));
}

/** Whether the field is shown as a group of options ({@link Choices}, which shows its own error line). */
function isChoices(f) {
  return f.kind === 'boolean' || f.kind === 'multi' || (f.kind === 'choice' && f.options.length <= RADIO_MAX);
}

function FieldInput({ f, value, onChange, error }) {
  const id = `isian-${f.name}`;
  const common = {
    id, name: f.name, 'aria-describedby': `galat-${f.name}${f.help ? ` bantuan-${f.name}` : ''}`,
    'aria-invalid': error ? 'true' : undefined, 'aria-required': f.required ? 'true' : undefined,
  };
  if (isChoices(f)) {
    return h(Choices, { f, value, onChange, multi: f.kind === 'multi', error });
  }
  let control;
  if (f.kind === 'choice') {
    control = h('select', { ...common, value: value || '', onChange: (e) => onChange(e.target.value) },
      h('option', { value: '' }, '— pilih —'),
      f.options.map((o) => h('option', { value: o.value }, o.title)));
  } else if (f.kind === 'date') {
    control = h('input', { ...common, type: 'date', value: value || '', max: f.notInFuture ? today() : undefined, onInput: (e) => onChange(e.target.value) });
  } else if (f.kind === 'text' && f.maxLength > 200) {
    control = h('textarea', { ...common, rows: 3, maxLength: f.maxLength, value: value || '', onInput: (e) => onChange(e.target.value) });
  } else {
    const numeric = f.kind === 'integer' || f.kind === 'number';
    control = h('input', {
      ...common, type: 'text', value: value || '', autocomplete: 'off',
      inputmode: f.kind === 'integer' ? 'numeric' : f.kind === 'number' ? 'decimal' : undefined,
      maxLength: f.kind === 'text' ? f.maxLength : undefined,
      placeholder: numeric && f.min != null && f.max != null ? `${f.min}–${f.max}` : undefined,
      onInput: (e) => onChange(e.target.value),
    });
  }
  return h('div', null, h(Label, { f, id }), f.help && h('p', { class: 'bantuan', id: `bantuan-${f.name}` }, f.help), control);
}

function shown(v) {
  if (v == null) return '—';
  if (v === true) return 'Ya';
  if (v === false) return 'Tidak';
  if (Array.isArray(v)) return v.join(', ');
  return String(v).replace(/_/g, ' ');
}

/**
 * form#form-isian for a FormView: the fields of its schema with their conditions, the service date, field errors
 * (the phone's, or the server's for a refused item), and the computed fields read-only.
 */
export function FormIsian({ form, warga, initial, initialDate, serverErrors, computed, onSave, saveLabel = 'Simpan', children }) {
  const fields = fieldsOf(form.schema);
  const [input, setInput] = useState(() => {
    const start = {};
    fields.forEach((f) => { start[f.name] = toInput(f, initial ? initial[f.name] : undefined); });
    return start;
  });
  const [tanggal, setTanggal] = useState(initialDate || today());
  const [errors, setErrors] = useState(serverErrors || {});
  // the server's refusal shown on opening, and each refused "Simpan", move to the first error
  const [formRef, refused] = useFirstErrorFocus(serverErrors && Object.keys(serverErrors).length > 0);
  const typedSoFar = validate(fields, input, today()).values;
  const set = (name) => (v) => {
    setInput({ ...input, [name]: v });
    if (errors[name]) setErrors({ ...errors, [name]: undefined });
  };
  const submit = (ev) => {
    ev.preventDefault();
    const result = validate(fields, input, today());
    const errs = { ...result.errors };
    if (!tanggal) errs.tanggal = 'Wajib diisi.';
    else if (tanggal > today()) errs.tanggal = 'Tanggal tidak boleh di masa depan.';
    // who the form is for, at the visit date (the server refuses the same on wargaId)
    const outside = tanggal ? checkSasaran(sasaranOf(form), form.title, warga, tanggal) : [];
    if (outside.length) errs.wargaId = outside.map((e) => e.message).join(' ');
    setErrors(errs);
    if (Object.values(errs).some((v) => v)) {
      refused();
      return;
    }
    onSave(result.values, tanggal);
  };
  const general = Object.entries(errors).filter(([k, v]) => v && (k === '_' || k === 'wargaId' || !fields.some((f) => f.name === k) && k !== 'tanggal'));
  return h('form', { id: 'form-isian', ref: formRef, noValidate: true, onSubmit: submit, 'aria-label': form.title },
    children,
    general.length > 0 && h(Notice, { kind: 'galat' }, general.map(([k, v]) => h('p', { 'data-error-for': k }, v))),
    h('div', { class: 'isian' },
      h('label', { for: 'isian-tanggal' }, 'Tanggal layanan *'),
      h('input', { id: 'isian-tanggal', name: 'tanggal', type: 'date', value: tanggal, max: today(), onInput: (e) => setTanggal(e.target.value), 'aria-describedby': 'galat-tanggal' }),
      h(ErrorText, { name: 'tanggal', text: errors.tanggal })),
    fields.filter((f) => !f.readOnly && applies(f, typedSoFar)).map((f) => h('div', { class: errors[f.name] ? 'isian salah' : 'isian', key: f.name },
      h(FieldInput, { f, value: input[f.name], onChange: set(f.name), error: errors[f.name] }),
      !isChoices(f) && h(ErrorText, { name: f.name, text: errors[f.name] }))),
    fields.some((f) => f.readOnly) && h('details', { class: 'kartu' },
      h('summary', null, 'Dihitung otomatis oleh platform'),
      fields.filter((f) => f.readOnly).map((f) => h('div', { class: 'isian', key: f.name },
        h('label', { for: `isian-${f.name}` }, f.title),
        h('output', { id: `isian-${f.name}`, class: 'dihitung', 'data-computed': f.name },
          computed ? shown(computed[f.name]) : 'dihitung setelah dikirim')))),
    h('button', { id: 'simpan-form', type: 'submit', class: 'tombol utama lebar' }, saveLabel));
}

/** #/form/<formId>[/<wargaId>]: a form of any module, the resident chosen first when the form is about one. */
export function FormPage({ formId, wargaId, me }) {
  const [form, setForm] = useState(undefined);
  const [warga, setWarga] = useState(null);
  const [saved, setSaved] = useState(null);
  useEffect(() => {
    data.form(formId).then((f) => setForm(f || null));
  }, [formId]);
  useEffect(() => {
    setSaved(null);
    if (wargaId) data.warga(wargaId).then(setWarga); else setWarga(null);
  }, [wargaId]);
  if (form === undefined) return h('main', { class: 'halaman' }, 'Memuat…');
  if (form === null) {
    return h('main', { class: 'halaman' }, h(Notice, { kind: 'galat' },
      'Formulir ini tidak aktif untuk Posyandu Anda. Perbarui data di beranda bila admin baru mengaktifkannya.'));
  }
  const needsWarga = form.subject === 'WARGA_REQUIRED';
  if (needsWarga && !wargaId) {
    return h('main', { class: 'halaman' },
      h('h1', null, form.title),
      h('p', null, sasaranOf(form) ? 'Pilih warga yang dilayani (hanya sasaran formulir ini):' : 'Pilih warga yang dilayani:'),
      h(WargaPicker, {
        fits: (w) => fitsSasaran(sasaranOf(form), w, today()),
        onPick: (w) => navigate(`#/form/${formId}/${w.id}`),
      }));
  }
  const save = async (values, tanggal) => {
    const day = await data.load();
    const item = await sync.saveForm({
      formId, posyanduId: day ? day.posyandu.id : me.posyanduIds[0], wargaId, tanggal, data: values,
      label: `${form.title}${warga ? ` — ${warga.nama}` : ''}`,
    });
    setSaved(item);
  };
  return h('main', { class: 'halaman' },
    h('h1', null, form.title),
    warga && h('p', null, 'Warga: ', h('strong', null, wargaLabel(warga))),
    saved
      ? h('div', null,
        h(Notice, null, 'Tersimpan di ponsel dan masuk antrian kirim. Akan dikirim otomatis saat ada sinyal.'),
        h('div', { class: 'baris-tombol' },
          h('button', { type: 'button', class: 'tombol', onClick: () => setSaved(null) }, 'Isi lagi'),
          h('a', { class: 'tombol', href: '#/antrian' }, 'Lihat antrian'),
          h('a', { class: 'tombol', href: '#/' }, 'Beranda')))
      : h(FormIsian, { key: `${formId}-${wargaId}`, form, warga, onSave: save }));
}

/** #/menu: every enabled form, by module and menu, as the server sent them. */
export function Menu() {
  const [groups, setGroups] = useState(null);
  useEffect(() => {
    Promise.all([data.forms(), data.modules()]).then(([forms, modules]) => {
      const byModule = new Map();
      for (const f of forms) {
        const m = modules.find((x) => x.id === f.module);
        const menu = m && (m.menus || []).find((x) => x.id === f.menu);
        const key = f.module;
        if (!byModule.has(key)) byModule.set(key, { id: key, nama: m ? m.nama : key, menus: new Map() });
        const g = byModule.get(key);
        if (!g.menus.has(f.menu)) g.menus.set(f.menu, { nama: menu ? menu.nama : f.menu, forms: [] });
        g.menus.get(f.menu).forms.push(f);
      }
      setGroups([...byModule.values()]);
    });
  }, []);
  if (!groups) return h('main', { class: 'halaman' }, 'Memuat…');
  return h('main', { class: 'halaman' },
    h('h1', null, 'Formulir layanan'),
    groups.length === 0 && h(Notice, null, 'Belum ada formulir. Perbarui data di beranda saat ada sinyal.'),
    groups.map((g) => h('section', { 'data-modul-menu': g.id, key: g.id },
      h('h2', null, g.nama),
      [...g.menus.entries()].map(([id, menu]) => h('div', { key: id },
        h('h3', null, menu.nama),
        h('div', { class: 'menu-besar' }, menu.forms.map((f) => h('a', {
          class: 'tombol', href: `#/form/${f.id}`, 'data-form-id': f.id, key: f.id,
        }, f.title))))))));
}
