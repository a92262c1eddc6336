// The API client: bearer tokens with refresh (rotated on every use), one refresh at a time, a deadline on every
// call, and errors as values the screens understand: offline, login needed, or the server's problem+json.
import * as db from './db.js';
import { shared } from './lib.js';

const BASE = '/api/v1';
const TIMEOUT_MS = 20000;

/** {username, role, wilayah, posyanduIds, ...} of the logged-in user, or null. */
export const user = shared(null);
/** true while a login has expired and the password is needed again (the queue waits, it is never dropped). */
export const loginNeeded = shared(false);
/** whether the last request reached the server (navigator.onLine alone lies on captive Wi-Fi). */
export const online = shared(navigator.onLine);

let tokens = null; // {access, refresh, expiresAt}
let refreshing = null;

export class Offline extends Error {
  constructor() {
    super('Tidak ada koneksi ke server.');
    this.offline = true;
  }
}

export class LoginNeeded extends Error {
  constructor() {
    super('Sesi berakhir: masukkan kata sandi lagi.');
    this.loginNeeded = true;
  }
}

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    // only a JSON answer comes from the platform (docs/api.md): an HTML 404 from the web server while the
    // platform starts is not a refusal of the data, and nothing queued is ever given up on it
    this.fromPlatform = !!problem;
  }

  /** The platform refused this request for what it says (4xx problem+json): resending it as it is will not help. */
  get refused() {
    return this.fromPlatform && this.status >= 400 && this.status < 500;
  }

  /** field → Indonesian message, from the problem's errors (data.x is the form field x). */
  fieldErrors() {
    const out = {};
    for (const e of this.problem.errors || []) {
      const field = (e.field || '').replace(/^data\./, '') || '_';
      if (!out[field]) out[field] = e.message || e.messageEn || e.rule;
    }
    return out;
  }
}

async function fetchWithDeadline(url, options) {
  if (navigator.onLine === false) {
    // no network at all: do not even try (a failed request is logged by the browser as an error)
    online.set(false);
    throw new Offline();
  }
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const r = await fetch(url, { ...options, signal: abort.signal, credentials: 'omit', cache: 'no-store' });
    online.set(true);
    return r;
  } catch (e) {
    online.set(false);
    throw new Offline();
  } finally {
    clearTimeout(timer);
  }
}

async function problemOf(r) {
  const type = r.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return await r.json();
    } catch (e) {
      return null;
    }
  }
  return null;
}

async function saveTokens(pair) {
  tokens = {
    access: pair.access_token,
    refresh: pair.refresh_token,
    expiresAt: Date.now() + (pair.expires_in - 30) * 1000,
  };
  await db.setMeta('tokens', tokens);
}

/** Restores the session kept on the phone (a reload, a reboot): no network needed. */
export async function restore() {
  tokens = (await db.meta('tokens')) || null;
  const me = (await db.meta('me')) || null;
  user.set(tokens && me ? me : null);
  return user.get();
}

export async function login(username, password) {
  const r = await fetchWithDeadline(`${BASE}/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new ApiError(r.status, await problemOf(r));
  const previous = await db.meta('me');
  if (previous && previous.username !== username) {
    await db.wipe(); // another person on this phone: nothing of the previous user's data may remain
  }
  await saveTokens(await r.json());
  const me = await call('/auth/me');
  await db.setMeta('me', me);
  loginNeeded.set(false);
  user.set(me);
  return me;
}

async function refresh() {
  if (!tokens || !tokens.refresh) throw new LoginNeeded();
  if (!refreshing) {
    refreshing = (async () => {
      const r = await fetchWithDeadline(`${BASE}/auth/refresh`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refresh_token: tokens.refresh }),
      });
      if (r.status === 400 || r.status === 401 || r.status === 422) {
        loginNeeded.set(true);
        throw new LoginNeeded();
      }
      if (!r.ok) throw new ApiError(r.status, await problemOf(r));
      await saveTokens(await r.json());
    })().finally(() => { refreshing = null; });
  }
  return refreshing;
}

/**
 * Calls the API. JSON in and out unless {raw: true} (then the Response). Throws Offline, LoginNeeded or ApiError.
 */
export async function call(path, { method = 'GET', body, raw = false, headers = {} } = {}) {
  if (!tokens) throw new LoginNeeded();
  if (Date.now() > tokens.expiresAt) await refresh();
  const send = () => fetchWithDeadline(`${BASE}${path}`, {
    method,
    headers: {
      Accept: raw ? '*/*' : 'application/json',
      Authorization: `Bearer ${tokens.access}`,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  let r = await send();
  if (r.status === 401) {
    await refresh();
    r = await send();
    if (r.status === 401) {
      loginNeeded.set(true);
      throw new LoginNeeded();
    }
  }
  if (!r.ok) throw new ApiError(r.status, await problemOf(r));
  if (raw) return r;
  return r.status === 204 ? null : r.json();
}

/** Ends the session on the server (best effort) and forgets the tokens. The caller wipes the phone's data. */
export async function logout() {
  const refreshToken = tokens && tokens.refresh;
  tokens = null;
  user.set(null);
  loginNeeded.set(false);
  if (refreshToken) {
    try {
      await fetchWithDeadline(`${BASE}/auth/logout`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refresh_token: refreshToken }),
      });
    } catch (e) {
      // offline: the refresh token expires by itself; it is gone from the phone either way
    }
  }
}

export function isAdmin(me) {
  return !!me && me.role !== 'KADER';
}
