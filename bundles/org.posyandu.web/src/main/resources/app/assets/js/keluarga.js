// A resident's household on the resident's page: the members of the No KK (head first), the mother–child
// links, and the children registered with this resident as their mother. From the server with signal, else
// from the phone's list of the Posyandu's residents.
import { h, useState, useEffect } from './lib.js';
import * as api from './api.js';
import * as data from './data.js';

export const HUBUNGAN = {
  kepala_keluarga: 'Kepala keluarga', suami: 'Suami', istri: 'Istri', anak: 'Anak', menantu: 'Menantu', cucu: 'Cucu',
  orang_tua: 'Orang tua', mertua: 'Mertua', famili_lain: 'Famili lain', pembantu: 'Pembantu', lainnya: 'Lainnya',
};

async function load(w) {
  try {
    const keluarga = w.noKk ? await api.call(`/keluarga/${w.noKk}`) : null;
    const anak = await api.call(`/warga?ibuId=${w.id}`);
    return { keluarga, anak };
  } catch (e) {
    const all = await data.wargaList();
    const anggota = w.noKk ? all.filter((x) => x.noKk === w.noKk) : [];
    const kepala = anggota.find((x) => x.hubunganKeluarga === 'kepala_keluarga');
    return {
      keluarga: w.noKk ? { noKk: w.noKk, kepalaKeluargaId: kepala ? kepala.id : null, anggota, anakBelumDiKk: [], ibuAnak: [] } : null,
      anak: all.filter((x) => x.ibuId === w.id),
    };
  }
}

function Orang({ x, kepalaId, peran }) {
  return h('li', { key: x.id, 'data-anggota-id': x.id, 'data-kepala': x.id === kepalaId ? 'true' : 'false' },
    h('a', { href: `#/warga/${x.id}` }, x.nama),
    h('span', { class: 'kecil-abu' }, ` ${peran || HUBUNGAN[x.hubunganKeluarga] || ''}${x.status && x.status !== 'aktif' ? ` · ${x.status}` : ''}`));
}

export function Keluarga({ w }) {
  const [info, setInfo] = useState(null);
  useEffect(() => {
    load(w).then(setInfo);
  }, [w.id]);
  if (!info) return null;
  const { keluarga, anak } = info;
  const nama = (id) => ((keluarga && keluarga.anggota.find((x) => x.id === id)) || {}).nama;
  return h('section', { id: 'keluarga' },
    h('h2', null, 'Keluarga'),
    keluarga ? h('div', null,
      h('p', { class: 'kecil-abu' }, `No KK ${keluarga.noKk}`),
      h('ul', { class: 'daftar', id: 'anggota-keluarga' }, keluarga.anggota.map((x) => h(Orang, { x, kepalaId: keluarga.kepalaKeluargaId })),
        keluarga.anakBelumDiKk.map((x) => h(Orang, { x, peran: 'Anak (belum di KK)' }))),
      keluarga.ibuAnak.length > 0 && h('ul', { class: 'daftar', id: 'ibu-anak' }, keluarga.ibuAnak.map((l) => h('li', { key: l.anakId, 'data-ibu-id': l.ibuId, 'data-anak-id': l.anakId },
        `${nama(l.ibuId) || 'Ibu'} → ${nama(l.anakId) || (keluarga.anakBelumDiKk.find((x) => x.id === l.anakId) || {}).nama || 'anak'}`))))
      : h('p', { class: 'kecil-abu' }, 'No KK belum diisi.'),
    anak.length > 0 && h('div', null, h('h3', null, 'Anak dari ibu ini'),
      h('ul', { class: 'daftar', id: 'anak-ibu' }, anak.map((x) => h(Orang, { x, peran: 'Anak' })))));
}
