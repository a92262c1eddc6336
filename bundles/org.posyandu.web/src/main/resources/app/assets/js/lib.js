// Preact and its hooks, loaded before the app's modules as the WebJar's UMD files (no bare import specifiers,
// so no import map and no build step are needed). Templates are plain h() calls.
export const { h, render, Fragment } = window.preact;
export const { useState, useEffect, useRef, useMemo, useCallback } = window.preactHooks;

/** A tiny observable value: the app's shared state (session, network, queue count) without a state library. */
export function shared(initial) {
  let value = initial;
  const listeners = new Set();
  return {
    get: () => value,
    set(next) {
      value = next;
      listeners.forEach((l) => l(value));
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/** Re-renders the component whenever the shared value changes. */
export function useShared(s) {
  const [value, setValue] = useState(s.get());
  useEffect(() => {
    setValue(s.get());
    return s.subscribe(setValue);
  }, [s]);
  return value;
}

/** Today as YYYY-MM-DD in the phone's time zone (the day a kader works in). */
export function today() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function thisMonth() {
  return today().slice(0, 7);
}

/** YYYY-MM of n months before the given YYYY-MM. */
export function monthsBefore(month, n) {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

export function pad(n) {
  return String(n).padStart(2, '0');
}

export function formatDate(iso) {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}-${m}-${y}`;
}

export function formatTime(instant) {
  if (!instant) return '';
  const d = new Date(instant);
  return `${formatDate(instant.slice(0, 10))} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function navigate(hash) {
  if (location.hash !== hash) location.hash = hash;
}
