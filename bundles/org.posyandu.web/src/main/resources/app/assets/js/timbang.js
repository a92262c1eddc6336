// The weighing a kader runs on Posyandu day: find the child (or register), weigh and measure, and see at once
// N/T, the classes in words, 2T and the referral flag, computed on the phone ("sementara") and replaced by the
// server's own answer as soon as it arrives; with the child's growth chart from the server when online.
import { h, useState, useEffect, today, formatDate, navigate } from './lib.js';
import * as api from './api.js';
import * as data from './data.js';
import * as sync from './sync.js';
import { growth, WORDS, ageMonthsCompleted } from './anthro.js';
import { FormIsian } from './formview.js';
import { WargaPicker } from './warga.js';
import { Notice } from './ui.js';

/** The child's weighings known on the phone: the history from the server plus those still in the queue. */
async function earlierWeighings(wargaId, exceptKey) {
  const known = await data.lastWeighings(wargaId);
  const queued = (await sync.items()).filter((i) => i.formId === data.PENIMBANGAN && i.wargaId === wargaId
    && i.key !== exceptKey && i.status === sync.STATUS.WAITING).map((i) => ({ tanggal: i.tanggal, ...i.data }));
  return [...known, ...queued];
}

function word(v) {
  if (v === true) return 'Ya';
  if (v === false) return 'Tidak';
  return WORDS[v] || (v == null ? '—' : String(v).replace(/_/g, ' '));
}

function Row({ name, label, value, strong }) {
  return [h('dt', null, label),
    h('dd', { 'data-hasil': name, 'data-nilai': value == null ? '' : String(value), class: strong ? 'rujuk' : undefined }, word(value))];
}

/** #hasil-penimbangan: the provisional result, then the server's. */
export function Hasil({ result, sementara, refused }) {
  const r = result || {};
  return h('section', { id: 'hasil-penimbangan', class: 'hasil', 'data-sementara': String(sementara), 'aria-live': 'polite' },
    h('h2', null, 'Hasil penimbangan'),
    h('p', { class: 'kecil-abu' }, sementara
      ? 'Sementara: dihitung di ponsel dengan tabel WHO yang sama; menunggu jawaban server.'
      : 'Hasil dari server.'),
    refused && h(Notice, { kind: 'galat' }, 'Ditolak server: ', refused),
    h('dl', null,
      h(Row, { name: 'naikBeratBadan', label: 'Berat badan', value: r.naikBeratBadan }),
      h(Row, { name: 'statusBbU', label: 'BB/U', value: r.statusBbU }),
      h(Row, { name: 'statusTbU', label: 'TB/U', value: r.statusTbU }),
      h(Row, { name: 'statusBbTb', label: 'BB/TB', value: r.statusBbTb }),
      h(Row, { name: 'duaT', label: '2T (dua kali tidak naik)', value: r.duaT, strong: r.duaT }),
      h(Row, { name: 'perluRujukan', label: 'Rujuk ke puskesmas', value: r.perluRujukan, strong: r.perluRujukan })),
    r.perluRujukan && h(Notice, { kind: 'peringatan' }, 'Anak ini perlu dirujuk ke puskesmas. Sampaikan pada penyuluhan (meja 4).'),
    h('p', { class: 'kecil-abu' }, `Z-skor BB/U ${r.zBbU ?? '—'}, TB/U ${r.zTbU ?? '—'}, BB/TB ${r.zBbTb ?? '—'}; umur ${r.umurBulan ?? '—'} bulan`));
}

function Grafik({ wargaId, version }) {
  const [src, setSrc] = useState(null);
  const [note, setNote] = useState(null);
  useEffect(() => {
    let live = true;
    if (wargaId.startsWith('lokal-')) {
      setNote('Grafik tersedia setelah anak terdaftar di server.');
      return undefined;
    }
    api.call(`/spm/kesehatan/anak/${wargaId}/grafik`, { raw: true })
      .then((r) => r.text())
      .then((svg) => {
        // a data: URL (allowed by img-src): the SVG shows as an image, with no access to the page
        if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      })
      .catch(() => live && setNote('Grafik pertumbuhan tampil saat ada sinyal.'));
    return () => { live = false; };
  }, [wargaId, version]);
  return h('section', { class: 'grafik', id: 'grafik-anak' },
    h('h2', null, 'Grafik pertumbuhan (BB/U)'),
    src ? h('img', { src, alt: 'Grafik berat badan menurut umur anak ini dengan garis standar WHO' })
      : h('p', { class: 'kecil-abu' }, note || 'Memuat grafik…'));
}

