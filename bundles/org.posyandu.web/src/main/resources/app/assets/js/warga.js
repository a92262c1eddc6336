import { h } from './lib.js';
export const WargaSearch = () => h('main', { class: 'halaman' }, 'Warga');
export const WargaBaru = WargaSearch;
export const WargaDetail = WargaSearch;
