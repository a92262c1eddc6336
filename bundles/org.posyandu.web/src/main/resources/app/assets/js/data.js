// What a Posyandu day needs, fetched once online and kept in IndexedDB: the Posyandu, its enabled forms with
// their JSON Schemas, the module and menu names, the sasaran list, each child's last weighings (for N/T and 2T),
// and the WHO tables. Reads go to the network first and fall back to the phone's copy.
import * as db from './db.js';
import * as api from './api.js';
import { shared, thisMonth, monthsBefore } from './lib.js';

export const PENIMBANGAN = 'kesehatan.penimbangan';
/** months of weighings kept per child: enough for N/T, 2T and "O" (not weighed last month) */
const HISTORY_MONTHS = 6;
const PAGE = 500;

/** {posyandu, refreshedAt} of the day's data on the phone, or null before the first refresh */
export const day = shared(null);

export async function load() {
  const posyandu = await db.meta('posyandu');
  const refreshedAt = await db.meta('siapPada');
  day.set(posyandu ? { posyandu, refreshedAt } : null);
  return day.get();
}

/** The Posyandu the kader works at today (a kader may serve several). */
export async function choosePosyandu(me, id) {
  const chosen = id || (await db.meta('posyanduId')) || me.posyanduIds[0];
  await db.setMeta('posyanduId', chosen);
  return chosen;
}

async function pages(path) {
  const out = [];
  for (let offset = 0; ; offset += PAGE) {
    const sep = path.includes('?') ? '&' : '?';
    const page = await api.call(`${path}${sep}offset=${offset}&limit=${PAGE}`);
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

/** {step} while the day's data is being fetched, null when not: one refresh at a time, seen by every screen */
export const refreshing = shared(null);
let inFlight = null;

/**
 * Refreshes the day's data from the server; a call while one runs joins it. Every part is replaced in one
 * transaction once it has arrived, so a dropped connection half-way leaves each part whole (the new one or the
 * previous one). Throws Offline / LoginNeeded like api.call.
 */
export function refresh(me) {
  if (!inFlight) {
    refreshing.set({ step: '' });
    inFlight = refreshDay(me, (step) => refreshing.set({ step })).finally(() => {
      inFlight = null;
      refreshing.set(null);
    });
  }
  return inFlight;
}

/** Whether this start of the app has tried its refresh yet (until then the phone's copy may be stale). */
export const startChecked = shared(false);

/**
 * At the start of the app: the phone's copy at once, then a refresh in the background (silently failing
 * without signal). Marked as refreshing from the first moment, so nothing reads "ready" from the old copy.
 */
export function refreshOnStart(me) {
  refreshing.set({ step: '' });
  return load().then(() => refresh(me)).catch(() => {}).finally(() => {
    if (!inFlight) refreshing.set(null);
    startChecked.set(true);
  });
}


async function refreshDay(me, progress) {
  const id = await choosePosyandu(me);
  progress('Posyandu');
  const posyandu = await api.call(`/posyandu/${id}`);
  progress('Formulir');
  const forms = await api.call(`/posyandu/${id}/forms`);
  const modules = await api.call('/modules');
  // each part is kept as soon as it has arrived: a connection lost half-way leaves the parts already here
  await db.replaceAll('forms', forms);
  await db.replaceAll('modules', modules);
  await db.setMeta('posyandu', posyandu);
  progress('Daftar sasaran');
  const warga = await pages(`/warga?posyanduId=${id}`);
  const local = (await db.all('warga')).filter((w) => w.lokal);
  await db.replaceAll('warga', [...warga, ...local]);
  if (forms.some((f) => f.id === PENIMBANGAN)) await db.replaceAll('riwayat', await history(id, progress));
  await db.setMeta('siapPada', new Date().toISOString());
  await load();
  progress('Tabel WHO');
  await referenceTables();
  return { forms: forms.length, warga: warga.length };
}

/** The last weighings of each child over the last months, newest first. */
async function history(posyanduId, progress) {
  progress('Riwayat penimbangan');
  const byChild = new Map();
  for (let i = 0; i < HISTORY_MONTHS; i++) {
    const periode = monthsBefore(thisMonth(), i);
    const list = await pages(`/posyandu/${posyanduId}/forms/${PENIMBANGAN}/submissions?periode=${periode}`);
    for (const s of list) {
      if (!s.wargaId) continue;
      if (!byChild.has(s.wargaId)) byChild.set(s.wargaId, []);
      byChild.get(s.wargaId).push({ tanggal: s.tanggal, ...s.data });
    }
  }
  return [...byChild.entries()].map(([wargaId, timbang]) => ({
    wargaId, timbang: timbang.sort((a, b) => b.tanggal.localeCompare(a.tanggal)).slice(0, HISTORY_MONTHS),
  }));
}

/** The WHO LMS tables and the KMS minimum-gain table: fetched after the first load, kept without expiry. */
export async function referenceTables() {
  const have = await db.get('referensi', 'antropometri');
  if (have) return have.v;
  try {
    const tables = await api.call('/spm/kesehatan/antropometri/tabel');
    await db.put('referensi', { k: 'antropometri', v: tables });
    return tables;
  } catch (e) {
    return null; // offline results wait for the server's answer
  }
}

export async function forms() {
  return db.all('forms');
}

export async function form(id) {
  return db.get('forms', id);
}

export async function modules() {
  return db.all('modules');
}

export async function wargaList() {
  return db.all('warga');
}

export async function warga(id) {
  return db.get('warga', id);
}

export async function lastWeighings(wargaId) {
  const row = await db.get('riwayat', wargaId);
  return row ? row.timbang : [];
}

/** A resident from the server when online (fresh), else the phone's copy. */
export async function wargaFresh(id) {
  if (id.startsWith('lokal-')) return warga(id);
  try {
    const w = await api.call(`/warga/${id}`);
    await db.put('warga', w);
    return w;
  } catch (e) {
    if (e.offline || e.loginNeeded) return warga(id);
    throw e;
  }
}
