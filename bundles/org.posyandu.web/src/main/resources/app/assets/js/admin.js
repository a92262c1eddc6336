// The admin console (the same app, by role; desktop and tablet): modules and menus per kabupaten with their
// history, the Posyandu registry, users, reports, verification and locking of each month, the audit trail of a resident and the PDP export.
import { h, useState, useEffect, formatTime } from './lib.js';
import * as api from './api.js';
import { Notice, errorText } from './ui.js';
import { PosyanduPage } from './admin-posyandu.js';
import { PenggunaPage } from './admin-pengguna.js';
import { LaporanPage, AuditPage } from './admin-laporan.js';
import { VerifikasiPage } from './admin-verifikasi.js';

const TABS = [['modul', 'Modul SPM'], ['posyandu', 'Posyandu'], ['pengguna', 'Pengguna'], ['laporan', 'Laporan'], ['verifikasi', 'Verifikasi'], ['audit', 'Audit & PDP']];
const RANK = ['KADER', 'ADMIN_DESA', 'ADMIN_KECAMATAN', 'ADMIN_KABUPATEN', 'ADMIN_PROVINSI', 'SUPERADMIN'];

export function rankOf(role) {
  return RANK.indexOf(role);
}

/** The roles an admin may create: every lower one. */
export function lowerRoles(me) {
  return RANK.slice(0, rankOf(me.role));
}

/**
 * Picks a wilayah inside the admin's own (or anywhere, for SUPERADMIN) through the region search. {tingkat}
 * narrows the level (e.g. kabupaten for the module switches, desa for a new Posyandu).
 */