function Weigh({ wargaId, me }) {
  const [child, setChild] = useState(undefined);
  const [form, setForm] = useState(undefined);
  const [weighedThisMonth, setWeighedThisMonth] = useState(false);
  const [state, setState] = useState(null); // {key, result, sementara, refused}
  useEffect(() => {
    setState(null);
    data.warga(wargaId).then((w) => setChild(w || null));
    data.form(data.PENIMBANGAN).then((f) => setForm(f || null));
    earlierWeighings(wargaId).then((list) => setWeighedThisMonth(list.some((t) => t.tanggal.slice(0, 7) === today().slice(0, 7))));
  }, [wargaId]);
  useEffect(() => {
    if (!state || !state.key) return undefined;
    const apply = (item) => {
      if (!item || item.key !== state.key) return;
      if (item.status === sync.STATUS.STORED || item.status === sync.STATUS.REPLAYED) {
        setState({ ...state, result: item.submission.data, sementara: false, refused: null, version: Date.now() });
      } else if (item.status === sync.STATUS.REFUSED) {
        const errs = (item.problem && item.problem.errors) || [];
        setState({ ...state, refused: errs.map((e) => e.message).join(' ') || (item.problem && item.problem.detail) || 'ditolak' });
      }
    };
    const stop = sync.onItem(apply);
    sync.item(state.key).then(apply); // the answer may have come before this screen listened
    return stop;
  }, [state && state.key, state && state.sementara]);
  if (child === undefined || form === undefined) return h('main', { class: 'halaman' }, 'Memuat…');
  if (!child) return h('main', { class: 'halaman' }, h(Notice, { kind: 'galat' }, 'Anak tidak ditemukan di ponsel. Perbarui data saat ada sinyal.'));
  if (!form) return h('main', { class: 'halaman' }, h(Notice, { kind: 'galat' }, 'Formulir penimbangan tidak aktif untuk Posyandu ini.'));
  const save = async (values, tanggal) => {
    let result = null;
    const ref = await data.referenceTables();
    const earlier = await earlierWeighings(wargaId);
    if (ref && child.tanggalLahir) {
      try {
        result = growth(ref, child, tanggal, values, earlier);
      } catch (e) {
        result = null;
      }
    }
    const day = await data.load();
    const item = await sync.saveForm({
      formId: data.PENIMBANGAN, posyanduId: day ? day.posyandu.id : me.posyanduIds[0], wargaId, tanggal,
      data: values, label: `Penimbangan — ${child.nama}`,
    });
    setState({ key: item.key, result, sementara: true, refused: null, version: 0 });
  };
  const months = child.tanggalLahir ? ageMonthsCompleted(child.tanggalLahir, today()) : null;
  return h('main', { class: 'halaman' },
    h('h1', null, 'Penimbangan'),
    h('p', null, h('strong', null, child.nama), ` · ${child.jenisKelamin === 'P' ? 'perempuan' : 'laki-laki'}, lahir ${formatDate(child.tanggalLahir)}`,
      months != null ? ` (${months} bulan)` : ''),
    weighedThisMonth && !state && h(Notice, { kind: 'peringatan' }, 'Anak ini sudah ditimbang bulan ini; satu penimbangan per bulan.'),
    state
      ? h('div', null,
        h(Hasil, state),
        h('div', { class: 'baris-tombol' },
          h('a', { class: 'tombol utama', href: '#/timbang' }, 'Anak berikutnya'),
          state.refused && h('a', { class: 'tombol', href: '#/antrian' }, 'Perbaiki di antrian')),
        h(Grafik, { wargaId, version: state.version }))
      : h(FormIsian, { form, warga: child, onSave: save, saveLabel: 'Simpan dan lihat hasil', key: wargaId })
    );
}

export function Timbang({ wargaId, me }) {
  if (wargaId) return h(Weigh, { wargaId, me });
  return h('main', { class: 'halaman' },
    h('h1', null, 'Penimbangan balita'),
    h('div', { class: 'baris-tombol' }, h('a', { class: 'tombol', href: '#/warga/baru' }, 'Daftarkan balita baru')),
    h(WargaPicker, { kelompok: 'balita', onPick: (w) => navigate(`#/timbang/${w.id}`) }));
}

