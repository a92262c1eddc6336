// Residents: search by name or NIK on the phone's list (and on the server when online), a resident's page
// with the forms that apply, and registration with the NIK checks, the mother link and search before create.
import { h, useState, useEffect, today, formatDate, navigate } from './lib.js';
import * as api from './api.js';
import * as data from './data.js';
import * as db from './db.js';
import * as sync from './sync.js';
import { checkNik, decodeNik } from './nik.js';
import { fitsSasaran, sasaranOf, kelompokText } from './sasaran.js';
import { Notice, ErrorText, errorText, useFirstErrorFocus } from './ui.js';
import { statusText } from './peristiwa.js';
import { Keluarga, HUBUNGAN } from './keluarga.js';

const MAX_SHOWN = 50;

export function wargaLabel(w) {
  const lahir = w.tanggalLahir ? `, lahir ${formatDate(w.tanggalLahir)}` : '';
  return `${w.nama} (${w.jenisKelamin === 'P' ? 'P' : 'L'}${lahir})`;
}

function matches(w, q) {
  const s = q.trim().toLowerCase();
  return !s || w.nama.toLowerCase().includes(s) || (w.nik || '').startsWith(s);
}

/**
 * #cari-warga and the rows [data-warga-id]; {kelompok} narrows to a target group (e.g. balita), {fits} to the
 * residents a form is for (its x-sasaran, sasaran.js).
 */
export function WargaPicker({ onPick, kelompok, fits, autoFocus = true }) {
  const [q, setQ] = useState('');
  const [list, setList] = useState([]);
  const [fromServer, setFromServer] = useState([]);
  useEffect(() => {
    data.wargaList().then((all) => setList(all.sort((a, b) => a.nama.localeCompare(b.nama, 'id'))));
  }, []);
  // a resident who died or moved away is no longer served (the server's lists leave them out too)
  const inGroup = (w) => (!w.status || w.status === 'aktif')
    && (!kelompok || w.lokal || (w.kelompokSasaran || []).includes(kelompok)) && (!fits || fits(w));
  const found = list.filter((w) => inGroup(w) && matches(w, q));
  const searchServer = async () => {
    const day = await data.load();
    const s = q.trim();
    const query = /^[0-9]{16}$/.test(s) ? `nik=${s}` : `posyanduId=${day.posyandu.id}&nama=${encodeURIComponent(s)}`;
    try {
      setFromServer(await api.call(`/warga?${query}&limit=20`));
    } catch (e) {
      setFromServer([]);
    }
  };
  const rows = [...found, ...fromServer.filter((w) => (!fits || fits(w)) && !found.some((x) => x.id === w.id))];
  return h('div', null,
    h('label', { for: 'cari-warga' }, 'Cari nama atau NIK'),
    h('input', {
      id: 'cari-warga', type: 'search', value: q, autocomplete: 'off', autoFocus,
      onInput: (e) => { setQ(e.target.value); setFromServer([]); },
    }),
    h('p', { class: 'kecil-abu', 'aria-live': 'polite' }, `${found.length} warga di ponsel cocok`),
    h('ul', { class: 'daftar' }, rows.slice(0, MAX_SHOWN).map((w) => h('li', { key: w.id },
      h('button', { type: 'button', class: 'baris', 'data-warga-id': w.id, onClick: () => onPick(w) },
        h('span', null, wargaLabel(w)),
        h('span', { class: 'kecil-abu' }, w.lokal ? 'belum terkirim' : kelompokText(w.kelompokSasaran)))))),
    q.trim().length >= 2 && found.length === 0 && api.online.get() && h('button', { type: 'button', class: 'tombol', onClick: searchServer }, 'Cari di server'));
}

export function WargaSearch() {
  return h('main', { class: 'halaman' },
    h('h1', null, 'Warga'),
    h('div', { class: 'baris-tombol' }, h('a', { class: 'tombol utama', href: '#/warga/baru' }, 'Daftarkan warga baru')),
    h(WargaPicker, { onPick: (w) => navigate(`#/warga/${w.id}`) }));
}

