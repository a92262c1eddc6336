// The durable queue: every saved form is in IndexedDB with its Idempotency-Key before anything is sent, and
// leaves the "waiting" count only when the server has answered for it. Residents registered offline go first
// (POST /warga); the forms about them follow with the server's id. Forms go through POST /sync, each item
// answered on its own: 201 stored, 200 replayed (stored earlier), 4xx refused with the field errors. Corrections
// (PUT) and voids (POST .../batal) of stored forms follow, one request each with the item's Idempotency-Key.
import * as db from './db.js';
import * as api from './api.js';
import { shared } from './lib.js';

export const STATUS = { WAITING: 'menunggu', STORED: 'tersimpan', REPLAYED: 'diulang', REFUSED: 'ditolak' };
/** forms not on the server yet: waiting to be sent, or refused and waiting for a fix */
export const waiting = shared(0);
export const sending = shared(false);
/** the last round: {at, sent, stored, refused, error} */
export const lastRound = shared(null);

const BATCH = 500; // the server's limit per /sync call
const RETRY_MS = 60000;
const listeners = new Set();
let round = null;

/** Called with each item whose status changed (a screen waiting for its weighing's result listens). */
export function onItem(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function items() {
  const list = await db.all('antrian');
  return list.sort((a, b) => a.dibuat.localeCompare(b.dibuat));
}

export function item(key) {
  return db.get('antrian', key);
}

export async function recount() {
  const list = await db.all('antrian');
  waiting.set(list.filter((i) => i.status === STATUS.WAITING || i.status === STATUS.REFUSED).length);
}

async function store(item) {
  await db.put('antrian', item);
  listeners.forEach((l) => l(item));
}

/**
 * Saves a form on the phone: it gets its Idempotency-Key now, so however often it is sent, it is stored once.
 * Resolves once the item is durable in IndexedDB; sending starts in the background.
 */
export async function saveForm({ formId, posyanduId, wargaId, tanggal, data, label }) {
  const item = {
    key: crypto.randomUUID(), jenis: 'form', formId, posyanduId, wargaId: wargaId || null, tanggal, data, label,
    status: STATUS.WAITING, dibuat: new Date().toISOString(),
  };
  await store(item);
  await recount();
  kirim();
  return item;
}

/**
 * A correction ({jenis: 'ubah'}: the full new values, optional alasan) or a void ({jenis: 'batal'}: alasan) of a
 * stored form, queued like a form: it has its Idempotency-Key now, so however often it is sent it happens once.
 */
export async function saveChange({ jenis, formId, posyanduId, submissionId, wargaId, tanggal, tanggalLama, data, alasan, label }) {
  const item = {
    key: crypto.randomUUID(), jenis, formId, posyanduId, submissionId, wargaId: wargaId || null, tanggal, tanggalLama,
    data, alasan, label, status: STATUS.WAITING, dibuat: new Date().toISOString(),
  };
  await store(item);
  await recount();
  kirim();
  return item;
}

/** The phone's copy of a stored form (sent from this phone), by the server's id; for working without signal. */
export async function storedSubmission(id) {
  const sent = (await items()).filter((i) => i.submission && i.submission.id === id);
  return sent.length ? sent[sent.length - 1].submission : null;
}

/** A resident registered without signal: kept under a local id until the server gives the real one. */
export async function saveWarga(input, label) {
  const localId = `lokal-${crypto.randomUUID()}`;
  const item = {
    key: crypto.randomUUID(), jenis: 'warga', localId, input, label, status: STATUS.WAITING,
    dibuat: new Date().toISOString(),
  };
  await db.put('warga', { ...input, id: localId, lokal: true, kelompokSasaran: [] });
  await store(item);
  await recount();
  kirim();
  return { item, localId };
}

/**
 * A life event of a resident recorded without signal (the resident may be a local one still), under the key of the
 * attempt made online if there was one (its answer may have been lost after the server recorded it).
 */
export async function savePeristiwa({ key = crypto.randomUUID(), wargaId, input, label }) {
  const item = {
    key, jenis: 'peristiwa', wargaId, input, label, tanggal: input.tanggal,
    status: STATUS.WAITING, dibuat: new Date().toISOString(),
  };
  await store(item);
  await recount();
  kirim();
  return item;
}

export async function discard(key) {
  await db.remove('antrian', key);
  await recount();
}

/** Removes what the server has stored (it stays on the server, and in the chart and reports). */
export async function clearSent() {
  for (const i of await db.all('antrian')) {
    if (i.status === STATUS.STORED || i.status === STATUS.REPLAYED) await db.remove('antrian', i.key);
  }
  await recount();
}

/** Sends everything waiting; one round at a time (a second call joins the running one). */
export function kirim() {
  if (!round) {
    round = sendAll().finally(() => {
      round = null;
      sending.set(false);
    });
  }
  return round;
}

async function sendAll() {
  const pending = (await items()).filter((i) => i.status === STATUS.WAITING);
  if (!pending.length || !api.user.get()) return lastRound.get();
  sending.set(true);
  const summary = { at: new Date().toISOString(), sent: 0, stored: 0, refused: 0, error: null };
  try {
    for (const w of pending.filter((i) => i.jenis === 'warga')) await sendWarga(w, summary);
    const forms = (await items()).filter((i) => i.status === STATUS.WAITING && i.jenis === 'form'
      && !(i.wargaId || '').startsWith('lokal-'));
    for (let i = 0; i < forms.length; i += BATCH) await sendForms(forms.slice(i, i + BATCH), summary);
    const changes = (await items()).filter((i) => i.status === STATUS.WAITING && (i.jenis === 'ubah' || i.jenis === 'batal'));
    for (const c of changes) await sendChange(c, summary);
    const events = (await items()).filter((i) => i.status === STATUS.WAITING && i.jenis === 'peristiwa'
      && !(i.wargaId || '').startsWith('lokal-'));
    for (const e of events) await sendPeristiwa(e, summary);
  } catch (e) {
    summary.error = e.offline ? 'offline' : e.loginNeeded ? 'login' : (e.message || 'galat');
  }
  await recount();
  lastRound.set(summary);
  return summary;
}

async function sendWarga(item, summary) {
  let id = null;
  try {
    const created = await api.call('/warga', { method: 'POST', body: item.input });
    id = created.id;
    await db.put('warga', created);
    item.status = STATUS.STORED;
  } catch (e) {
    if (e.status === 409 && e.problem.existing) {
      // already registered (an earlier attempt whose answer was lost, or by another kader): the same person
      id = e.problem.existing.split('/').pop();
      item.status = STATUS.REPLAYED;
    } else if (e.refused) {
      item.status = STATUS.REFUSED;
      item.problem = e.problem;
      summary.refused++;
      await store(item);
      return;
    } else {
      throw e;
    }
  }
  summary.sent++;
  summary.stored++;
  item.wargaId = id;
  await db.remove('warga', item.localId);
  if (item.status === STATUS.REPLAYED) {
    try {
      await db.put('warga', await api.call(`/warga/${id}`));
    } catch (e) { /* it is found on the next refresh */ }
  }
  // everything that named the local id now names the server's
  for (const other of await db.all('antrian')) {
    let changed = false;
    if (other.wargaId === item.localId) { other.wargaId = id; changed = true; }
    if (other.input && other.input.ibuId === item.localId) { other.input.ibuId = id; changed = true; }
    if (changed) await store(other);
  }
  await store(item);
}

async function sendForms(batch, summary) {
  const body = {
    submissions: batch.map((i) => ({
      idempotencyKey: i.key, posyanduId: i.posyanduId, formId: i.formId, wargaId: i.wargaId || undefined,
      tanggal: i.tanggal, data: i.data,
    })),
  };
  const answer = await api.call('/sync', { method: 'POST', body });
  const byKey = new Map(answer.results.map((r) => [r.idempotencyKey, r]));
  for (const item of batch) {
    const r = byKey.get(item.key);
    if (!r) continue;
    summary.sent++;
    if (r.status === 201 || r.status === 200) {
      item.status = r.status === 201 ? STATUS.STORED : STATUS.REPLAYED;
      item.submission = r.submission;
      item.problem = null;
      summary.stored++;
      await remember(item);
    } else if (r.status >= 400 && r.status < 500) {
      item.status = STATUS.REFUSED;
      item.problem = r.problem;
      summary.refused++;
    } else {
      item.lastError = `HTTP ${r.status}`; // the server's fault: sent again on the next round
    }
    await store(item);
  }
}

/**
 * One queued write sent as its own request with the item's Idempotency-Key, so it happens once however often it is
 * sent: 201/200 is stored (or replayed: the first answer was lost), a refusal keeps the server's problem; no signal
 * or the server's fault throws and leaves it waiting. {stored(answer)} runs on the server's answer.
 */
async function sendKeyed(item, summary, path, method, body, stored = async () => {}) {
  try {
    const r = await api.call(path, { method, body, raw: true, headers: { 'Idempotency-Key': item.key } });
    item.status = r.headers.get('Idempotent-Replayed') === 'true' ? STATUS.REPLAYED : STATUS.STORED;
    item.problem = null;
    summary.stored++;
    await stored(await r.json());
  } catch (e) {
    if (!e.refused) throw e; // no signal or the server's fault: sent again on the next round
    item.status = STATUS.REFUSED;
    item.problem = e.problem;
    summary.refused++;
  }
  summary.sent++;
  await store(item);
}

/** A correction (PUT) or a void of a stored form. */
function sendChange(item, summary) {
  const path = `/posyandu/${item.posyanduId}/forms/${item.formId}/submissions/${item.submissionId}`;
  const ubah = item.jenis === 'ubah';
  const body = ubah
    ? { wargaId: item.wargaId || undefined, tanggal: item.tanggal, data: item.data, alasan: item.alasan || undefined }
    : { alasan: item.alasan };
  return sendKeyed(item, summary, ubah ? path : `${path}/batal`, ubah ? 'PUT' : 'POST', body, async (answer) => {
    await remember(ubah ? { ...item, submission: answer } : item);
    item.submission = ubah ? answer : null;
  });
}

/**
 * Life events go after the forms (a visit dated on or before a death is still accepted); like a form, an event
 * resent after a lost answer is recorded once (the server answers the first one, Idempotent-Replayed).
 */
function sendPeristiwa(item, summary) {
  return sendKeyed(item, summary, `/warga/${item.wargaId}/peristiwa`, 'POST', item.input);
}

/**
 * A stored weighing becomes the child's latest for the next N/T on this phone; a corrected one replaces the one
 * it was (by its old date), a voided one leaves.
 */
async function remember(item) {
  if (item.formId !== 'kesehatan.penimbangan' || !item.wargaId && !(item.submission && item.submission.wargaId)) return;
  const s = item.submission;
  const wargaId = s ? s.wargaId : item.wargaId;
  const row = (await db.get('riwayat', wargaId)) || { wargaId, timbang: [] };
  const gone = new Set([s && s.tanggal, item.tanggalLama, item.jenis === 'batal' ? item.tanggal : null].filter(Boolean));
  row.timbang = [...(s ? [{ tanggal: s.tanggal, ...s.data }] : []), ...row.timbang.filter((t) => !gone.has(t.tanggal))]
    .sort((a, b) => b.tanggal.localeCompare(a.tanggal)).slice(0, 6);
  await db.put('riwayat', row);
}

/** Sends when the connection comes back, and every minute while something waits. */
export function start() {
  kirim();
  setInterval(() => {
    if (waiting.get() > 0 && !api.loginNeeded.get()) kirim();
  }, RETRY_MS);
}
