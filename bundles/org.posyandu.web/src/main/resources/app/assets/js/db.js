// The phone's copy of what a Posyandu day needs, in IndexedDB: it survives a reload, a closed browser and a
// reboot. A thin promise wrapper over the standard API (no WebJar of a wrapper library resolves from Maven
// Central here).
const NAME = 'posyandu';
const VERSION = 1;
/** key paths of the object stores */
const STORES = {
  meta: 'k', // session, user, chosen Posyandu, last refresh
  forms: 'id', // the enabled forms with their JSON Schemas
  modules: 'id', // module and menu names
  warga: 'id', // the sasaran of the kader's Posyandu
  riwayat: 'wargaId', // the last weighings of each child (N/T, 2T)
  antrian: 'key', // the queue: every saved form, by its Idempotency-Key
  referensi: 'k', // WHO LMS tables and the KMS minimum-gain table (no personal data)
};

let opening = null;

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const req = indexedDB.open(NAME, VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        for (const [store, keyPath] of Object.entries(STORES)) {
          if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath });
        }
      };
      req.onsuccess = () => {
        const db = req.result;
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('IndexedDB diblokir tab lain'));
    });
  }
  return opening;
}

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function tx(stores, mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(stores, mode);
    let result;
    Promise.resolve(work(t)).then((r) => { result = r; }, reject);
    t.oncomplete = () => resolve(result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error || new Error('transaksi dibatalkan'));
  });
}

export function get(store, key) {
  return tx([store], 'readonly', (t) => request(t.objectStore(store).get(key)));
}

export function all(store) {
  return tx([store], 'readonly', (t) => request(t.objectStore(store).getAll()));
}

/** Durable once the promise resolves: the transaction has committed. */
export function put(store, value) {
  return tx([store], 'readwrite', (t) => request(t.objectStore(store).put(value)));
}

export function remove(store, key) {
  return tx([store], 'readwrite', (t) => request(t.objectStore(store).delete(key)));
}

/** Replaces a store's content in one transaction: readers never see half a list. */
export function replaceAll(store, values) {
  return tx([store], 'readwrite', (t) => {
    const s = t.objectStore(store);
    s.clear();
    values.forEach((v) => s.put(v));
  });
}

export async function meta(key) {
  const row = await get('meta', key);
  return row ? row.v : undefined;
}

export function setMeta(key, v) {
  return put('meta', { k: key, v });
}

/** Everything the phone holds, personal data first: used by logout. */
export async function wipe() {
  const stores = Object.keys(STORES).filter((s) => s !== 'referensi');
  await tx(stores, 'readwrite', (t) => stores.forEach((s) => t.objectStore(s).clear()));
}