/** #/warga/<id>; after(w, forms) adds what follows (the resident's stored forms). */
export function WargaDetail({ id, after }) {
  const [w, setW] = useState(undefined);
  const [forms, setForms] = useState([]);
  useEffect(() => {
    data.wargaFresh(id).then((x) => setW(x || null), () => setW(null));
    data.forms().then((all) => setForms(all.filter((f) => f.subject !== 'NONE')));
  }, [id]);
  if (w === undefined) return h('main', { class: 'halaman' }, 'Memuat…');
  if (w === null) return h('main', { class: 'halaman' }, h(Notice, { kind: 'galat' }, 'Warga tidak ditemukan di Posyandu ini.'));
  const balita = (w.kelompokSasaran || []).includes('balita') || w.lokal;
  const aktif = !w.status || w.status === 'aktif';
  return h('main', { class: 'halaman' },
    h('h1', null, w.nama),
    h('dl', { class: 'kartu' },
      h('dt', null, 'NIK'), h('dd', null, w.nik || 'belum ada (bayi, tercatat lewat ibu)'),
      h('dt', null, 'Jenis kelamin'), h('dd', null, w.jenisKelamin === 'P' ? 'Perempuan' : 'Laki-laki'),
      h('dt', null, 'Tanggal lahir'), h('dd', null, formatDate(w.tanggalLahir)),
      h('dt', null, 'Sasaran'), h('dd', { id: 'kelompok-sasaran' }, kelompokText(w.kelompokSasaran) || '—')),
    statusText(w) && h('div', { id: 'status-warga', 'data-status': w.status }, h(Notice, { kind: 'peringatan' }, statusText(w))),
    (w.peringatan || []).map((p) => h(Notice, { kind: 'peringatan' }, p.message)),
    aktif && balita && h('div', { class: 'menu-besar' }, h('a', { class: 'tombol utama', href: `#/timbang/${w.id}` }, 'Timbang anak ini')),
    aktif && h('h2', null, 'Formulir untuk warga ini'),
    aktif && h('div', { class: 'menu-besar' }, forms.filter((f) => fitsSasaran(sasaranOf(f), w, today())).map((f) => h('a', {
      class: 'tombol', href: `#/form/${f.id}/${w.id}`, 'data-form-id': f.id, key: f.id,
    }, f.title))),
    h('div', { class: 'baris-tombol' }, h('a', { id: 'catat-peristiwa', class: 'tombol', href: `#/warga/${w.id}/peristiwa` },
      aktif ? 'Catat peristiwa (meninggal, pindah, kehamilan berakhir)' : 'Riwayat peristiwa')),
    !w.lokal && h(Keluarga, { w }),
    !w.lokal && after && after(w, forms));
}

const EMPTY = { nik: '', noKk: '', hubunganKeluarga: '', nama: '', jenisKelamin: '', tanggalLahir: '', rt: '', rw: '', alamat: '', ibuId: '', hpht: '' };

function fieldErrors(input) {
  const e = {};
  if (!input.nama.trim()) e.nama = 'Wajib diisi.';
  if (!input.jenisKelamin) e.jenisKelamin = 'Wajib diisi.';
  if (!input.tanggalLahir) e.tanggalLahir = 'Wajib diisi.';
  else if (input.tanggalLahir > today()) e.tanggalLahir = 'Tanggal lahir tidak boleh di masa depan.';
  if (input.nik) {
    const nikErrors = checkNik(input.nik, input.jenisKelamin || null, input.tanggalLahir || null);
    if (nikErrors.length) e.nik = nikErrors.map((x) => x.message).join(' ');
  } else if (!input.ibuId) {
    e.ibuId = 'Tanpa NIK, pilih ibunya (bayi baru lahir dicatat lewat ibu).';
  }
  if (input.noKk && !/^[0-9]{16}$/.test(input.noKk)) e.noKk = 'No KK harus 16 angka.';
  for (const k of ['rt', 'rw']) if (input[k] && !/^[0-9]{1,3}$/.test(input[k])) e[k] = 'Isi angka 1–999.';
  return e;
}

