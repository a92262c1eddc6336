// Users: the kader and admins of lower rank inside the admin's wilayah; create, disable/enable, reset password.
import { h, useState, useEffect } from './lib.js';
import * as api from './api.js';
import { Notice, errorText, Input, Select } from './ui.js';
import { WilayahPicker, lowerRoles } from './admin.js';

const ROLE_NAMES = {
  KADER: 'Kader', ADMIN_DESA: 'Admin desa/kelurahan', ADMIN_KECAMATAN: 'Admin kecamatan', ADMIN_KABUPATEN: 'Admin kabupaten/kota',
  ADMIN_PROVINSI: 'Admin provinsi', SUPERADMIN: 'Superadmin',
};
const LEVEL = { ADMIN_DESA: 'desa', ADMIN_KECAMATAN: 'kecamatan', ADMIN_KABUPATEN: 'kabupaten', ADMIN_PROVINSI: 'provinsi' };

function NewUser({ me, posyandu, onDone }) {
  const roles = lowerRoles(me);
  const [v, setV] = useState({ username: '', password: '', role: 'KADER', posyanduId: '' });
  const [wilayah, setWilayah] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const set = (k) => (x) => setV({ ...v, [k]: x });
  const submit = async (ev) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    const body = { username: v.username.trim(), password: v.password, role: v.role };
    if (v.role === 'KADER') body.posyanduIds = v.posyanduId ? [v.posyanduId] : [];
    else body.wilayah = wilayah ? wilayah.kode : '';
    try {
      await api.call('/users', { method: 'POST', body });
      setV({ username: '', password: '', role: v.role, posyanduId: '' });
      await onDone();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return h('form', { class: 'kartu', onSubmit: submit, id: 'form-pengguna' },
    h('h2', null, 'Pengguna baru'),
    h('div', { class: 'dua-kolom' },
      h(Input, { id: 'pengguna-username', label: 'Nama pengguna (a-z 0-9 . _ -)', value: v.username, onInput: set('username'), required: true, autocomplete: 'off' }),
      h(Input, { id: 'pengguna-password', label: 'Kata sandi (12 karakter atau lebih)', value: v.password, onInput: set('password'), type: 'password', required: true, autocomplete: 'new-password' }),
      h(Select, { id: 'pengguna-role', label: 'Peran', value: v.role, onChange: set('role'), options: roles.map((r) => [r, ROLE_NAMES[r]]) }),
      v.role === 'KADER' && h(Select, {
        id: 'pengguna-posyandu', label: 'Posyandu', value: v.posyanduId, onChange: set('posyanduId'),
        options: [['', '— pilih Posyandu —'], ...posyandu.map((p) => [p.id, `${p.nama} (${p.desaNama || p.desaKode})`])],
      })),
    v.role !== 'KADER' && h(WilayahPicker, { id: 'pengguna-wilayah', label: 'Wilayah', me, tingkat: LEVEL[v.role], value: wilayah, onChange: setWilayah }),
    error && h(Notice, { kind: 'galat' }, error),
    h('button', { type: 'submit', class: 'tombol utama', disabled: busy }, 'Buat pengguna'));
}

function ResetPassword({ user, onDone }) {
  const [open, setOpen] = useState(false);
  const [pw, setPw] = useState('');
  const [error, setError] = useState(null);
  if (!open) return h('button', { type: 'button', class: 'tombol kecil', onClick: () => setOpen(true) }, 'Atur ulang sandi');
  const submit = async (ev) => {
    ev.preventDefault();
    try {
      await api.call(`/users/${user.id}/password`, { method: 'POST', body: { password: pw } });
      setOpen(false);
      onDone(`Kata sandi ${user.username} diganti; semua sesinya berakhir.`);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return h('form', { onSubmit: submit },
    h(Input, { id: `sandi-${user.id}`, label: `Sandi baru untuk ${user.username}`, value: pw, onInput: setPw, type: 'password', autocomplete: 'new-password', required: true }),
    error && h(Notice, { kind: 'galat' }, error),
    h('button', { type: 'submit', class: 'tombol kecil utama' }, 'Simpan sandi'));
}

export function PenggunaPage({ me }) {
  const [users, setUsers] = useState(null);
  const [posyandu, setPosyandu] = useState([]);
  const [error, setError] = useState(null);
  const [info, setInfo] = useState(null);
  const load = async () => {
    try {
      setUsers(await api.call('/users?limit=500'));
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => {
    load();
    api.call(`/posyandu?limit=500${me.wilayah ? `&wilayah=${me.wilayah}` : ''}`).then(setPosyandu, () => {});
  }, []);
  const toggle = async (u) => {
    try {
      await api.call(`/users/${u.id}/${u.aktif ? 'disable' : 'enable'}`, { method: 'POST' });
      setInfo(u.aktif ? `${u.username} dinonaktifkan; sesinya berakhir.` : `${u.username} diaktifkan lagi.`);
      load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const posyanduName = (id) => (posyandu.find((p) => p.id === id) || { nama: id }).nama;
  return h('main', { class: 'halaman' },
    h('h1', null, 'Pengguna'),
    error && h(Notice, { kind: 'galat' }, error),
    info && h(Notice, null, info),
    users && h('div', { class: 'gulir' }, h('table', null,
      h('thead', null, h('tr', null, ['Nama pengguna', 'Peran', 'Wilayah / Posyandu', 'Status', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, users.map((u) => h('tr', { key: u.id, 'data-user-id': u.id },
        h('td', null, u.username), h('td', null, ROLE_NAMES[u.role] || u.role),
        h('td', null, u.role === 'KADER' ? (u.posyanduIds || []).map(posyanduName).join(', ') : u.wilayah),
        h('td', null, u.aktif ? 'aktif' : 'nonaktif'),
        h('td', null, h('div', { class: 'baris-tombol' },
          h('button', { type: 'button', class: u.aktif ? 'tombol kecil bahaya' : 'tombol kecil', onClick: () => toggle(u) }, u.aktif ? 'Nonaktifkan' : 'Aktifkan'),
          h(ResetPassword, { user: u, onDone: setInfo })))))))),
    h(NewUser, { me, posyandu, onDone: load }));
}
