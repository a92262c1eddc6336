// A weighing's result on the phone, by the server's rules (bundle org.posyandu.anthro and the kesehatan module),
// from the same WHO 2006 tables and KMS minimum-gain table the server serves at
// /spm/kesehatan/antropometri/tabel: age in completed days; restricted LMS beyond ±3 SD for the weight-based
// indicators; length/height converted by 0.7 cm at 24 months; weight-for-length under 731 days, for height from
// 731, interpolated between 0.1 cm rows; nothing from 60 months; Permenkes 2/2020 classes. Shown as provisional
// ("sementara") until the server's own answer replaces it.

const SEX = { L: 0, P: 1 };

function utcDays(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86400000;
}

/** Calendar days from birth to measurement (ChronoUnit.DAYS.between). */
export function ageDays(birthDate, measuredOn) {
  return utcDays(measuredOn) - utcDays(birthDate);
}

/** Completed calendar months (ChronoUnit.MONTHS.between). */
export function ageMonthsCompleted(birthDate, on) {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  let months = (y - by) * 12 + (m - bm);
  if (months > 0 && d < bd) months -= 1;
  else if (months < 0 && d > bd) months += 1;
  return months;
}

function lmsZ(x, l, m, s) {
  return (Math.pow(x / m, l) - 1) / (l * s);
}

function sdAt(l, m, s, k) {
  return m * Math.pow(1 + l * s * k, 1 / l);
}

function zRestricted(x, l, m, s) {
  const z = lmsZ(x, l, m, s);
  if (z > 3) {
    const sd3 = sdAt(l, m, s, 3);
    return 3 + (x - sd3) / (sd3 - sdAt(l, m, s, 2));
  }
  if (z < -3) {
    const sd3neg = sdAt(l, m, s, -3);
    return -3 + (x - sd3neg) / (sdAt(l, m, s, -2) - sd3neg);
  }
  return z;
}

function byAge(ref, t, sex, days, x, restricted) {
  if (days < 0 || days > ref.hariTerakhir || !(x > 0)) return NaN;
  const l = t.L[sex][days];
  const m = t.M[sex][days];
  const s = t.S[sex][days];
  return restricted ? zRestricted(x, l, m, s) : lmsZ(x, l, m, s);
}

function byLength(t, sex, cm, weightKg) {
  const n = t.M[sex].length;
  const last = t.mulai + (n - 1) * t.langkah;
  if (!(weightKg > 0) || cm < t.mulai - 1e-9 || cm > last + 1e-9) return NaN;
  const tenths = (cm - t.mulai) * 10;
  const lower = Math.floor(tenths + 1e-9);
  const fraction = tenths - lower;
  if (fraction < 1e-9 || lower + 1 >= n) {
    return zRestricted(weightKg, t.L[sex][lower], t.M[sex][lower], t.S[sex][lower]);
  }
  const at = (col) => col[sex][lower] + fraction * (col[sex][lower + 1] - col[sex][lower]);
  return zRestricted(weightKg, at(t.L), at(t.M), at(t.S));
}

function round2(v) {
  return Math.round(v * 100) / 100;
}

function z(v) {
  return Number.isNaN(v) ? null : round2(v);
}

export function classBbU(v) {
  return v < -3 ? 'sangat_kurang' : v < -2 ? 'kurang' : v <= 1 ? 'normal' : 'risiko_lebih';
}

export function classTbU(v) {
  return v < -3 ? 'sangat_pendek' : v < -2 ? 'pendek' : v <= 3 ? 'normal' : 'tinggi';
}

export function classNutrition(v) {
  return v < -3 ? 'gizi_buruk' : v < -2 ? 'gizi_kurang' : v <= 1 ? 'gizi_baik' : v <= 2 ? 'berisiko_gizi_lebih'
    : v <= 3 ? 'gizi_lebih' : 'obesitas';
}

/**
 * Anthropometry.assess: {ageDays, adjustedLengthCm, wfa, lhfa, wflh, bfa, status: {bbU, tbU, bbTb, imtU}, flags}.
 * @param m {sex: 'L'|'P', birthDate, measuredOn, weightKg, lengthCm, position: 'RECUMBENT'|'STANDING'|null}
 */
