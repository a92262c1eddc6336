// A stored form opened again (from the resident's page or the queue): corrected with the same form, prefilled, or
// voided with a reason. Both are queued on the phone with their own Idempotency-Key, so they work without signal
// and happen once however often they are sent; the server keeps every version (the history below).
import { h, useState, useEffect, formatDate, formatTime } from './lib.js';
import * as api from './api.js';
import * as data from './data.js';
import * as sync from './sync.js';
import { FormIsian } from './formview.js';
import { Notice, ErrorText } from './ui.js';

const ALASAN_MAX = 500;
const WORDS = { dibuat: 'Dibuat', diubah: 'Diubah', dibatalkan: 'Dibatalkan' };

async function posyanduOf(me) {
  const day = await data.load();
  return day ? day.posyandu.id : me.posyanduIds[0];
}

/** The stored form: from the server with signal, else the copy of one sent from this phone. */
async function load(posyanduId, formId, id) {
  try {
    return await api.call(`/posyandu/${posyanduId}/forms/${formId}/submissions/${id}`);
  } catch (e) {
    if (e.offline || e.loginNeeded) return sync.storedSubmission(id);
    if (e.status === 404) return null;
    throw e;
  }
}

function Riwayat({ versions }) {
  if (!versions) return h('p', { class: 'kecil-abu' }, 'Riwayat perubahan tampil saat ada sinyal.');
  return h('ol', { id: 'riwayat-kiriman', class: 'daftar' }, versions.map((v) => h('li', { 'data-versi': v.versi, 'data-tindakan': v.tindakan, key: v.versi },
    h('strong', null, `${WORDS[v.tindakan] || v.tindakan} (versi ${v.versi})`), ` · ${v.oleh} · ${formatTime(v.pada)}`,
    v.alasan && h('span', null, h('br'), `Alasan: ${v.alasan}`))));
}

function Batalkan({ onVoid }) {
  const [alasan, setAlasan] = useState('');
  const [error, setError] = useState(null);
  const submit = (ev) => {
    ev.preventDefault();
    if (!alasan.trim()) {
      setError('Tulis alasan pembatalan.');
      return;
    }
    onVoid(alasan.trim());
  };
  return h('form', { id: 'form-batal', class: 'kartu', noValidate: true, onSubmit: submit },
    h('h2', null, 'Batalkan kiriman'),
    h('p', { class: 'kecil-abu' }, 'Kiriman yang dibatalkan tidak dihitung lagi di laporan, tetapi tetap tersimpan di riwayat.'),
    h('label', { for: 'alasan-batal' }, 'Alasan pembatalan *'),
    h('textarea', { id: 'alasan-batal', name: 'alasanBatal', rows: 2, maxLength: ALASAN_MAX, value: alasan, 'aria-describedby': 'galat-alasanBatal', onInput: (e) => { setAlasan(e.target.value); setError(null); } }),
    h(ErrorText, { name: 'alasanBatal', text: error }),
    h('button', { id: 'batalkan-kiriman', type: 'submit', class: 'tombol bahaya' }, 'Batalkan kiriman'));
}

