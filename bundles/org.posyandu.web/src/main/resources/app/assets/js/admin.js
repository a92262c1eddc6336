import { h } from './lib.js';
export const AdminApp = () => h('main', { class: 'halaman' }, h('h1', null, 'Konsol admin'));