function Text({ name, label, input, set, errors, ...rest }) {
  return h('div', { class: errors[name] ? 'isian salah' : 'isian' },
    h('label', { for: `warga-${name}` }, label),
    h('input', { id: `warga-${name}`, name, value: input[name], onInput: (e) => set(name, e.target.value), 'aria-describedby': `galat-${name}`, 'aria-invalid': errors[name] ? 'true' : undefined, ...rest }),
    h(ErrorText, { name, text: errors[name] }));
}

/** #/warga/baru: search before create (by NIK, and by name among the phone's list), then register. */
export function WargaBaru() {
  const [input, setInput] = useState(EMPTY);
  const [errors, setErrors] = useState({});
  const [existing, setExisting] = useState(null);
  const [mothers, setMothers] = useState([]);
  const [done, setDone] = useState(null);
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState(null);
  const [formRef, refused] = useFirstErrorFocus();
  useEffect(() => {
    data.wargaList().then((all) => setMothers(all.filter((w) => w.jenisKelamin === 'P' && w.tanggalLahir && w.tanggalLahir < `${Number(today().slice(0, 4)) - 10}${today().slice(4)}`)
      .sort((a, b) => a.nama.localeCompare(b.nama, 'id'))));
  }, []);
  const set = (name, value) => {
    const next = { ...input, [name]: value };
    if (name === 'nik' && /^[0-9]{16}$/.test(value)) {
      const decoded = decodeNik(value);
      if (decoded && !input.jenisKelamin) next.jenisKelamin = decoded.sex;
      if (decoded && decoded.birthDate && !input.tanggalLahir) next.tanggalLahir = decoded.birthDate;
      lookUp(value);
    }
    setInput(next);
    if (name === 'nik' && value.length >= 16) {
      const e = checkNik(value, next.jenisKelamin || null, next.tanggalLahir || null);
      setErrors({ ...errors, nik: e.map((x) => x.message).join(' ') || undefined });
    } else if (errors[name]) setErrors({ ...errors, [name]: undefined });
  };
  const lookUp = async (nik) => {
    const local = (await data.wargaList()).find((w) => w.nik === nik);
    if (local) return setExisting(local);
    try {
      const found = await api.call(`/warga?nik=${nik}`);
      setExisting(found[0] || null);
    } catch (e) {
      setExisting(null);
    }
  };
  const submit = async (ev) => {
    ev.preventDefault();
    const errs = fieldErrors(input);
    setErrors(errs);
    if (Object.keys(errs).length) {
      refused();
      return;
    }
    const day = await data.load();
    const body = { nama: input.nama.trim(), jenisKelamin: input.jenisKelamin, tanggalLahir: input.tanggalLahir, desaKode: day.posyandu.desaKode, posyanduId: day.posyandu.id };
    for (const k of ['nik', 'noKk', 'rt', 'rw', 'alamat', 'ibuId', 'hpht']) if (input[k]) body[k] = input[k].trim();
    if (input.noKk && input.hubunganKeluarga) body.hubunganKeluarga = input.hubunganKeluarga;
    setBusy(true);
    setGeneral(null);
    try {
      const created = await api.call('/warga', { method: 'POST', body });
      await db.put('warga', created);
      setDone(created);
    } catch (e) {
      if (e.offline) {
        const { localId } = await sync.saveWarga(body, `Pendaftaran warga — ${body.nama}`);
        setDone({ ...body, id: localId, lokal: true });
      } else if (e.status === 409 && e.problem.existing) {
        setGeneral('Warga ini sudah terdaftar.');
        setExisting({ id: e.problem.existing.split('/').pop(), nama: 'warga yang sudah terdaftar' });
      } else if (e.status === 422 || e.status === 403) {
        setErrors(e.fieldErrors());
        setGeneral(errorText(e));
        refused();
      } else {
        setGeneral(errorText(e));
      }
    } finally {
      setBusy(false);
    }
  };
  if (done) {
    return h('main', { class: 'halaman' },
      h(Notice, null, done.lokal ? `${done.nama} tersimpan di ponsel dan akan didaftarkan saat ada sinyal.` : `${done.nama} terdaftar.`),
      h('div', { class: 'menu-besar' },
        h('a', { class: 'tombol utama', href: `#/timbang/${done.id}` }, 'Timbang sekarang'),
        h('a', { class: 'tombol', href: `#/warga/${done.id}` }, 'Halaman warga'),
        h('button', { type: 'button', class: 'tombol', onClick: () => { setDone(null); setInput(EMPTY); setExisting(null); } }, 'Daftarkan warga lain')));
  }
  const p = { input, set, errors };
  return h('main', { class: 'halaman' },
    h('h1', null, 'Daftarkan warga'),
    h('p', { class: 'kecil-abu' }, 'Cari dulu: ketik NIK; bila sudah terdaftar, warga itu yang dipakai.'),
    h('form', { id: 'form-warga', ref: formRef, noValidate: true, onSubmit: submit },
      h(Text, { ...p, name: 'nik', label: 'NIK (16 angka; kosongkan untuk bayi tanpa NIK)', inputmode: 'numeric', maxLength: 16, autocomplete: 'off' }),
      existing && h(Notice, { kind: 'peringatan' }, 'Sudah terdaftar: ',
        h('a', { href: `#/warga/${existing.id}`, 'data-warga-id': existing.id }, existing.nama), '. Jangan daftarkan dua kali.'),
      h(Text, { ...p, name: 'nama', label: 'Nama lengkap *', autocomplete: 'off' }),
      h('fieldset', { class: errors.jenisKelamin ? 'isian salah' : 'isian', 'aria-describedby': 'galat-jenisKelamin' },
        h('legend', null, 'Jenis kelamin *'),
        h('div', { class: 'pilihan' }, [['L', 'Laki-laki'], ['P', 'Perempuan']].map(([v, t]) => h('label', null,
          h('input', { type: 'radio', name: 'jenisKelamin', value: v, checked: input.jenisKelamin === v, onChange: () => set('jenisKelamin', v) }), t))),
        h(ErrorText, { name: 'jenisKelamin', text: errors.jenisKelamin })),
      h(Text, { ...p, name: 'tanggalLahir', label: 'Tanggal lahir *', type: 'date', max: today() }),
      h('div', { class: errors.ibuId ? 'isian salah' : 'isian' },
        h('label', { for: 'warga-ibuId' }, 'Ibu (wajib untuk bayi tanpa NIK)'),
        h('select', { id: 'warga-ibuId', name: 'ibuId', value: input.ibuId, onChange: (e) => set('ibuId', e.target.value), 'aria-describedby': 'galat-ibuId' },
          h('option', { value: '' }, '— tidak ada / belum dipilih —'),
          mothers.map((m) => h('option', { value: m.id }, wargaLabel(m)))),
        h(ErrorText, { name: 'ibuId', text: errors.ibuId })),
      h(Text, { ...p, name: 'noKk', label: 'No KK (16 angka)', inputmode: 'numeric', maxLength: 16 }),
      input.noKk && h('div', { class: errors.hubunganKeluarga ? 'isian salah' : 'isian' },
        h('label', { for: 'warga-hubunganKeluarga' }, 'Hubungan dalam keluarga (seperti di KK)'),
        h('select', { id: 'warga-hubunganKeluarga', value: input.hubunganKeluarga, onChange: (e) => set('hubunganKeluarga', e.target.value), 'aria-describedby': 'galat-hubunganKeluarga' },
          h('option', { value: '' }, '— belum dipilih —'),
          Object.entries(HUBUNGAN).map(([v, t]) => h('option', { value: v }, t))),
        h(ErrorText, { name: 'hubunganKeluarga', text: errors.hubunganKeluarga })),
      h('div', { class: 'dua-kolom' },
        h(Text, { ...p, name: 'rt', label: 'RT', inputmode: 'numeric', maxLength: 3 }),
        h(Text, { ...p, name: 'rw', label: 'RW', inputmode: 'numeric', maxLength: 3 })),
      h(Text, { ...p, name: 'alamat', label: 'Alamat' }),
      input.jenisKelamin === 'P' && h(Text, { ...p, name: 'hpht', label: 'HPHT (bila hamil: hari pertama haid terakhir)', type: 'date', max: today() }),
      general && h(Notice, { kind: 'galat' }, general),
      h('button', { id: 'simpan-warga', type: 'submit', class: 'tombol utama lebar', disabled: busy }, busy ? 'Menyimpan…' : 'Daftarkan')));
}
