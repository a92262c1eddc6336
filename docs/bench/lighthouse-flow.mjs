// Lighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown) over the web app as its users meet it:
// the kader app's cold first load, the kader's Posyandu day after login, and the admin console after login.
// Driven by puppeteer-core in Debian's Chromium. Called by docs/bench/webapp.sh; prints one line per page.
//
//   node lighthouse-flow.mjs <app-url> <kader-user> <admin-user> <password> <report-dir>
import fs from 'node:fs';
import puppeteer from 'puppeteer-core';
import { startFlow, desktopConfig } from 'lighthouse';

const [url, kader, admin, password, reports] = process.argv.slice(2);
const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic'];

async function login(page, user) {
  await page.waitForSelector('#login-username', { visible: true });
  await page.type('#login-username', user);
  await page.type('#login-password', password);
  await page.click('#login-submit');
  await page.waitForSelector('#keluar', { timeout: 30000 });
}

function line(name, lhr) {
  const score = (c) => (lhr.categories[c] ? Math.round(lhr.categories[c].score * 100) : '-');
  const audit = (a) => lhr.audits[a] && lhr.audits[a].numericValue;
  const kb = audit('total-byte-weight');
  const tti = audit('interactive');
  console.log(`${name.padEnd(34)} performance ${score('performance')}, accessibility ${score('accessibility')}, `
    + `best practices ${score('best-practices')}; transferred ${kb ? (kb / 1024).toFixed(0) + ' KB' : '-'}, `
    + `time to interactive ${tti ? (tti / 1000).toFixed(2) + ' s' : '-'}`);
}

async function run(name, user, route, config) {
  const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: flags });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, { name, config });
    // a cold first load (no cache, no service worker): what a new phone downloads
    await flow.navigate(url, { name: name + ': first load' });
    if (user) {
      await login(page, user);
      // leave the page, so the next step is a full load (a change of the hash alone is no navigation)
      await page.goto('about:blank');
      // the logged-in screen, with what the first load left in the cache (as the kader sees it every day)
      await flow.navigate(url + route, { name: name + ': after login', flags: { disableStorageReset: true } });
    }
    const result = await flow.createFlowResult();
    for (const step of result.steps) {
      line(step.name, step.lhr);
    }
    fs.writeFileSync(`${reports}/${name.replace(/\W+/g, '-')}.html`, await flow.generateReport());
  } finally {
    await browser.close();
  }
}

fs.mkdirSync(reports, { recursive: true });
await run('kader (mobile)', kader, '#/', undefined);
await run('admin console (desktop)', admin, '#/admin/modul', desktopConfig);
await run('admin console (mobile)', admin, '#/admin/modul', undefined);
