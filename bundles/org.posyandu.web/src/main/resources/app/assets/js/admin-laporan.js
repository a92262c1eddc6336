// Reports: the SKDN with its parts one level down (table and bar chart), stunting/wasting/underweight, the
// immunisation report, the e-PPGBM CSV, a child's growth chart; and the audit trail of a resident with the PDP
// export.
import { h, useState, useEffect, thisMonth, formatTime } from './lib.js';
import * as api from './api.js';
import { Notice, errorText, Input } from './ui.js';
import { WilayahPicker, useOwnWilayah } from './admin.js';
import { BarChart } from './chart.js';
import { kelompokText } from './sasaran.js';

function pct(v) {
  return v == null ? '—' : `${v}%`;
}

async function download(path, filename) {
  const r = await api.call(path, { raw: true });
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

const FIGURES = ['S', 'K', 'D', 'N', 'T', '2T', 'O', 'B'];

/** How far a part's figures are verified: one Posyandu's status, or how many Posyandu are in each. */
function verified(v) {
  if (v.status) return v.status;
  return ['diverifikasi', 'dikunci', 'dikembalikan', 'terbuka'].filter((s) => v[s] > 0).map((s) => `${v[s]} ${s}`).join(', ') || '—';
}

function Skdn({ r }) {
  const gizi = (g) => (g ? `${g.kasus} dari ${g.diukur} (${pct(g.persen)})` : '—');
  return h('section', { id: 'laporan-skdn' },
    h('h2', null, `SKDN ${r.wilayah.nama} — ${r.bulan}`),
    h('div', { class: 'angka-besar' }, FIGURES.map((k) => h('div', { key: k },
      h('span', null, k), h('strong', { 'data-skdn': k }, String(r[k]))))),
    h('p', null, `K/S ${pct(r.rasio['K/S'])} · D/S ${pct(r.rasio['D/S'])} · N/D ${pct(r.rasio['N/D'])} · N/S ${pct(r.rasio['N/S'])}`),
    r.verifikasi && h('p', { 'data-verifikasi': 'ringkasan' }, `Status data: ${verified(r.verifikasi)}`),
    h('h3', null, 'Status gizi balita yang diukur bulan ini'),
    h('ul', null,
      h('li', { 'data-gizi': 'stunting' }, 'Stunting (TB/U < −2 SD): ', gizi(r.gizi.stunting)),
      h('li', { 'data-gizi': 'wasting' }, 'Wasting (BB/TB < −2 SD): ', gizi(r.gizi.wasting)),
      h('li', { 'data-gizi': 'underweight' }, 'Underweight (BB/U < −2 SD): ', gizi(r.gizi.underweight))),
    h('h3', null, 'Per bagian wilayah'),
    h(BarChart, {
      title: `Partisipasi (D/S) dan naik berat badan (N/D) per bagian, ${r.bulan}`,
      rows: r.bagian.map((b) => ({ label: b.nama, values: [b.rasio['D/S'], b.rasio['N/D']] })),
      series: [{ name: 'D/S', className: 'batang' }, { name: 'N/D', className: 'batang-n' }],
    }),
    h('div', { class: 'gulir' }, h('table', null,
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Bagian'), FIGURES.map((k) => h('th', { class: 'angka', scope: 'col' }, k)),
        h('th', { class: 'angka', scope: 'col' }, 'D/S'), h('th', { class: 'angka', scope: 'col' }, 'Stunting'),
        h('th', { scope: 'col' }, 'Status data'))),
      h('tbody', null, r.bagian.map((b) => h('tr', { key: b.kode, 'data-bagian': b.kode },
        h('th', { scope: 'row' }, b.nama), FIGURES.map((k) => h('td', { class: 'angka' }, String(b[k]))),
        h('td', { class: 'angka' }, pct(b.rasio['D/S'])), h('td', { class: 'angka' }, pct(b.gizi.stunting.persen)),
        h('td', { 'data-verifikasi': b.kode }, b.verifikasi ? verified(b.verifikasi) : '—')))))));
}

