// Life events of a resident (#/warga/<id>/peristiwa): died, moved out (to another Posyandu or away), pregnancy
// ended. Recorded at once with signal, else queued on the phone like a form; the events kept on the server are
// listed, and a wrong one is voided with a reason (online only: voiding needs the server's record).
import { h, useState, useEffect, today, formatDate } from './lib.js';
import * as api from './api.js';
import * as data from './data.js';
import * as db from './db.js';
import * as sync from './sync.js';
import { Notice, ErrorText, errorText, useSubmit, useFirstErrorFocus } from './ui.js';

const JENIS = [
  ['meninggal', 'Meninggal'],
  ['pindah', 'Pindah'],
  ['kehamilan_berakhir', 'Kehamilan berakhir (keguguran atau lainnya)'],
];
const NAMA_JENIS = { meninggal: 'Meninggal', pindah: 'Pindah', kehamilan_berakhir: 'Kehamilan berakhir' };

function fieldErrors(input, w) {
  const e = {};
  if (!input.jenis) e.jenis = 'Pilih peristiwanya.';
  if (!input.tanggal) e.tanggal = 'Wajib diisi.';
  else if (input.tanggal > today()) e.tanggal = 'Tanggal tidak boleh di masa depan.';
  else if (w.tanggalLahir && input.tanggal < w.tanggalLahir) e.tanggal = 'Tanggal tidak boleh sebelum tanggal lahir.';
  if (input.jenis === 'kehamilan_berakhir' && !input.keterangan.trim()) e.keterangan = 'Tulis sebabnya, misalnya keguguran.';
  return e;
}

/** What the phone's copy of the resident looks like once the event is recorded (until the next refresh). */
async function applyLocally(w, input) {
  if (input.jenis === 'pindah' && input.posyanduTujuan) return db.remove('warga', w.id);
  if (input.jenis === 'kehamilan_berakhir') return db.put('warga', { ...w, kehamilanBerakhir: input.tanggal, kelompokSasaran: (w.kelompokSasaran || []).filter((g) => g !== 'ibu_hamil') });
  return db.put('warga', { ...w, status: input.jenis, tanggalKeluar: input.tanggal, kelompokSasaran: [] });
}

