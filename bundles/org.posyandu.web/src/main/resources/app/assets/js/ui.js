// Shared pieces of every screen: the top bar (queue badge, network state, logout), the login form, messages.
import { h, useState, useEffect, useRef, useShared } from './lib.js';
import * as api from './api.js';
import { waiting } from './sync.js';

export function NetworkStatus() {
  const on = useShared(api.online);
  return h('span', { id: 'status-jaringan', class: on ? 'jaringan on' : 'jaringan off', 'data-online': String(on), role: 'status' },
    on ? 'Terhubung' : 'Tanpa sinyal');
}

export function QueueBadge() {
  const n = useShared(waiting);
  return h('a', {
    id: 'antrian-badge', href: '#/antrian', class: n > 0 ? 'badge ada' : 'badge',
    'aria-label': `${n} formulir menunggu dikirim`, title: `${n} formulir menunggu dikirim`,
  }, String(n));
}

export function TopBar({ title, onLogout }) {
  return h('header', { class: 'bar' },
    h('a', { href: '#/', class: 'judul' }, title || 'Posyandu'),
    h('div', { class: 'bar-kanan' },
      h(NetworkStatus), h(QueueBadge),
      h('button', { id: 'keluar', type: 'button', class: 'tombol kecil', onClick: onLogout }, 'Keluar')));
}

export function Notice({ kind = 'info', children }) {
  return h('div', { class: `pesan ${kind}`, role: kind === 'galat' ? 'alert' : 'status' }, children);
}

/** A message for an error thrown by api.call, in Indonesian. */
export function errorText(e) {
  if (!e) return '';
  if (e.offline) return 'Tidak ada koneksi ke server. Coba lagi saat ada sinyal.';
  if (e.loginNeeded) return 'Sesi berakhir: masukkan kata sandi lagi.';
  if (e.status === 429) return 'Terlalu banyak percobaan masuk. Tunggu sebentar lalu coba lagi.';
  if (e.status === 401) return 'Nama pengguna atau kata sandi salah.';
  const errs = e.problem && e.problem.errors;
  if (errs && errs.length) return errs.map((x) => x.message || x.messageEn).join(' ');
  return e.message || String(e);
}

/**
 * A form's submit handler: runs send() then done(), with busy and the error in Indonesian. The admin forms and
 * the login share it.
 */
export function useSubmit(send, done = () => {}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const submit = async (ev) => {
    ev.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await done(await send());
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

/** The login form; with {username} fixed it is the "session ended, password again" prompt. */
export function LoginForm({ username: fixed, onDone }) {
  const [username, setUsername] = useState(fixed || '');
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmit(() => api.login(username.trim(), password), (me) => onDone && onDone(me));
  return h('form', { class: 'kartu masuk', onSubmit: submit, 'aria-busy': String(busy) },
    h('label', { for: 'login-username' }, 'Nama pengguna'),
    h('input', {
      id: 'login-username', name: 'username', autocomplete: 'username', autocapitalize: 'none', spellcheck: false,
      required: true, value: username, readOnly: !!fixed, onInput: (e) => setUsername(e.target.value),
    }),
    h('label', { for: 'login-password' }, 'Kata sandi'),
    h('input', {
      id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
      value: password, onInput: (e) => setPassword(e.target.value),
    }),
    error && h(Notice, { kind: 'galat' }, error),
    h('button', { id: 'login-submit', type: 'submit', class: 'tombol utama', disabled: busy }, busy ? 'Memeriksa…' : 'Masuk'));
}

export function LoginPage() {
  return h('main', { class: 'halaman sempit' },
    h('h1', null, 'Posyandu'),
    h('p', null, 'Masuk sekali saat ada sinyal; setelah itu aplikasi tetap bisa dipakai tanpa sinyal.'),
    h(LoginForm));
}

/** Shown over any screen when the login has expired: nothing is lost, the queue waits for the password. */
export function ReloginDialog({ username, onDone }) {
  return h('div', { class: 'latar-dialog' },
    h('div', { class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'judul-relogin' },
      h('h2', { id: 'judul-relogin' }, 'Sesi berakhir'),
      h('p', null, 'Formulir yang belum terkirim tetap tersimpan di ponsel. Masukkan kata sandi untuk mengirimnya.'),
      h(LoginForm, { username, onDone })));
}

/** A labelled input for the admin screens. */
export function Input({ id, label, value, onInput, type = 'text', required, ...rest }) {
  return h('div', { class: 'isian' },
    h('label', { for: id }, label, required ? ' *' : ''),
    h('input', { id, name: id, type, value: value == null ? '' : value, required, onInput: (e) => onInput(e.target.value), ...rest }));
}

export function Select({ id, label, value, onChange, options, required }) {
  return h('div', { class: 'isian' },
    h('label', { for: id }, label, required ? ' *' : ''),
    h('select', { id, name: id, value: value == null ? '' : value, required, onChange: (e) => onChange(e.target.value) },
      options.map(([v, text]) => h('option', { value: v }, text))));
}

/** A field's error line (empty when none): the one place its id, class, selector and live region are set. */
export function ErrorText({ name, text }) {
  return h('p', { id: `galat-${name}`, class: 'galat-isian', 'data-error-for': name, 'aria-live': 'polite' }, text || '');
}

/**
 * Scrolls to and focuses the first field in error, in the order the form shows them ([data-error-for] lines with a
 * text): the field's control (by name, or the one its error line describes; a choice's first radio or check box), or
 * the message itself for what has no control (wargaId, a general refusal).
 */
function focusFirstError(form) {
  if (!form) return;
  const line = [...form.querySelectorAll('[data-error-for]')].find((el) => el.textContent.trim());
  if (!line) return;
  const name = line.getAttribute('data-error-for');
  const control = form.querySelector(`[name="${name}"]`) || form.querySelector(`[aria-describedby~="galat-${name}"]`);
  let target = control && control.matches('fieldset') ? control.querySelector('input') : control;
  if (!target) {
    line.tabIndex = -1;
    target = line;
  }
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/**
 * After a refused "Simpan" (the phone's check or the server's answer) the form moves to its first error, wherever
 * the kader was looking. Answers [ref for the form element, refused() to call on each refusal]; {initially}: the
 * form opens with a refusal to show.
 */
export function useFirstErrorFocus(initially = false) {
  const ref = useRef(null);
  const [refusals, setRefusals] = useState(initially ? 1 : 0);
  useEffect(() => {
    if (refusals) focusFirstError(ref.current);
  }, [refusals]);
  return [ref, () => setRefusals((n) => n + 1)];
}
