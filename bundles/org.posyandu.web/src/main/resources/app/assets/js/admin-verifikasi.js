// Verification and locking of each Posyandu's month: the queue of the admin's area, verify or send back with a
// reason (desa admin and above), lock and reopen with a reason (kabupaten admin and above), the history of each
// month, and the kabupaten's deadline rule.
import { h, useState, useEffect, thisMonth, monthsBefore, formatTime } from './lib.js';
import * as api from './api.js';
import { Notice, errorText, Input } from './ui.js';
import { rankOf, WilayahPicker } from './admin.js';

export const STATUS_TEXT = {
  terbuka: 'Terbuka', diverifikasi: 'Diverifikasi', dikembalikan: 'Dikembalikan', dikunci: 'Dikunci',
};
const AKSI_TEXT = {
  verifikasi: 'diverifikasi', kembalikan: 'dikembalikan', kunci: 'dikunci', buka: 'dibuka kembali',
  ubah: 'data berubah setelah verifikasi',
};

function Riwayat({ posyanduId, bulan }) {
  const [list, setList] = useState(null);
  useEffect(() => {
    api.call(`/posyandu/${posyanduId}/periode/${bulan}/riwayat`).then(setList, () => setList([]));
  }, [posyanduId, bulan]);
  if (!list) return h('p', null, 'Memuat riwayat…');
  if (!list.length) return h('p', { class: 'kecil-abu', 'data-riwayat': posyanduId }, 'Belum ada langkah: data masih terbuka.');
  return h('ol', { class: 'kecil-abu', 'data-riwayat': posyanduId }, list.map((e) => h('li', { key: e.id, 'data-aksi-riwayat': e.aksi },
    `${formatTime(e.waktu)} · ${e.oleh}: ${AKSI_TEXT[e.aksi] || e.aksi}${e.alasan ? ` — ${e.alasan}` : ''}`)));
}

/** The steps a caller may take on a row, each [aksi, label, needs a reason]. */
function stepsFor(me, status) {
  const desa = rankOf(me.role) >= rankOf('ADMIN_DESA');
  const kab = rankOf(me.role) >= rankOf('ADMIN_KABUPATEN');
  const steps = [];
  if (desa && (status === 'terbuka' || status === 'dikembalikan')) steps.push(['verifikasi', 'Verifikasi', false]);
  if (desa && (status === 'terbuka' || status === 'diverifikasi')) steps.push(['kembalikan', 'Kembalikan', true]);
  if (kab && status !== 'dikunci') steps.push(['kunci', 'Kunci', false]);
  if (kab && status === 'dikunci') steps.push(['buka', 'Buka kembali', true]);
  return steps;
}

