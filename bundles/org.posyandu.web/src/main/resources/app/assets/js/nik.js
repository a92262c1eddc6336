// The NIK's structural rules (org.posyandu.api.warga.Nik) on the phone, for instant feedback while typing.
// The server stays the judge: it also checks the kecamatan part against today's region list (a warning only).

/** The 38 province codes of the Kemendagri list the platform ships (Kepmendagri 300.2.2-2138/2025). */
const PROVINSI = new Set(['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35',
  '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92',
  '93', '94', '95', '96']);
const FEMALE_OFFSET = 40;

function p2(n) {
  return String(n).padStart(2, '0');
}

function existsIn(year, month, day) {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function formatError(nik) {
  if (nik == null) return 'NIK harus 16 angka; tidak ada NIK yang diisi.';
  if (nik.length !== 16) return `NIK harus tepat 16 angka; yang diisi ${nik.length} karakter.`;
  const i = [...nik].findIndex((c) => c < '0' || c > '9');
  return `NIK harus 16 angka tanpa spasi, titik atau huruf; karakter ke-${i + 1} ('${nik[i]}') bukan angka.`;
}

/**
 * Every broken rule as {rule, message}, like Nik.check on the server.
 * @param sex 'L' | 'P' | null, birthDate 'YYYY-MM-DD' | null: compared when given
 */
export function checkNik(nik, sex, birthDate) {
  const errors = [];
  if (!/^[0-9]{16}$/.test(nik || '')) {
    return [{ rule: 'nik.format', message: formatError(nik) }];
  }
  const provinsi = nik.slice(0, 2);
  if (!PROVINSI.has(provinsi)) {
    errors.push({ rule: 'nik.provinsi', message: `Dua angka pertama NIK harus kode provinsi yang ada; ${provinsi} bukan kode provinsi.` });
  }
  const ddmmyy = nik.slice(6, 12);
  const dd = Number(nik.slice(6, 8));
  const mm = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const nikSex = dd > FEMALE_OFFSET ? 'P' : 'L';
  const day = dd > FEMALE_OFFSET ? dd - FEMALE_OFFSET : dd;
  const what = `Angka ke-7 sampai ke-12 NIK (${ddmmyy}) harus tanggal lahir DDMMYY`;
  let dateError = null;
  if (day < 1 || day > 31) {
    dateError = `${what}; hari harus 01-31 (laki-laki) atau 41-71 (perempuan, tanggal + 40), bukan ${ddmmyy.slice(0, 2)}.`;
  } else if (mm < 1 || mm > 12) {
    dateError = `${what}; bulan harus 01-12, bukan ${ddmmyy.slice(2, 4)}.`;
  } else if (!existsIn(1900 + yy, mm, day) && !existsIn(2000 + yy, mm, day)) {
    dateError = `${what}; tanggal ${p2(day)}-${p2(mm)} tidak ada pada tahun ${1900 + yy} maupun ${2000 + yy}${dd > FEMALE_OFFSET ? ' (hari sudah dikurangi 40).' : '.'}`;
  }
  if (dateError) errors.push({ rule: 'nik.tanggalLahir', message: dateError });
  if (sex && sex !== nikSex) {
    errors.push({
      rule: 'nik.jenisKelamin',
      message: `Hari lahir di NIK (${p2(dd)}) menunjukkan ${nikSex === 'P' ? 'perempuan' : 'laki-laki'} (perempuan: tanggal + 40), tetapi jenis kelamin yang diisi ${sex === 'P' ? 'perempuan' : 'laki-laki'}.`,
    });
  }
  if (birthDate && !dateError) {
    const [by, bm, bd] = birthDate.split('-').map(Number);
    if (bd !== day || bm !== mm || by % 100 !== yy) {
      errors.push({
        rule: 'nik.cocokTanggalLahir',
        message: `Tanggal lahir di NIK (${p2(day)}-${p2(mm)}-..${p2(yy)}) harus sama dengan tanggal lahir yang diisi (${p2(bd)}-${p2(bm)}-${by}).`,
      });
    }
  }
  if (nik.endsWith('0000')) {
    errors.push({ rule: 'nik.nomorUrut', message: 'Nomor urut NIK (4 angka terakhir) tidak boleh 0000; Dukcapil memberi nomor mulai 0001.' });
  }
  return errors;
}

/** The sex and birth date a well-formed NIK encodes (the year's century is a guess), to prefill the form. */
export function decodeNik(nik) {
  if (!/^[0-9]{16}$/.test(nik || '')) return null;
  const dd = Number(nik.slice(6, 8));
  const sex = dd > FEMALE_OFFSET ? 'P' : 'L';
  const day = dd > FEMALE_OFFSET ? dd - FEMALE_OFFSET : dd;
  const mm = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const thisYear = new Date().getFullYear() % 100;
  const year = yy <= thisYear ? 2000 + yy : 1900 + yy;
  if (!existsIn(year, mm, day)) return { sex };
  return { sex, birthDate: `${year}-${p2(mm)}-${p2(day)}` };
}
