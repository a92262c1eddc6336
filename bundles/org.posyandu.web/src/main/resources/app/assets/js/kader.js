// The kader's screens: the day's menu, residents, the weighing, any form of an enabled module, the queue.
import { h, useState, useEffect, useShared, formatTime } from './lib.js';
import * as api from './api.js';
import * as data from './data.js';
import * as sync from './sync.js';
import { Notice, errorText } from './ui.js';
import { WargaSearch, WargaBaru, WargaDetail } from './warga.js';
import { PeristiwaPage } from './peristiwa.js';
import { Timbang } from './timbang.js';
import { FormPage, Menu } from './formview.js';
import { Antrian, Perbaiki, SendButton } from './antrian.js';
import { Kiriman, KirimanWarga } from './koreksi.js';
import { PeriodeNotice } from './periode.js';

/** Fetches the day's data after login, and again on "Perbarui data" or when the kader changes Posyandu. */
function Prepare({ me }) {
  const dayData = useShared(data.day);
  const running = useShared(data.refreshing);
  const busy = running !== null;
  const checked = useShared(data.startChecked);
  const [error, setError] = useState(null);
  const run = async () => {
    setError(null);
    try {
      await data.refresh(me);
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => {
    if (!dayData) run();
  }, []);
  const switchTo = async (id) => {
    if (sync.waiting.get() > 0) {
      setError('Kirim dulu formulir yang menunggu, lalu pindah Posyandu.');
      return;
    }
    await data.choosePosyandu(me, id);
    run();
  };
  // data-siap: the day's data (WHO tables included) is on the phone, this start's refresh has been tried (with
  // signal it succeeded, without it the copy serves) and no refresh is running
  return h('div', { class: 'kartu', id: 'data-hari-ini', 'data-siap': String(!!dayData && !busy && checked) },
    me.posyanduIds.length > 1 && h(PosyanduChoice, { me, current: dayData && dayData.posyandu.id, onChange: switchTo, disabled: busy }),
    dayData
      ? h('p', { class: 'kecil-abu' }, `Data untuk bekerja tanpa sinyal diperbarui ${formatTime(dayData.refreshedAt)}.`)
      : h('p', null, 'Menyiapkan data Posyandu untuk bekerja tanpa sinyal…'),
    busy && h('p', { role: 'status' }, `Mengambil: ${running.step || 'data'}…`),
    error && h(Notice, { kind: 'galat' }, error),
    h('button', { type: 'button', class: 'tombol', onClick: run, disabled: busy, id: 'perbarui-data' }, 'Perbarui data'));
}

/** A kader serving several Posyandu works at one of them at a time; the phone keeps that one's data only. */
function PosyanduChoice({ me, current, onChange, disabled }) {
  const [names, setNames] = useState({});
  useEffect(() => {
    Promise.all(me.posyanduIds.map((id) => api.call(`/posyandu/${id}`).then((p) => [id, p.nama], () => [id, id])))
      .then((pairs) => setNames(Object.fromEntries(pairs)));
  }, []);
  return h('div', { class: 'isian' },
    h('label', { for: 'pilih-posyandu' }, 'Posyandu hari ini'),
    h('select', { id: 'pilih-posyandu', value: current || '', disabled, onChange: (e) => onChange(e.target.value) },
      me.posyanduIds.map((id) => h('option', { value: id }, names[id] || id))));
}

function Beranda({ me }) {
  const dayData = useShared(data.day);
  const posyandu = dayData && dayData.posyandu;
  return h('main', { class: 'halaman' },
    h('h1', null, posyandu ? posyandu.nama : 'Hari Posyandu'),
    posyandu && h('p', { class: 'kecil-abu' }, `${posyandu.desaNama || ''} · kader ${me.username}`),
    posyandu && h(PeriodeNotice, { posyanduId: posyandu.id }),
    h('nav', { class: 'menu-besar', 'aria-label': 'Menu kader' },
      h('a', { class: 'tombol utama', href: '#/timbang' }, 'Penimbangan balita (meja 1–5)'),
      h('a', { class: 'tombol', href: '#/warga' }, 'Cari atau daftar warga'),
      h('a', { class: 'tombol', href: '#/menu' }, 'Formulir layanan SPM'),
      h('a', { class: 'tombol', href: '#/antrian' }, 'Antrian kirim')),
    h(SendButton),
    h(Prepare, { me }));
}

export function KaderApp({ route, me }) {
  useEffect(() => {
    // with signal, the day's data is fetched again at every start of the app, so a module or menu switched on
    // since shows up; without, the phone's copy serves (and Beranda says how old it is)
    data.refreshOnStart(me);
  }, []);
  const [page, a, b] = route;
  switch (page) {
    case 'timbang': return h(Timbang, { wargaId: a, me });
    case 'warga':
      if (a === 'baru') return h(WargaBaru, { me });
      if (a && b === 'peristiwa') return h(PeristiwaPage, { wargaId: a, me });
      if (a) return h(WargaDetail, { id: a, after: (w, forms) => h(KirimanWarga, { warga: w, forms, me }) });
      return h(WargaSearch, { me });
    case 'menu': return h(Menu);
    case 'form':
      if (a === data.PENIMBANGAN && b) return h(Timbang, { wargaId: b, me });
      return h(FormPage, { formId: a, wargaId: b, me });
    case 'perbaiki': return h(Perbaiki, { itemKey: a, me });
    case 'kiriman': return h(Kiriman, { formId: a, id: b, me });
    case 'antrian': return h(Antrian);
    default: return h(Beranda, { me });
  }
}