function Baris({ me, row, bulan, onChanged }) {
  const [asking, setAsking] = useState(null);
  const [alasan, setAlasan] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [open, setOpen] = useState(false);
  const run = async (aksi, body) => {
    setBusy(true);
    setError(null);
    try {
      await api.call(`/posyandu/${row.posyanduId}/periode/${bulan}/${aksi}`, { method: 'POST', body });
      setAsking(null);
      setAlasan('');
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const send = (ev) => {
    ev.preventDefault();
    run(asking, { alasan });
  };
  return h('li', { class: 'kartu', 'data-periode-posyandu': row.posyanduId, 'data-status': row.status },
    h('div', { class: 'modul' },
      h('strong', null, row.nama),
      h('span', { class: `label-status ${row.status === 'dikembalikan' ? 'ditolak' : row.status === 'terbuka' ? 'menunggu' : 'tersimpan'}` },
        `${STATUS_TEXT[row.status] || row.status}${row.otomatis ? ' (otomatis, lewat batas)' : ''}`),
      h('span', { class: 'kecil-abu' }, `${row.kiriman} kiriman · desa ${row.desaKode}`)),
    row.alasan && h('p', { class: 'kecil-abu', 'data-alasan': row.posyanduId }, `Alasan: ${row.alasan}`),
    row.diubah && h('p', { class: 'kecil-abu' }, `Terakhir ${formatTime(row.diubah)} oleh ${row.diubahOleh}`),
    h('div', { class: 'baris-tombol' },
      stepsFor(me, row.status).map(([aksi, label, reason]) => h('button', {
        type: 'button', class: 'tombol kecil', 'data-aksi': aksi, disabled: busy, key: aksi,
        onClick: () => (reason ? setAsking(aksi) : run(aksi, {})),
      }, label)),
      h('button', { type: 'button', class: 'tombol kecil', 'data-aksi': 'riwayat', 'aria-expanded': String(open), onClick: () => setOpen(!open) },
        open ? 'Tutup riwayat' : 'Riwayat')),
    asking && h('form', { onSubmit: send },
      h(Input, { id: `alasan-${row.posyanduId}`, label: asking === 'buka' ? 'Alasan membuka kembali' : 'Alasan dikembalikan (dibaca kader)', value: alasan, onInput: setAlasan, required: true, maxlength: 500 }),
      h('div', { class: 'baris-tombol' },
        h('button', { type: 'submit', class: 'tombol utama', 'data-aksi': 'kirim-alasan', disabled: busy || !alasan.trim() }, 'Kirim'),
        h('button', { type: 'button', class: 'tombol', onClick: () => setAsking(null) }, 'Batal'))),
    error && h(Notice, { kind: 'galat' }, error),
    open && h(Riwayat, { posyanduId: row.posyanduId, bulan }));
}

/** The kabupaten's deadline rule, and locking every Posyandu of the kabupaten at once. */
function Kabupaten({ me, kab, bulan, onChanged }) {
  const [batas, setBatas] = useState(null);
  const [hari, setHari] = useState('');
  const [message, setMessage] = useState(null);
  const [error, setError] = useState(null);
  const canEdit = rankOf(me.role) >= rankOf('ADMIN_KABUPATEN');
  useEffect(() => {
    api.call(`/periode/batas/${kab}`).then((b) => { setBatas(b); setHari(String(b.hari)); }, (e) => setError(errorText(e)));
  }, [kab]);
  const save = async (body) => {
    setError(null);
    try {
      const b = await api.call(`/periode/batas/${kab}`, { method: 'PUT', body });
      setBatas(b);
      setHari(String(b.hari));
      setMessage('Aturan batas disimpan.');
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const lockAll = async () => {
    setError(null);
    try {
      await api.call(`/periode/${bulan}/kunci`, { method: 'POST', body: { kabupaten: kab } });
      setMessage(`Bulan ${bulan} dikunci untuk semua Posyandu kabupaten ${kab}.`);
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    }
  };
  if (!batas) return error ? h(Notice, { kind: 'galat' }, error) : null;
  return h('section', { class: 'kartu', id: 'batas-periode' },
    h('h2', null, `Batas data kabupaten ${kab}`),
    h('p', null, `Data bulan ${bulan} boleh dikunci apa adanya setelah tanggal ${batas.hari} bulan berikutnya; sebelumnya hanya yang sudah diverifikasi. `,
      batas.kunciOtomatis ? 'Bulan terkunci sendiri setelah batas itu.' : 'Bulan tidak terkunci sendiri.'),
    canEdit && h('div', { class: 'baris-tombol' },
      h(Input, { id: 'batas-hari', label: 'Tanggal batas (1–28)', type: 'number', min: 1, max: 28, value: hari, onInput: setHari }),
      h('button', { type: 'button', class: 'tombol', 'data-aksi': 'simpan-batas', onClick: () => save({ hari: Number(hari) }) }, 'Simpan batas'),
      h('button', { type: 'button', class: 'tombol', 'data-aksi': 'kunci-otomatis', onClick: () => save({ kunciOtomatis: !batas.kunciOtomatis }) },
        batas.kunciOtomatis ? 'Matikan kunci otomatis' : 'Nyalakan kunci otomatis'),
      h('button', { type: 'button', class: 'tombol utama', 'data-aksi': 'kunci-kabupaten', onClick: lockAll }, `Kunci semua Posyandu (${bulan})`)),
    message && h(Notice, null, message),
    error && h(Notice, { kind: 'galat' }, error));
}

export function VerifikasiPage({ me }) {
  const [bulan, setBulan] = useState(monthsBefore(thisMonth(), 1));
  const [area, setArea] = useState(null);
  const [queue, setQueue] = useState(null);
  const [error, setError] = useState(null);
  const wilayah = area ? area.kode : me.wilayah;
  const load = async () => {
    if (!wilayah || !/^\d{4}-\d{2}$/.test(bulan)) return;
    setError(null);
    try {
      setQueue(await api.call(`/periode/${bulan}?wilayah=${wilayah}&limit=500`));
    } catch (e) {
      setQueue(null);
      setError(errorText(e));
    }
  };
  useEffect(() => { load(); }, [bulan, wilayah]);
  const kab = wilayah && wilayah.length >= 5 ? wilayah.slice(0, 5) : null;
  return h('main', { class: 'halaman' },
    h('h1', null, 'Verifikasi dan penguncian data bulanan'),
    h(Input, { id: 'verifikasi-bulan', label: 'Bulan', type: 'month', value: bulan, onInput: setBulan }),
    !me.wilayah && h(WilayahPicker, { id: 'verifikasi-wilayah', label: 'Wilayah', me, value: area, onChange: setArea }),
    error && h(Notice, { kind: 'galat' }, error),
    queue && h('p', { id: 'ringkasan-verifikasi' }, Object.entries(queue.ringkasan).map(([s, n]) => h('span', { key: s, 'data-ringkasan': s, class: 'label-status' }, `${STATUS_TEXT[s]} ${n}`)),
      queue.batas ? ` · batas ${queue.batas}` : ''),
    queue && h('ul', { class: 'daftar', id: 'antrian-verifikasi' }, queue.posyandu.map((row) => h(Baris, { key: row.posyanduId, me, row, bulan, onChanged: load }))),
    queue && queue.posyandu.length === 0 && h('p', null, 'Tidak ada Posyandu di wilayah ini.'),
    kab && h(Kabupaten, { me, kab, bulan, onChanged: load }));
}
