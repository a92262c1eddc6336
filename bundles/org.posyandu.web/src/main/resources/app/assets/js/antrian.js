import { h } from './lib.js';
export const Antrian = () => h('main', { class: 'halaman' }, 'Antrian');
export const SendButton = () => null;