/** #/kiriman/<formId>/<id>: one stored form, its correction, its void and its history. */
export function Kiriman({ formId, id, me }) {
  const [form, setForm] = useState(undefined);
  const [stored, setStored] = useState(undefined);
  const [versions, setVersions] = useState(null);
  const [alasan, setAlasan] = useState('');
  const [queued, setQueued] = useState(null);
  useEffect(() => {
    data.form(formId).then((f) => setForm(f || null));
    posyanduOf(me).then((p) => {
      load(p, formId, id).then((s) => setStored(s || null), () => setStored(null));
      api.call(`/posyandu/${p}/forms/${formId}/submissions/${id}/riwayat`).then(setVersions, () => setVersions(null));
    });
  }, [formId, id]);
  if (form === undefined || stored === undefined) return h('main', { class: 'halaman' }, 'Memuat…');
  if (!form || !stored) {
    return h('main', { class: 'halaman' }, h(Notice, { kind: 'galat' },
      'Kiriman ini tidak ditemukan (mungkin sudah dibatalkan), atau belum bisa dibuka tanpa sinyal.'));
  }
  const label = `${form.title} ${formatDate(stored.tanggal)}`;
  const change = async (fields) => {
    const item = await sync.saveChange({
      formId, posyanduId: stored.posyanduId, submissionId: id, wargaId: stored.wargaId, label, ...fields,
    });
    setQueued(item);
  };
  if (queued) {
    return h('main', { class: 'halaman' },
      h('h1', null, form.title),
      h(Notice, null, h('span', { id: 'perubahan-antri', 'data-jenis': queued.jenis },
        queued.jenis === 'batal' ? 'Pembatalan' : 'Koreksi', ' tersimpan di ponsel dan masuk antrian kirim.')),
      h('div', { class: 'baris-tombol' },
        h('a', { class: 'tombol', href: '#/antrian' }, 'Lihat antrian'),
        stored.wargaId && h('a', { class: 'tombol', href: `#/warga/${stored.wargaId}` }, 'Halaman warga')));
  }
  return h('main', { class: 'halaman' },
    h('h1', null, `Koreksi: ${form.title}`),
    h('p', { class: 'kecil-abu' }, `Dikirim ${stored.dibuatOleh} · ${formatTime(stored.dibuat)}`),
    h(FormIsian, {
      form, initial: stored.data, initialDate: stored.tanggal, computed: stored.data, saveLabel: 'Simpan koreksi',
      onSave: (values, tanggal) => change({ jenis: 'ubah', tanggal, tanggalLama: stored.tanggal, data: values, alasan: alasan.trim() || undefined }),
    }, h('div', { class: 'isian' },
      h('label', { for: 'alasan-koreksi' }, 'Alasan koreksi'),
      h('input', { id: 'alasan-koreksi', name: 'alasan', maxLength: ALASAN_MAX, value: alasan, onInput: (e) => setAlasan(e.target.value) }))),
    h(Batalkan, { onVoid: (why) => change({ jenis: 'batal', tanggal: stored.tanggal, alasan: why }) }),
    h('h2', null, 'Riwayat perubahan'),
    h(Riwayat, { versions }));
}

/** The resident's stored forms (with signal from the server, else those sent from this phone), newest first. */
export function KirimanWarga({ warga, forms, me }) {
  const [list, setList] = useState(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const p = await posyanduOf(me);
      const found = new Map();
      for (const i of await sync.items()) {
        if (i.jenis === 'form' && i.submission && i.wargaId === warga.id) found.set(i.submission.id, i.submission);
      }
      try {
        for (const f of forms) {
          const rows = await api.call(`/posyandu/${p}/forms/${f.id}/submissions?limit=500`);
          rows.filter((s) => s.wargaId === warga.id).forEach((s) => found.set(s.id, s));
        }
      } catch (e) { /* without signal: those sent from this phone */ }
      if (live) setList([...found.values()].sort((a, b) => b.tanggal.localeCompare(a.tanggal)));
    })();
    return () => { live = false; };
  }, [warga.id, forms.length]);
  const title = (formId) => (forms.find((f) => f.id === formId) || { title: formId }).title;
  return h('section', { id: 'kiriman-warga' },
    h('h2', null, 'Kiriman tersimpan'),
    !list ? h('p', { class: 'kecil-abu' }, 'Memuat…')
      : list.length === 0 ? h('p', { class: 'kecil-abu' }, 'Belum ada kiriman untuk warga ini.')
        : h('ul', { class: 'daftar' }, list.map((s) => h('li', { key: s.id },
          h('a', { href: `#/kiriman/${s.formId}/${s.id}`, 'data-kiriman-id': s.id }, `${title(s.formId)} · ${formatDate(s.tanggal)}`)))));
}
