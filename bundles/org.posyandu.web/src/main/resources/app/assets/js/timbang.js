import { h } from './lib.js';
export const Timbang = () => h('main', { class: 'halaman' }, 'Timbang');