export function PeristiwaPage({ wargaId }) {
  const [w, setW] = useState(undefined);
  const [input, setInput] = useState({ jenis: '', tanggal: today(), posyanduTujuan: '', keterangan: '' });
  const [errors, setErrors] = useState({});
  const [tujuan, setTujuan] = useState([]);
  const [events, setEvents] = useState([]);
  const [done, setDone] = useState(null);
  const [formRef, refused] = useFirstErrorFocus();
  const loadEvents = () => api.call(`/warga/${wargaId}/peristiwa`).then(setEvents, () => setEvents([]));
  useEffect(() => {
    data.wargaFresh(wargaId).then((x) => setW(x || null), () => setW(null));
    if (!wargaId.startsWith('lokal-')) loadEvents();
    api.call('/posyandu?limit=500').then((list) => setTujuan(list), () => setTujuan([]));
  }, [wargaId]);
  const record = async () => {
    const errs = fieldErrors(input, w);
    setErrors(errs);
    if (Object.keys(errs).length) {
      refused();
      return null;
    }
    const body = { jenis: input.jenis, tanggal: input.tanggal };
    if (input.jenis === 'pindah' && input.posyanduTujuan) body.posyanduTujuan = input.posyanduTujuan;
    if (input.keterangan.trim()) body.keterangan = input.keterangan.trim();
    const key = crypto.randomUUID(); // the same key if it has to wait in the queue: recorded once either way
    try {
      await api.call(`/warga/${w.id}/peristiwa`, { method: 'POST', body, headers: { 'Idempotency-Key': key } });
    } catch (e) {
      if (!e.offline && !w.id.startsWith('lokal-')) {
        if (e.refused) {
          setErrors(e.fieldErrors());
          refused();
        }
        throw e;
      }
      // no signal (or a resident not registered yet): queued like a form, sent when the signal returns
      await sync.savePeristiwa({ key, wargaId: w.id, input: body, label: `${NAMA_JENIS[body.jenis]} — ${w.nama}` });
      await applyLocally(w, body);
      return 'Peristiwa tersimpan di ponsel dan akan dikirim saat ada sinyal.';
    }
    await applyLocally(w, body);
    loadEvents();
    return 'Peristiwa tercatat.';
  };
  const { busy, error, submit } = useSubmit(record, (message) => message && setDone(message));
  if (w === undefined) return h('main', { class: 'halaman' }, 'Memuat…');
  if (w === null) return h('main', { class: 'halaman' }, h(Notice, { kind: 'galat' }, 'Warga tidak ditemukan di Posyandu ini.'));
  const set = (name, value) => {
    setInput({ ...input, [name]: value });
    if (errors[name]) setErrors({ ...errors, [name]: undefined });
  };
  const others = tujuan.filter((p) => p.id !== w.posyanduId);
  return h('main', { class: 'halaman' },
    h('h1', null, `Peristiwa: ${w.nama}`),
    done && h('div', { id: 'peristiwa-hasil' }, h(Notice, null, done),
      h('a', { class: 'tombol', href: `#/warga/${w.id}` }, 'Kembali ke halaman warga')),
    !done && h('form', { id: 'form-peristiwa', ref: formRef, noValidate: true, onSubmit: submit },
      h('fieldset', { class: errors.jenis ? 'isian salah' : 'isian', 'aria-describedby': 'galat-jenis' },
        h('legend', null, 'Peristiwa *'),
        h('div', { class: 'pilihan' }, JENIS.filter(([v]) => v !== 'kehamilan_berakhir' || w.jenisKelamin === 'P').map(([v, t]) => h('label', null,
          h('input', { type: 'radio', name: 'jenis', id: `peristiwa-jenis-${v}`, value: v, checked: input.jenis === v, onChange: () => set('jenis', v) }), t))),
        h(ErrorText, { name: 'jenis', text: errors.jenis })),
      h('div', { class: errors.tanggal ? 'isian salah' : 'isian' },
        h('label', { for: 'peristiwa-tanggal' }, 'Tanggal *'),
        h('input', { id: 'peristiwa-tanggal', type: 'date', max: today(), value: input.tanggal, onInput: (e) => set('tanggal', e.target.value), 'aria-describedby': 'galat-tanggal' }),
        h(ErrorText, { name: 'tanggal', text: errors.tanggal })),
      input.jenis === 'pindah' && h('div', { class: errors.posyanduTujuan ? 'isian salah' : 'isian' },
        h('label', { for: 'peristiwa-tujuan' }, 'Pindah ke'),
        h('select', { id: 'peristiwa-tujuan', value: input.posyanduTujuan, onChange: (e) => set('posyanduTujuan', e.target.value), 'aria-describedby': 'galat-posyanduTujuan' },
          h('option', { value: '' }, 'Keluar wilayah (tidak dilayani Posyandu di sini)'),
          others.map((p) => h('option', { value: p.id }, p.nama))),
        h(ErrorText, { name: 'posyanduTujuan', text: errors.posyanduTujuan })),
      h('div', { class: errors.keterangan ? 'isian salah' : 'isian' },
        h('label', { for: 'peristiwa-keterangan' }, input.jenis === 'kehamilan_berakhir' ? 'Sebab *' : 'Keterangan'),
        h('input', { id: 'peristiwa-keterangan', value: input.keterangan, maxLength: 255, onInput: (e) => set('keterangan', e.target.value), 'aria-describedby': 'galat-keterangan' }),
        h(ErrorText, { name: 'keterangan', text: errors.keterangan })),
      h(ErrorText, { name: 'wargaId', text: errors.wargaId }),
      error && h(Notice, { kind: 'galat' }, error),
      h('button', { id: 'simpan-peristiwa', type: 'submit', class: 'tombol utama lebar', disabled: busy }, busy ? 'Menyimpan…' : 'Catat')),
    h(Riwayat, { w, events, reload: loadEvents }));
}

/** The events kept on the server, with their voiding. */
function Riwayat({ w, events, reload }) {
  const [voiding, setVoiding] = useState(null);
  const [alasan, setAlasan] = useState('');
  const [error, setError] = useState(null);
  if (!events.length) return null;
  const batal = async (ev) => {
    ev.preventDefault();
    setError(null);
    try {
      await api.call(`/warga/${w.id}/peristiwa/${voiding}/batal`, { method: 'POST', body: { alasan } });
      setVoiding(null);
      setAlasan('');
      await data.wargaFresh(w.id).catch(() => null);
      reload();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return h('section', null,
    h('h2', null, 'Riwayat peristiwa'),
    h('ul', { class: 'daftar' }, events.map((p) => h('li', { key: p.id, 'data-peristiwa-id': p.id, 'data-dibatalkan': p.dibatalkan ? 'true' : 'false' },
      h('span', null, `${NAMA_JENIS[p.jenis] || p.jenis}, ${formatDate(p.tanggal)}`, p.keterangan ? ` (${p.keterangan})` : ''),
      h('span', { class: 'kecil-abu' }, ` dicatat ${p.dicatatOleh}`, p.dibatalkan ? ` · dibatalkan: ${p.alasanBatal}` : ''),
      !p.dibatalkan && api.online.get() && h('button', { type: 'button', class: 'tombol', 'data-batal': p.id, onClick: () => setVoiding(p.id) }, 'Batalkan')))),
    voiding && h('form', { id: 'form-batal', onSubmit: batal },
      h('label', { for: 'alasan-batal' }, 'Alasan pembatalan *'),
      h('input', { id: 'alasan-batal', value: alasan, onInput: (e) => setAlasan(e.target.value) }),
      error && h(Notice, { kind: 'galat' }, error),
      h('button', { id: 'kirim-batal', type: 'submit', class: 'tombol' }, 'Batalkan peristiwa')));
}

export function statusText(w) {
  if (w.status === 'meninggal') return `Meninggal pada ${formatDate(w.tanggalKeluar)}`;
  if (w.status === 'pindah') return `Pindah keluar wilayah pada ${formatDate(w.tanggalKeluar)}`;
  return null;
}
