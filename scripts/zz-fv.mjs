import { chromium } from 'playwright-core';
import { serveBuild } from './bench-common.mjs';
const server = await serveBuild(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < 4; i++) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const t = (window.__t = {});
    document.addEventListener('DOMContentLoaded', () => { t.dcl = performance.now(); });
    addEventListener('TrunkApplicationStarted', () => { t.started = performance.now(); });
    const iv = setInterval(() => { if (window.briefingEarlyData && !t.data) t.data = performance.now(); if (document.getElementById('first-view-zh') && !t.tpl) t.tpl = performance.now(); }, 1);
    new MutationObserver(() => { if (!t.card && document.querySelector('#projects article')) { t.card = performance.now(); t.fv = !!document.querySelector('.first-view'); } }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__t.started, null, { timeout: 60000 });
  console.log(JSON.stringify(await page.evaluate(() => Object.fromEntries(Object.entries(window.__t).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v) : v])))));
  await page.close();
}
await browser.close(); await server.close();
