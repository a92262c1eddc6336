// Who a form may be about (its schema's x-sasaran, org.posyandu.api.spm.Eligibility) on the phone: the sasaran
// list of a form shows only the residents it fits, and a visit date that takes a resident out of it is refused
// before the phone queues it, with the server's rules and messages. The server stays the judge.

/** Target groups in words (Bahasa Indonesia) by their JSON name, in the server's order (KelompokSasaran). */
const GROUP_WORDS = {
  bayi: 'Bayi', balita: 'Balita', ibu_hamil: 'Ibu hamil', remaja: 'Remaja', usia_produktif: 'Usia produktif', lansia: 'Lansia',
};
const GROUPS = Object.keys(GROUP_WORDS);
/** KelompokSasaran: a pregnancy dated by HPHT has ended after 42 weeks. */
const PREGNANCY_DAYS = 294;

/** A target group's name in words ("Usia produktif" for usia_produktif); an unknown name as it came. */
export function kelompokWord(group) {
  return GROUP_WORDS[group] || group;
}

/** A resident's target groups in words, for a list ("Balita, Bayi"); '' when none. */
export function kelompokText(groups) {
  return (groups || []).map(kelompokWord).join(', ');
}

function parts(iso) {
  return iso.split('-').map(Number);
}

/** Completed months from a to b (ChronoUnit.MONTHS.between: a month counts once its day is reached again). */
function monthsBetween(a, b) {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.trunc(((by * 12 + bm) * 32 + bd - ((ay * 12 + am) * 32 + ad)) / 32);
}

function daysBetween(a, b) {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((Date.UTC(by, bm - 1, bd) - Date.UTC(ay, am - 1, ad)) / 86400000);
}

function completed(unit, birth, on) {
  if (unit === 'hari') return daysBetween(birth, on);
  const months = monthsBetween(birth, on);
  return unit === 'tahun' ? Math.trunc(months / 12) : months;
}

/** The target groups of a person on a day (KelompokSasaran.derive). */
export function kelompokOn(birth, sex, hpht, on) {
  const out = new Set();
  if (!birth || birth > on) return out;
  const months = monthsBetween(birth, on);
  const years = Math.trunc(months / 12);
  if (months <= 11) out.add('bayi');
  if (months <= 59) out.add('balita');
  if (years >= 10 && years <= 18) out.add('remaja');
  if (years >= 15 && years <= 59) out.add('usia_produktif');
  if (years >= 60) out.add('lansia');
  if (sex === 'P' && hpht) {
    const days = daysBetween(hpht, on);
    if (days >= 0 && days < PREGNANCY_DAYS) out.add('ibu_hamil');
  }
  return out;
}

function umur(u) {
  return `${u.nilai} ${u.satuan}`;
}

function ageText(s) {
  if (s.umurMin && s.umurMaks) {
    return `umur ${s.umurMin.satuan === s.umurMaks.satuan ? s.umurMin.nilai : umur(s.umurMin)}–${umur(s.umurMaks)}`;
  }
  return s.umurMin ? `umur ${umur(s.umurMin)} ke atas` : `umur paling tinggi ${umur(s.umurMaks)}`;
}

function describeAge(birth, on) {
  const months = monthsBetween(birth, on);
  if (months >= 24) return `${Math.trunc(months / 12)} tahun`;
  if (months >= 1) return `${months} bulan`;
  return `${daysBetween(birth, on)} hari`;
}

/**
 * The broken parts of x-sasaran {sasaran} for resident {warga} on day {on} (YYYY-MM-DD), as the server's
 * Eligibility.check names them: [{field: 'wargaId', rule, message}]; empty when the resident fits or the form
 * says nothing. An unknown birth date or sex skips the parts that need it.
 */
export function checkSasaran(sasaran, formTitle, warga, on) {
  const out = [];
  if (!sasaran || !warga || !on) return out;
  const birth = warga.tanggalLahir || null;
  const ageFits = () => (!sasaran.umurMin || completed(sasaran.umurMin.satuan, birth, on) >= sasaran.umurMin.nilai)
    && (!sasaran.umurMaks || completed(sasaran.umurMaks.satuan, birth, on) <= sasaran.umurMaks.nilai);
  if (birth && !ageFits()) {
    out.push({
      field: 'wargaId', rule: 'sasaran.umur',
      message: `Formulir ${formTitle} untuk warga ${ageText(sasaran)}; warga ini pada ${on} berumur ${describeAge(birth, on)}.`,
    });
  }
  if (sasaran.jenisKelamin && warga.jenisKelamin && warga.jenisKelamin !== sasaran.jenisKelamin) {
    out.push({
      field: 'wargaId', rule: 'sasaran.jenisKelamin',
      message: `Formulir ${formTitle} hanya untuk warga ${sasaran.jenisKelamin === 'P' ? 'perempuan' : 'laki-laki'}.`,
    });
  }
  const wanted = (sasaran.kelompok || []).slice().sort((a, b) => GROUPS.indexOf(a) - GROUPS.indexOf(b));
  if (wanted.length && birth) {
    const groups = kelompokOn(birth, warga.jenisKelamin, warga.hpht || null, on);
    if (!wanted.some((g) => groups.has(g))) {
      out.push({
        field: 'wargaId', rule: 'sasaran.kelompok',
        message: `Formulir ${formTitle} untuk kelompok sasaran ${wanted.map((g) => kelompokWord(g).toLowerCase()).join(', ')}; warga ini pada ${on} bukan termasuk kelompok itu.`,
      });
    }
  }
  return out;
}

/** Whether the resident fits the form's x-sasaran on day {on}; a form without one fits everyone. */
export function fitsSasaran(sasaran, warga, on) {
  return checkSasaran(sasaran, '', warga, on).length === 0;
}

/** A form's x-sasaran, or null. */
export function sasaranOf(form) {
  return (form && form.schema && form.schema['x-sasaran']) || null;
}
