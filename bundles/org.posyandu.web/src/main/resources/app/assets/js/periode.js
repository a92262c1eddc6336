// The kader's view of verification: this month and the one before, when the desa sent the data back (with its
// reason) or the kabupaten locked it. Read with signal only; without it nothing is shown.
import { h, useState, useEffect, thisMonth, monthsBefore } from './lib.js';
import * as api from './api.js';
import { Notice } from './ui.js';

/** For the kader's home screen: this month and the one before, when sent back (with the reason) or locked. */
export function PeriodeNotice({ posyanduId }) {
  const [states, setStates] = useState([]);
  useEffect(() => {
    if (!posyanduId) return;
    const months = [thisMonth(), monthsBefore(thisMonth(), 1)];
    Promise.all(months.map((m) => api.call(`/posyandu/${posyanduId}/periode/${m}`).catch(() => null)))
      .then((list) => setStates(list.filter((s) => s && (s.status === 'dikembalikan' || s.status === 'dikunci'))));
  }, [posyanduId]);
  return h('div', { id: 'status-periode' }, states.map((s) => h(Notice, { kind: s.status === 'dikembalikan' ? 'galat' : 'info', key: s.periode },
    h('span', { 'data-periode': s.periode, 'data-status': s.status },
      s.status === 'dikembalikan'
        ? `Data bulan ${s.periode} dikembalikan oleh desa: ${s.alasan || ''}. Perbaiki lalu minta diverifikasi lagi.`
        : `Data bulan ${s.periode} sudah dikunci kabupaten; data baru untuk bulan itu akan ditolak.`))));
}