export function WilayahPicker({ id, label, me, tingkat, value, onChange }) {
  const [q, setQ] = useState('');
  const [found, setFound] = useState([]);
  const [error, setError] = useState(null);
  const search = async (ev) => {
    ev.preventDefault();
    setError(null);
    const dalam = me.wilayah ? `&dalam=${me.wilayah}` : '';
    try {
      setFound(await api.call(`/wilayah?q=${encodeURIComponent(q)}${tingkat ? `&tingkat=${tingkat}` : ''}${dalam}&limit=20`));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return h('div', { class: 'isian' },
    h('label', { for: id }, label, value ? h('span', { class: 'satuan' }, ` — terpilih: ${value.nama} (${value.kode})`) : ''),
    h('div', { class: 'baris-tombol' },
      h('input', { id, type: 'search', value: q, placeholder: 'ketik 2 huruf atau lebih', onInput: (e) => setQ(e.target.value) }),
      h('button', { type: 'button', class: 'tombol', onClick: search, disabled: q.trim().length < 2 }, 'Cari wilayah')),
    error && h(Notice, { kind: 'galat' }, error),
    found.length > 0 && h('ul', { class: 'daftar' }, found.map((w) => h('li', { key: w.kode },
      h('button', { type: 'button', class: 'baris', 'data-wilayah': w.kode, onClick: () => { onChange(w); setFound([]); } },
        h('span', null, w.nama), h('span', { class: 'kecil-abu' }, `${w.tingkat} ${w.kode}`))))));
}

/** The admin's own wilayah as {kode, nama, tingkat}, or null for SUPERADMIN. */
export function useOwnWilayah(me) {
  const [w, setW] = useState(null);
  useEffect(() => {
    if (me.wilayah) api.call(`/wilayah/${me.wilayah}`).then(setW, () => setW({ kode: me.wilayah, nama: me.wilayah }));
  }, [me.wilayah]);
  return w;
}

function History({ kode, moduleId }) {
  const [list, setList] = useState(null);
  useEffect(() => {
    api.call(`/kabupaten/${kode}/modules/${moduleId}/riwayat`).then(setList, () => setList([]));
  }, [kode, moduleId]);
  if (!list) return h('p', null, 'Memuat riwayat…');
  if (!list.length) return h('p', { class: 'kecil-abu' }, 'Belum pernah diubah: keadaan bawaan.');
  return h('ul', { class: 'kecil-abu' }, list.map((a) => h('li', null,
    `${formatTime(a.diubah)} · ${a.diubahOleh || 'sistem'}: ${a.enabled ? 'aktif' : 'nonaktif'}${a.enabled && a.menus ? ` (menu: ${a.menus.join(', ')})` : ''}`)));
}

function ModuleRow({ m, state, kode, canEdit, onChanged }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [open, setOpen] = useState(false);
  const enabled = !!(state && state.enabled);
  const menus = enabled ? (state.menus || m.menus.map((x) => x.id)) : [];
  const put = async (body) => {
    setBusy(true);
    setError(null);
    try {
      await api.call(`/kabupaten/${kode}/modules/${m.id}`, { method: 'PUT', body });
      await onChanged();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const toggleMenu = (id) => {
    const next = menus.includes(id) ? menus.filter((x) => x !== id) : [...menus, id];
    return next.length ? put({ enabled: true, menus: next }) : put({ enabled: false });
  };
  return h('li', { class: 'kartu', 'data-modul': m.id },
    h('div', { class: 'modul' },
      h('label', null,
        h('input', { type: 'checkbox', checked: enabled, disabled: !canEdit || busy, onChange: () => put({ enabled: !enabled }) }),
        h('strong', null, m.nama), m.status !== 'AKTIF' ? h('span', { class: 'label-status ditolak' }, `${m.status}${m.alasan ? `: ${m.alasan}` : ''}`) : ''),
      h('span', { class: 'kecil-abu' }, state && state.diubah ? `diubah ${formatTime(state.diubah)} oleh ${state.diubahOleh}` : 'bawaan'),
      h('button', { type: 'button', class: 'tombol kecil', 'aria-expanded': String(open), onClick: () => setOpen(!open) }, open ? 'Tutup riwayat' : 'Riwayat')),
    h('div', { class: 'menu-modul' }, m.menus.map((x) => h('label', { key: x.id, 'data-menu': x.id },
      h('input', { type: 'checkbox', checked: menus.includes(x.id), disabled: !canEdit || busy || !enabled, onChange: () => toggleMenu(x.id) }),
      x.nama))),
    error && h(Notice, { kind: 'galat' }, error),
    open && h(History, { kode, moduleId: m.id }));
}

function ModulPage({ me }) {
  const [kab, setKab] = useState(null);
  const [modules, setModules] = useState([]);
  const [states, setStates] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    if (me.wilayah && me.wilayah.length >= 5) api.call(`/wilayah/${me.wilayah.slice(0, 5)}`).then(setKab, () => setKab({ kode: me.wilayah.slice(0, 5), nama: me.wilayah.slice(0, 5) }));
    api.call('/modules').then(setModules, (e) => setError(errorText(e)));
  }, []);
  const load = async () => {
    if (!kab) return;
    try {
      setStates(await api.call(`/kabupaten/${kab.kode}/modules`));
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => { load(); }, [kab && kab.kode]);
  const canEdit = rankOf(me.role) >= rankOf('ADMIN_KABUPATEN');
  return h('main', { class: 'halaman' },
    h('h1', null, 'Modul dan menu SPM per kabupaten'),
    (!me.wilayah || me.wilayah.length < 5) && h(WilayahPicker, { id: 'pilih-kabupaten', label: 'Kabupaten/kota', me, tingkat: 'kabupaten', value: kab, onChange: setKab }),
    kab && h('p', null, `${kab.nama} (${kab.kode})`),
    !canEdit && h(Notice, null, 'Hanya admin kabupaten ke atas yang dapat mengubah modul; Anda dapat melihatnya.'),
    error && h(Notice, { kind: 'galat' }, error),
    kab && states && h('ul', { class: 'daftar' }, modules.map((m) => h(ModuleRow, {
      key: m.id, m, kode: kab.kode, canEdit, onChanged: load, state: states.find((s) => s.moduleId === m.id),
    }))));
}

export function AdminApp({ route, me }) {
  const [, tab, a] = route[0] === 'admin' ? route : ['admin', 'modul'];
  const current = tab || 'modul';
  let page;
  switch (current) {
    case 'posyandu': page = h(PosyanduPage, { me, id: a }); break;
    case 'pengguna': page = h(PenggunaPage, { me }); break;
    case 'laporan': page = h(LaporanPage, { me }); break;
    case 'verifikasi': page = h(VerifikasiPage, { me }); break;
    case 'audit': page = h(AuditPage, { me }); break;
    default: page = h(ModulPage, { me });
  }
  return h('div', null,
    h('nav', { class: 'tab-admin', 'aria-label': 'Konsol admin' }, TABS.map(([id, label]) => h('a', {
      href: `#/admin/${id}`, 'aria-current': id === current ? 'page' : undefined, key: id,
    }, label))),
    h('p', { class: 'kecil-abu halaman-info' }, `${me.username} · ${me.role}${me.wilayah ? ` · ${me.wilayah}` : ''}`),
    page);
}
