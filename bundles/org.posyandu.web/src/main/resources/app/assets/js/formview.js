import { h } from './lib.js';
export const FormPage = () => h('main', { class: 'halaman' }, 'Form');
export const Menu = FormPage;
