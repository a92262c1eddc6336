// The Posyandu registry: list and create within the admin's wilayah; a Posyandu's pengurus and kader with their
// training, and its funding.
import { h, useState, useEffect, today, formatDate, navigate } from './lib.js';
import * as api from './api.js';
import { Notice, errorText, Input, Select, useSubmit } from './ui.js';
import { WilayahPicker } from './admin.js';

const JABATAN = [['KADER', 'Kader'], ['KETUA', 'Ketua'], ['SEKRETARIS', 'Sekretaris'], ['BENDAHARA', 'Bendahara'], ['KOORDINATOR', 'Koordinator bidang']];
const BIDANG = [['kesehatan', 'Kesehatan'], ['pendidikan', 'Pendidikan'], ['pekerjaan-umum', 'Pekerjaan umum'], ['perumahan-rakyat', 'Perumahan rakyat'], ['trantibumlinmas', 'Trantibumlinmas'], ['sosial', 'Sosial']];
const SUMBER = [['APBN', 'APBN'], ['APBD_PROVINSI', 'APBD provinsi'], ['APBD_KABUPATEN', 'APBD kabupaten/kota'], ['APBDES', 'APBDes (Dana Desa)'], ['SWADAYA', 'Swadaya'], ['LAINNYA', 'Lainnya']];
const STRATA = [['', '—'], ['PRATAMA', 'Pratama'], ['MADYA', 'Madya'], ['PURNAMA', 'Purnama'], ['MANDIRI', 'Mandiri']];

function NewPosyandu({ me, onCreated }) {
  const [v, setV] = useState({ nama: '', alamat: '', rt: '', rw: '', strata: '' });
  const [desa, setDesa] = useState(null);
  const set = (k) => (x) => setV({ ...v, [k]: x });
  const { busy, error, submit } = useSubmit(async () => {
    const body = { nama: v.nama, desaKode: desa ? desa.kode : (me.wilayah && me.wilayah.length === 13 ? me.wilayah : '') };
    for (const k of ['alamat', 'rt', 'rw', 'strata']) if (v[k]) body[k] = v[k];
    const created = await api.call('/posyandu', { method: 'POST', body });
    navigate(`#/admin/posyandu/${created.id}`);
  }, onCreated);
  return h('form', { class: 'kartu', onSubmit: submit, id: 'form-posyandu' },
    h('h2', null, 'Posyandu baru'),
    h(Input, { id: 'posyandu-nama', label: 'Nama', value: v.nama, onInput: set('nama'), required: true }),
    !(me.wilayah && me.wilayah.length === 13) && h(WilayahPicker, { id: 'posyandu-desa', label: 'Desa/kelurahan', me, tingkat: 'desa', value: desa, onChange: setDesa }),
    h('div', { class: 'dua-kolom' },
      h(Input, { id: 'posyandu-alamat', label: 'Alamat', value: v.alamat, onInput: set('alamat') }),
      h(Select, { id: 'posyandu-strata', label: 'Strata', value: v.strata, onChange: set('strata'), options: STRATA }),
      h(Input, { id: 'posyandu-rt', label: 'RT', value: v.rt, onInput: set('rt'), inputmode: 'numeric' }),
      h(Input, { id: 'posyandu-rw', label: 'RW', value: v.rw, onInput: set('rw'), inputmode: 'numeric' })),
    error && h(Notice, { kind: 'galat' }, error),
    h('button', { type: 'submit', class: 'tombol utama', disabled: busy }, 'Simpan Posyandu'));
}

