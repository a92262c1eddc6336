// The app: one page, hash routes (#/...), kader screens or the admin console by the user's role.
import { h, render, useState, useEffect, useShared } from './lib.js';
import * as api from './api.js';
import * as db from './db.js';
import * as sync from './sync.js';
import * as data from './data.js';
import { LoginPage, ReloginDialog, TopBar } from './ui.js';
import { KaderApp } from './kader.js';

function useRoute() {
  const [route, setRoute] = useState(location.hash.replace(/^#/, '') || '/');
  useEffect(() => {
    const on = () => {
      setRoute(location.hash.replace(/^#/, '') || '/');
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route.split('/').filter(Boolean);
}

async function logout() {
  const n = sync.waiting.get();
  if (n > 0 && !confirm(`${n} formulir belum terkirim dan akan terhapus dari ponsel ini. Tetap keluar?`)) return;
  await api.logout();
  await db.wipe();
  if (window.caches) {
    // the shell stays (no personal data in it); anything else that was cached goes
    for (const key of await caches.keys()) if (!key.startsWith('shell-')) await caches.delete(key);
  }
  await sync.recount();
  location.hash = '#/';
}

function AdminLoader({ route, me }) {
  const [mod, setMod] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    import('./admin.js').then(setMod, setError);
  }, []);
  if (error) return h('main', { class: 'halaman' }, h('p', { role: 'alert' }, 'Konsol admin tidak dapat dimuat.'));
  return mod ? h(mod.AdminApp, { route, me }) : h('main', { class: 'halaman' }, h('p', null, 'Memuat konsol admin…'));
}

function App() {
  const me = useShared(api.user);
  const needPassword = useShared(api.loginNeeded);
  const route = useRoute();
  if (!me) return h(LoginPage);
  return h('div', { class: api.isAdmin(me) ? 'kerangka admin' : 'kerangka kader' },
    h(TopBar, { title: api.isAdmin(me) ? 'Posyandu · Admin' : 'Posyandu', onLogout: logout }),
    api.isAdmin(me) ? h(AdminLoader, { route, me }) : h(KaderApp, { route, me }),
    needPassword && h(ReloginDialog, { username: me.username, onDone: () => sync.kirim() }));
}

async function start() {
  window.addEventListener('online', () => { api.online.set(true); sync.kirim(); });
  window.addEventListener('offline', () => api.online.set(false));
  if (await api.restore()) await data.load(); // the first screen drawn whole: no layout shift
  await sync.recount();
  const root = document.getElementById('app');
  root.replaceChildren(); // the loading placeholder goes in the same task as the app comes: nothing shifts
  render(h(App), root);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(() => { /* the app works without it, only not offline */ });
  }
  sync.start();
}

start();