function Imunisasi({ r }) {
  const dosis = Object.entries(r.dosisBulanIni || {});
  return h('section', { id: 'laporan-imunisasi' },
    h('h2', null, `Imunisasi ${r.wilayah.nama} — ${r.bulan}`),
    h('div', { class: 'angka-besar' },
      [['sasaran', 'Sasaran (< 2 tahun)'], ['jatuhTempo', 'Jatuh tempo'], ['terlambat', 'Terlambat']].map(([k, t]) => h('div', { key: k },
        h('span', null, t), h('strong', { 'data-imunisasi': k }, String(r[k]))))),
    h('p', null, `Imunisasi dasar lengkap (12–23 bulan): ${r.imunisasiDasarLengkap.dasarLengkap} dari ${r.imunisasiDasarLengkap.anak12sd23Bulan} (${pct(r.imunisasiDasarLengkap.persen)})`),
    dosis.length > 0 && h('p', null, 'Dosis bulan ini: ', dosis.map(([v, n]) => `${v} ${n}`).join(', ')),
    h('div', { class: 'gulir' }, h('table', null,
      h('thead', null, h('tr', null, ['Bagian', 'Sasaran', 'Jatuh tempo', 'Terlambat', 'IDL'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, r.bagian.map((b) => h('tr', { key: b.kode },
        h('th', { scope: 'row' }, b.nama), h('td', { class: 'angka' }, b.sasaran), h('td', { class: 'angka' }, b.jatuhTempo),
        h('td', { class: 'angka' }, b.terlambat), h('td', { class: 'angka' }, pct(b.imunisasiDasarLengkap.persen))))))));
}

/** A resident inside the admin's wilayah, found by name. */
function WargaFinder({ me, onPick, id }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState(null);
  const [error, setError] = useState(null);
  const search = async (ev) => {
    ev.preventDefault();
    try {
      setFound(await api.call(`/warga?nama=${encodeURIComponent(q)}${me.wilayah ? `&wilayah=${me.wilayah}` : ''}&limit=20`));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return h('form', { onSubmit: search },
    h('div', { class: 'baris-tombol' },
      h(Input, { id, label: 'Nama warga', value: q, onInput: setQ, type: 'search' }),
      h('button', { type: 'submit', class: 'tombol', disabled: q.trim().length < 2 }, 'Cari')),
    error && h(Notice, { kind: 'galat' }, error),
    found && h('ul', { class: 'daftar' }, found.map((w) => h('li', { key: w.id },
      h('button', { type: 'button', class: 'baris', 'data-warga-id': w.id, onClick: () => onPick(w) },
        h('span', null, `${w.nama} (${w.jenisKelamin}, ${w.tanggalLahir})`), h('span', { class: 'kecil-abu' }, kelompokText(w.kelompokSasaran)))))),
    found && found.length === 0 && h('p', null, 'Tidak ditemukan.'));
}

function Grafik({ me }) {
  const [child, setChild] = useState(null);
  const [indikator, setIndikator] = useState('bb-u');
  const [src, setSrc] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    if (!child) return;
    setSrc(null);
    api.call(`/spm/kesehatan/anak/${child.id}/grafik?indikator=${indikator}`, { raw: true }).then((r) => r.text())
      .then((svg) => setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`), (e) => setError(errorText(e)));
  }, [child && child.id, indikator]);
  return h('section', { class: 'kartu' },
    h('h2', null, 'Grafik pertumbuhan anak'),
    h(WargaFinder, { me, onPick: setChild, id: 'grafik-cari' }),
    child && h('div', { class: 'baris-tombol' }, [['bb-u', 'Berat menurut umur'], ['tb-u', 'Tinggi menurut umur']].map(([v, t]) => h('button', {
      type: 'button', class: v === indikator ? 'tombol utama kecil' : 'tombol kecil', 'aria-pressed': String(v === indikator), onClick: () => setIndikator(v),
    }, t))),
    error && h(Notice, { kind: 'galat' }, error),
    src && h('div', { class: 'grafik' }, h('img', { src, alt: `Grafik pertumbuhan ${child.nama}` })));
}

export function LaporanPage({ me }) {
  const own = useOwnWilayah(me);
  const [wilayah, setWilayah] = useState(null);
  const [bulan, setBulan] = useState(thisMonth());
  const [skdn, setSkdn] = useState(null);
  const [imun, setImun] = useState(null);
  const [error, setError] = useState(null);
  const area = wilayah || own;
  const query = area ? `wilayah=${area.kode}&bulan=${bulan}` : null;
  useEffect(() => {
    if (!query) return;
    setError(null);
    api.call(`/spm/kesehatan/laporan/skdn?${query}`).then(setSkdn, (e) => { setSkdn(null); setError(errorText(e)); });
    api.call(`/spm/kesehatan/laporan/imunisasi?${query}`).then(setImun, () => setImun(null));
  }, [query]);
  return h('main', { class: 'halaman' },
    h('h1', null, 'Laporan kesehatan'),
    h('div', { class: 'dua-kolom' },
      h(WilayahPicker, { id: 'laporan-wilayah', label: 'Wilayah', me, value: area, onChange: setWilayah }),
      h(Input, { id: 'laporan-bulan', label: 'Bulan', type: 'month', value: bulan, onInput: (v) => v && setBulan(v), max: thisMonth() })),
    error && h(Notice, { kind: 'galat' }, error),
    skdn && h(Skdn, { r: skdn }),
    imun && h(Imunisasi, { r: imun }),
    (skdn || error) && h('div', { class: 'kartu' },
      h('h2', null, 'Ekspor e-PPGBM'),
      h('p', { class: 'kecil-abu' }, 'CSV untuk unggah ke e-PPGBM. Berisi data pribadi: simpan dengan aman; impor kolom NIK sebagai teks.'),
      h('button', { type: 'button', class: 'tombol', id: 'unduh-eppgbm', onClick: () => download(`/spm/kesehatan/laporan/e-ppgbm?${query}`, `e-ppgbm-${area.kode}-${bulan}.csv`).catch((e) => setError(errorText(e))) },
        'Unduh CSV e-PPGBM')),
    (skdn || error || !area) && h(Grafik, { me }));
}

export function AuditPage({ me }) {
  const [w, setW] = useState(null);
  const [entries, setEntries] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    if (!w) return;
    api.call(`/audit?objectType=warga&objectId=${w.id}&limit=200`).then(setEntries, (e) => setError(errorText(e)));
  }, [w && w.id]);
  return h('main', { class: 'halaman' },
    h('h1', null, 'Jejak audit warga dan ekspor PDP'),
    h('p', { class: 'kecil-abu' }, 'Siapa membaca atau mengubah data seorang warga; dan semua data yang disimpan tentang dia (UU PDP Pasal 32).'),
    h(WargaFinder, { me, onPick: setW, id: 'audit-cari' }),
    error && h(Notice, { kind: 'galat' }, error),
    w && h('section', null,
      h('h2', null, w.nama),
      h('button', { type: 'button', class: 'tombol', id: 'unduh-pdp', onClick: () => download(`/warga/${w.id}/export`, `pdp-${w.id}.json`).catch((e) => setError(errorText(e))) }, 'Unduh ekspor PDP (JSON)'),
      entries && h('div', { class: 'gulir' }, h('table', { id: 'tabel-audit' },
        h('thead', null, h('tr', null, ['Waktu', 'Pengguna', 'Peran', 'Aksi', 'Hasil', 'Keterangan'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, entries.map((e) => h('tr', { key: e.id },
          h('td', null, formatTime(e.waktu)), h('td', null, e.username), h('td', null, e.role), h('td', null, e.action),
          h('td', null, String(e.outcome)), h('td', null, e.detail || ''))))))));
}
