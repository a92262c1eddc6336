// The queue page: every form saved on this phone with its state (menunggu, tersimpan, diulang, ditolak), the
// server's field errors of a refused one with "Perbaiki" (fix and resend under a new key) and "Buang".
import { h, useState, useEffect, useShared, formatTime, navigate } from './lib.js';
import * as data from './data.js';
import * as sync from './sync.js';
import * as api from './api.js';
import { FormIsian } from './formview.js';
import { Notice } from './ui.js';

const WORDS = {
  menunggu: 'Menunggu dikirim', tersimpan: 'Tersimpan di server', diulang: 'Sudah tersimpan sebelumnya', ditolak: 'Ditolak: perlu diperbaiki',
};

export function SendButton() {
  const busy = useShared(sync.sending);
  const n = useShared(sync.waiting);
  const last = useShared(sync.lastRound);
  const on = useShared(api.online);
  return h('div', { class: 'kartu' },
    h('p', null, n > 0 ? `${n} formulir menunggu dikirim.` : 'Semua formulir sudah terkirim.'),
    h('button', { id: 'kirim-sekarang', type: 'button', class: 'tombol utama lebar', disabled: busy, onClick: () => sync.kirim() },
      busy ? 'Mengirim…' : 'Kirim sekarang'),
    last && last.error === 'offline' && h(Notice, { kind: 'peringatan' }, 'Belum terkirim: tidak ada sinyal. Dicoba lagi otomatis.'),
    last && !last.error && last.sent > 0 && h('p', { class: 'kecil-abu', role: 'status' },
      `Terakhir dikirim ${formatTime(last.at)}: ${last.stored} tersimpan, ${last.refused} ditolak.`),
    !on && h('p', { class: 'kecil-abu' }, 'Tanpa sinyal: formulir tetap aman di ponsel.'));
}

function Problem({ problem }) {
  if (!problem) return null;
  const errs = problem.errors || [];
  return h('div', { class: 'pesan galat', role: 'alert' },
    h('p', null, problem.detail || problem.title || 'Ditolak server.'),
    errs.length > 0 && h('ul', null, errs.map((e) => h('li', null, h('strong', null, (e.field || '').replace(/^data\./, '')), ': ', e.message))));
}

export function Antrian() {
  const [list, setList] = useState(null);
  const n = useShared(sync.waiting);
  const busy = useShared(sync.sending);
  const reload = () => sync.items().then((l) => setList(l.reverse()));
  useEffect(() => {
    reload();
    return sync.onItem(() => reload());
  }, [n, busy]);
  if (!list) return h('main', { class: 'halaman' }, 'Memuat…');
  const discard = async (i) => {
    if (confirm(`Buang "${i.label}"? Data ini belum tersimpan di server dan akan hilang.`)) {
      await sync.discard(i.key);
      reload();
    }
  };
  return h('main', { class: 'halaman' },
    h('h1', null, 'Antrian kirim'),
    h(SendButton),
    list.length === 0 && h('p', null, 'Belum ada formulir yang disimpan di ponsel ini.'),
    h('ul', { class: 'daftar' }, list.map((i) => h('li', { key: i.key, 'data-antrian-status': i.status, 'data-antrian-key': i.key },
      h('div', { class: 'baris' },
        h('span', null, i.label, h('br'), h('span', { class: 'kecil-abu' }, `${i.tanggal || ''} · disimpan ${formatTime(i.dibuat)}`)),
        h('span', { class: `label-status ${i.status}` }, WORDS[i.status])),
      i.jenis === 'form' && i.submission && h('a', { class: 'tombol', href: `#/kiriman/${i.formId}/${i.submission.id}`, 'data-koreksi': i.submission.id }, 'Buka, koreksi atau batalkan'),
      i.status === sync.STATUS.REFUSED && h('div', null,
        h(Problem, { problem: i.problem }),
        h('div', { class: 'baris-tombol' },
          i.jenis === 'form' && h('a', { class: 'tombol', href: `#/perbaiki/${i.key}` }, 'Perbaiki'),
          h('button', { type: 'button', class: 'tombol bahaya', onClick: () => discard(i) }, 'Buang')))))),
    list.some((i) => i.status === sync.STATUS.STORED || i.status === sync.STATUS.REPLAYED)
      && h('button', { type: 'button', class: 'tombol', onClick: () => sync.clearSent().then(reload) }, 'Bersihkan yang sudah tersimpan'));
}

/** #/perbaiki/<key>: a refused form opened with its data and the server's errors; saved again under a new key. */
export function Perbaiki({ itemKey, me }) {
  const [item, setItem] = useState(undefined);
  const [form, setForm] = useState(undefined);
  useEffect(() => {
    sync.item(itemKey).then((i) => {
      setItem(i || null);
      if (i) data.form(i.formId).then((f) => setForm(f || null));
    });
  }, [itemKey]);
  if (item === undefined || (item && form === undefined)) return h('main', { class: 'halaman' }, 'Memuat…');
  if (!item || !form) return h('main', { class: 'halaman' }, h(Notice, { kind: 'galat' }, 'Formulir ini tidak ada lagi di antrian.'));
  const errors = {};
  for (const e of (item.problem && item.problem.errors) || []) {
    const field = (e.field || '_').replace(/^data\./, '');
    errors[field] = errors[field] ? `${errors[field]} ${e.message}` : e.message;
  }
  const save = async (values, tanggal) => {
    // the refused item was never stored: it goes, and the corrected form is queued under a new key
    await sync.discard(item.key);
    await sync.saveForm({ formId: item.formId, posyanduId: item.posyanduId || me.posyanduIds[0], wargaId: item.wargaId, tanggal, data: values, label: item.label });
    navigate('#/antrian');
  };
  return h('main', { class: 'halaman' },
    h('h1', null, `Perbaiki: ${form.title}`),
    h('p', { class: 'kecil-abu' }, item.label),
    h(FormIsian, { form, initial: item.data, initialDate: item.tanggal, serverErrors: errors, onSave: save, saveLabel: 'Simpan dan kirim lagi' }));
}