function List({ me }) {
  const [list, setList] = useState(null);
  const [error, setError] = useState(null);
  const load = () => api.call(`/posyandu?limit=500${me.wilayah ? `&wilayah=${me.wilayah}` : ''}`).then(setList, (e) => setError(errorText(e)));
  useEffect(() => { load(); }, []);
  return h('main', { class: 'halaman' },
    h('h1', null, 'Posyandu'),
    error && h(Notice, { kind: 'galat' }, error),
    list && h('div', { class: 'gulir' }, h('table', null,
      h('thead', null, h('tr', null, ['Nama', 'Desa/kelurahan', 'Strata', 'Aktif'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, list.map((p) => h('tr', { key: p.id, 'data-posyandu-id': p.id },
        h('td', null, h('a', { href: `#/admin/posyandu/${p.id}` }, p.nama)),
        h('td', null, `${p.desaNama || ''} (${p.desaKode})`),
        h('td', null, p.strata || '—'),
        h('td', null, p.aktif === false ? 'tidak' : 'ya')))))),
    list && list.length === 0 && h('p', null, 'Belum ada Posyandu di wilayah ini.'),
    h(NewPosyandu, { me, onCreated: load }));
}

function NewPengurus({ id, onDone }) {
  const [v, setV] = useState({ nama: '', nik: '', telepon: '', jabatan: 'KADER', bidang: 'kesehatan', tanggalMulai: today() });
  const set = (k) => (x) => setV({ ...v, [k]: x });
  const needsBidang = v.jabatan === 'KADER' || v.jabatan === 'KOORDINATOR';
  const { busy, error, submit } = useSubmit(() => {
    const body = { nama: v.nama, jabatan: v.jabatan, tanggalMulai: v.tanggalMulai };
    if (needsBidang) body.bidang = v.bidang;
    if (v.nik) body.nik = v.nik;
    if (v.telepon) body.telepon = v.telepon;
    return api.call(`/posyandu/${id}/pengurus`, { method: 'POST', body });
  }, onDone);
  return h('form', { class: 'kartu', onSubmit: submit },
    h('h3', null, 'Tambah pengurus atau kader'),
    h('div', { class: 'dua-kolom' },
      h(Input, { id: 'pengurus-nama', label: 'Nama', value: v.nama, onInput: set('nama'), required: true }),
      h(Input, { id: 'pengurus-nik', label: 'NIK', value: v.nik, onInput: set('nik'), inputmode: 'numeric', maxLength: 16 }),
      h(Input, { id: 'pengurus-telepon', label: 'Telepon', value: v.telepon, onInput: set('telepon'), type: 'tel' }),
      h(Select, { id: 'pengurus-jabatan', label: 'Jabatan', value: v.jabatan, onChange: set('jabatan'), options: JABATAN }),
      needsBidang && h(Select, { id: 'pengurus-bidang', label: 'Bidang SPM', value: v.bidang, onChange: set('bidang'), options: BIDANG }),
      h(Input, { id: 'pengurus-mulai', label: 'Mulai', value: v.tanggalMulai, onInput: set('tanggalMulai'), type: 'date', max: today() })),
    error && h(Notice, { kind: 'galat' }, error),
    h('button', { type: 'submit', class: 'tombol utama', disabled: busy }, 'Tambah'));
}

function NewPelatihan({ id, person, onDone }) {
  const [v, setV] = useState({ nama: '', tanggal: today(), penyelenggara: '' });
  const set = (k) => (x) => setV({ ...v, [k]: x });
  const { busy, error, submit } = useSubmit(() => api.call(`/posyandu/${id}/pengurus/${person.id}/pelatihan`, { method: 'POST', body: v }), onDone);
  return h('form', { onSubmit: submit, class: 'baris-tombol' },
    h(Input, { id: `pel-nama-${person.id}`, label: 'Pelatihan', value: v.nama, onInput: set('nama'), required: true }),
    h(Input, { id: `pel-tgl-${person.id}`, label: 'Tanggal', value: v.tanggal, onInput: set('tanggal'), type: 'date', max: today() }),
    h(Input, { id: `pel-oleh-${person.id}`, label: 'Penyelenggara', value: v.penyelenggara, onInput: set('penyelenggara'), required: true }),
    error && h(Notice, { kind: 'galat' }, error),
    h('button', { type: 'submit', class: 'tombol kecil', disabled: busy }, 'Catat pelatihan'));
}

function NewPendanaan({ id, onDone }) {
  const [v, setV] = useState({ sumber: 'APBDES', tahun: String(new Date().getFullYear()), jumlah: '', peruntukan: '', keterangan: '' });
  const set = (k) => (x) => setV({ ...v, [k]: x });
  const { busy, error, submit } = useSubmit(() => {
    const body = { sumber: v.sumber, tahun: Number(v.tahun), jumlah: Number(v.jumlah), peruntukan: v.peruntukan };
    if (v.keterangan) body.keterangan = v.keterangan;
    return api.call(`/posyandu/${id}/pendanaan`, { method: 'POST', body });
  }, onDone);
  return h('form', { class: 'kartu', onSubmit: submit },
    h('h3', null, 'Tambah pendanaan'),
    h('div', { class: 'dua-kolom' },
      h(Select, { id: 'dana-sumber', label: 'Sumber', value: v.sumber, onChange: set('sumber'), options: SUMBER }),
      h(Input, { id: 'dana-tahun', label: 'Tahun', value: v.tahun, onInput: set('tahun'), inputmode: 'numeric' }),
      h(Input, { id: 'dana-jumlah', label: 'Jumlah (rupiah)', value: v.jumlah, onInput: set('jumlah'), inputmode: 'numeric', required: true }),
      h(Input, { id: 'dana-peruntukan', label: 'Peruntukan', value: v.peruntukan, onInput: set('peruntukan'), required: true }),
      h(Input, { id: 'dana-keterangan', label: 'Keterangan', value: v.keterangan, onInput: set('keterangan') })),
    error && h(Notice, { kind: 'galat' }, error),
    h('button', { type: 'submit', class: 'tombol utama', disabled: busy }, 'Tambah'));
}

function Detail({ id }) {
  const [p, setP] = useState(null);
  const [pengurus, setPengurus] = useState([]);
  const [dana, setDana] = useState([]);
  const [error, setError] = useState(null);
  const load = async () => {
    try {
      setP(await api.call(`/posyandu/${id}`));
      setPengurus(await api.call(`/posyandu/${id}/pengurus?semua=true`));
      setDana(await api.call(`/posyandu/${id}/pendanaan`));
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => { load(); }, [id]);
  const remove = async (f) => {
    if (!confirm(`Hapus pendanaan ${f.sumber} ${f.tahun}?`)) return;
    try {
      await api.call(`/posyandu/${id}/pendanaan/${f.id}`, { method: 'DELETE' });
      load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  if (error) return h('main', { class: 'halaman' }, h(Notice, { kind: 'galat' }, error));
  if (!p) return h('main', { class: 'halaman' }, 'Memuat…');
  return h('main', { class: 'halaman' },
    h('p', null, h('a', { href: '#/admin/posyandu' }, '← Semua Posyandu')),
    h('h1', null, p.nama),
    h('p', null, `${p.desaNama || ''} (${p.desaKode}) · ${p.alamat || ''} RT ${p.rt || '—'} RW ${p.rw || '—'} · strata ${p.strata || '—'}`),
    h('h2', null, 'Pengurus dan kader'),
    h('div', { class: 'gulir' }, h('table', null,
      h('thead', null, h('tr', null, ['Nama', 'Jabatan', 'Bidang', 'Masa', 'Pelatihan'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, pengurus.map((x) => h('tr', { key: x.id },
        h('td', null, x.nama), h('td', null, x.jabatan), h('td', null, x.bidang || '—'),
        h('td', null, `${formatDate(x.tanggalMulai)} – ${x.tanggalSelesai ? formatDate(x.tanggalSelesai) : 'sekarang'}`),
        h('td', null,
          h('ul', null, (x.pelatihan || []).map((t) => h('li', null, `${t.nama}, ${formatDate(t.tanggal)} (${t.penyelenggara})`))),
          h(NewPelatihan, { id, person: x, onDone: load }))))))),
    h(NewPengurus, { id, onDone: load }),
    h('h2', null, 'Pendanaan'),
    h('div', { class: 'gulir' }, h('table', null,
      h('thead', null, h('tr', null, ['Tahun', 'Sumber', 'Jumlah (Rp)', 'Peruntukan', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, dana.map((f) => h('tr', { key: f.id },
        h('td', null, f.tahun), h('td', null, f.sumber), h('td', { class: 'angka' }, Number(f.jumlah).toLocaleString('id-ID')),
        h('td', null, f.peruntukan),
        h('td', null, h('button', { type: 'button', class: 'tombol kecil bahaya', onClick: () => remove(f) }, 'Hapus'))))))),
    h(NewPendanaan, { id, onDone: load }));
}

export function PosyanduPage({ me, id }) {
  return id ? h(Detail, { id }) : h(List, { me });
}