export function assess(ref, m) {
  const days = ageDays(m.birthDate, m.measuredOn);
  if (days < 0) throw new RangeError('Tanggal timbang sebelum tanggal lahir.');
  const flags = [];
  const none = { bbU: null, tbU: null, bbTb: null, imtU: null };
  if (days > ref.hariTerakhir) {
    return { ageDays: days, adjustedLengthCm: null, wfa: null, lhfa: null, wflh: null, bfa: null, status: none, flags: ['age_60_months_or_more'] };
  }
  const sex = SEX[m.sex];
  const t = ref.tabel;
  let length = null;
  if (m.lengthCm != null) {
    const underTwo = days < ref.tinggiMulaiHari;
    let p = m.position || null;
    if (p === 'STANDING' && days < 9 * ref.hariPerBulan) {
      flags.push('standing_under_9_months');
      p = null;
    }
    length = m.lengthCm;
    if (underTwo && p === 'STANDING') length = m.lengthCm + ref.selisihPanjangTinggiCm;
    if (!underTwo && p === 'RECUMBENT') length = m.lengthCm - ref.selisihPanjangTinggiCm;
  }
  const weight = m.weightKg != null && m.weightKg > 0 ? m.weightKg : null;
  const bmi = length != null && weight != null ? weight / Math.pow(length / 100, 2) : null;
  const wfa = weight != null ? z(byAge(ref, t.wfa, sex, days, weight, true)) : null;
  const lhfa = length != null ? z(byAge(ref, t.lhfa, sex, days, length, false)) : null;
  const wflh = weight != null && length != null
    ? z(byLength(days < ref.tinggiMulaiHari ? t.wfl : t.wfh, sex, length, weight)) : null;
  const bfa = weight != null && bmi != null && t.bfa ? z(byAge(ref, t.bfa, sex, days, bmi, true)) : null;
  // WHO's implausibility flags, as the server raises them
  if (wfa != null && (wfa < -6 || wfa > 5)) flags.push('wfa_implausible');
  if (lhfa != null && Math.abs(lhfa) > 6) flags.push('lhfa_implausible');
  if (wflh != null && Math.abs(wflh) > 5) flags.push('wflh_implausible');
  if (bfa != null && Math.abs(bfa) > 5) flags.push('bfa_implausible');
  return {
    ageDays: days,
    adjustedLengthCm: length == null ? null : round2(length),
    wfa, lhfa, wflh, bfa,
    status: {
      bbU: wfa == null ? null : classBbU(wfa),
      tbU: lhfa == null ? null : classTbU(lhfa),
      bbTb: wflh == null ? null : classNutrition(wflh),
      imtU: bfa == null ? null : classNutrition(bfa),
    },
    flags,
  };
}

export function minimumGainGrams(ref, months) {
  const table = ref.kenaikanMinimalGram;
  return months < table.length ? table[Math.max(0, months)] : ref.kenaikanMinimalGramSetelahnya;
}

function monthIndex(iso) {
  const [y, m] = iso.split('-').map(Number);
  return y * 12 + (m - 1);
}

/**
 * The kesehatan module's derived values of a weighing (KesehatanModule.growth): z-scores, classes, N/T, 2T and
 * the referral flag.
 * @param child {jenisKelamin, tanggalLahir}
 * @param data the form's values (beratKg, panjangTinggiCm, caraUkur)
 * @param earlier the child's earlier weighings, any order: [{tanggal, beratKg, naikBeratBadan}]
 */
export function growth(ref, child, tanggal, data, earlier) {
  const position = data.caraUkur === 'terlentang' ? 'RECUMBENT' : data.caraUkur === 'berdiri' ? 'STANDING' : null;
  const a = assess(ref, {
    sex: child.jenisKelamin, birthDate: child.tanggalLahir, measuredOn: tanggal, weightKg: data.beratKg,
    lengthCm: data.panjangTinggiCm == null ? null : data.panjangTinggiCm, position,
  });
  const months = ageMonthsCompleted(child.tanggalLahir, tanggal);
  const out = { umurBulan: Math.min(60, months) };
  if (a.wfa != null) out.zBbU = a.wfa;
  if (a.lhfa != null) out.zTbU = a.lhfa;
  if (a.wflh != null) out.zBbTb = a.wflh;
  if (a.bfa != null) out.zImtU = a.bfa;
  if (a.status.bbU) out.statusBbU = a.status.bbU;
  if (a.status.tbU) out.statusTbU = a.status.tbU;
  if (a.status.bbTb) out.statusBbTb = a.status.bbTb;
  const month = monthIndex(tanggal);
  const previous = [...earlier].sort((x, y) => y.tanggal.localeCompare(x.tanggal))
    .find((s) => monthIndex(s.tanggal) < month);
  let nt;
  if (!previous) nt = 'B';
  else if (monthIndex(previous.tanggal) + 1 !== month) nt = 'O';
  else {
    // in whole grams, as the server's BigDecimal arithmetic: no 0.1 + 0.2 surprises
    const gain = Math.round(data.beratKg * 1000) - Math.round(Number(previous.beratKg) * 1000);
    nt = gain >= minimumGainGrams(ref, months) ? 'N' : 'T';
  }
  out.naikBeratBadan = nt;
  out.duaT = nt === 'T' && !!previous && previous.naikBeratBadan === 'T';
  out.perluRujukan = out.duaT || a.status.bbTb === 'gizi_buruk' || a.status.bbTb === 'gizi_kurang'
    || a.status.tbU === 'sangat_pendek' || a.status.tbU === 'pendek' || a.status.bbU === 'sangat_kurang';
  return out;
}

/** The classes in words, as a kader says them. */
export const WORDS = {
  sangat_kurang: 'Berat badan sangat kurang', kurang: 'Berat badan kurang', normal: 'Normal',
  risiko_lebih: 'Risiko berat badan lebih', sangat_pendek: 'Sangat pendek (stunting berat)', pendek: 'Pendek (stunting)',
  tinggi: 'Tinggi', gizi_buruk: 'Gizi buruk', gizi_kurang: 'Gizi kurang (wasting)', gizi_baik: 'Gizi baik',
  berisiko_gizi_lebih: 'Berisiko gizi lebih', gizi_lebih: 'Gizi lebih', obesitas: 'Obesitas',
  N: 'Naik (N)', T: 'Tidak naik (T)', O: 'Bulan lalu tidak ditimbang (O)', B: 'Baru pertama ditimbang (B)',
};
