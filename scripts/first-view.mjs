#!/usr/bin/env node
// The first view: what the explorer shows for the site's default dataset at the addresses a
// reader opens it at (the address with no view, and on a site of several briefings "all
// briefings", `#briefing=all`, which the briefing picker writes), rendered once at build time by
// the release build itself in headless Chromium and written into DIST/index.html as one
// <template> per address and interface language. The page's early script (index.html) shows the
// matching template as soon as the dataset's bytes have arrived, if they are the ones the
// template was made from (their length and `fingerprint`), the address is exactly the template's
// and the browser's languages pick that template's language; the app then replaces it in its
// first render (src/app/mod.rs, `first_view`). A reader sees the briefing without waiting for
// the wasm to download and compile; a changed data file, any other address or another language
// simply gets no first view.
//
// usage: node scripts/first-view.mjs --dist DIST
//
// The template holds the app's own markup with four changes: no `style` attributes (the page's
// Content-Security-Policy refuses inline styles in markup; the early script applies each
// element's `data-css` through the CSSOM, as the app does), canvases left blank (the app draws
// them), no printed "This view:" address (it would be the build's local server's), and a
// briefing picker listing only the chosen briefing (as the app's first render does).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/static-server.mjs';
import { addCsp } from './add-csp.mjs';
import { FIRST_VIEW, SHOW_SCRIPT } from './first-view-markup.mjs';

const { values } = parseArgs({ options: { dist: { type: 'string' } } });
if (!values.dist) {
  console.error('usage: node scripts/first-view.mjs --dist DIST');
  process.exit(2);
}
const dist = path.resolve(values.dist);
const indexFile = path.join(dist, 'index.html');
const dataFile = path.join(dist, 'data', 'briefings.json');

/** The interface languages, each with a browser locale that picks it (`Language::preferred`). */
const LANGUAGES = [
  { code: 'en', locale: 'en-US' },
  { code: 'zh', locale: 'zh-CN' },
];

/**
 * FNV-1a's step (32 bits) over the file's bytes read as 32-bit little-endian words, then over its
 * last one to three bytes one by one, as 8 hex digits: the early script in index.html computes the
 * same over the fetched bytes (a quarter of the steps of a byte-wise FNV-1a). Not a defence
 * against anyone, only a cheap way to tell whether the data file is still the one the first view
 * was made from: a change to any one word always changes it.
 */
function fingerprint(bytes) {
  let hash = 0x811c9dc5;
  const wholeWords = bytes.length - (bytes.length % 4);
  for (let i = 0; i < wholeWords; i += 4) hash = Math.imul(hash ^ bytes.readUInt32LE(i), 0x01000193) >>> 0;
  for (let i = wholeWords; i < bytes.length; i += 1) hash = Math.imul(hash ^ bytes[i], 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * The app's markup in `page` once it has settled, ready for a template: the first card is there,
 * the sections below the project list too (the app renders them after its first paint when,
 * as here, no first view is on screen), and every chart shown has its size (and so its bars'
 * accessible overlay, which comes with the size; the copy for paper is drawn only as printing
 * begins). Taken any sooner, the first view would
 * depend on how fast the build's machine was.
 */
async function renderedApp(page) {
  await page.locator('#projects article').first().waitFor();
  await page.waitForFunction(() => {
    const below = document.querySelector('#app section.charts') && document.querySelector('#app #source');
    const sized = [...document.querySelectorAll('canvas.chart-canvas:not(.print-only)')]
      .every((canvas) => canvas.closest('[hidden]') || canvas.hasAttribute('width'));
    return below && sized;
  });
  return page.evaluate(() => {
    const app = document.getElementById('app').cloneNode(true);
    for (const element of app.querySelectorAll('[style]')) element.removeAttribute('style');
    // The briefing picker keeps "All briefings" and the chosen briefing, as the app's first
    // render lists them: a closed picker shows no more, and a thousand briefings' options
    // would make most of the page's size.
    for (const option of app.querySelectorAll('.briefing-picker option:not([selected]):not([value="all"])')) option.remove();
    // The printed "This view:" line names the address the page was rendered at, here the
    // build's own local server; the app writes the reader's.
    for (const element of app.querySelectorAll('.print-view-url')) element.remove();
    return app.innerHTML;
  });
}

// A first view from an earlier run would be shown, and taken for the app's own render.
const html = fs.readFileSync(indexFile, 'utf8').replace(FIRST_VIEW, '');
// The templates go where the page's markup marks their place.
const PLACE = '<!-- first views:';
if (!html.includes(PLACE)) throw new Error(`${indexFile} has no ${PLACE} -->`);
fs.writeFileSync(indexFile, html);
const data = fs.readFileSync(dataFile);
const attributes = `data-length="${data.length}" data-hash="${fingerprint(data)}"`;
// "All briefings" is a view of its own only where there are several.
const ADDRESSES = JSON.parse(data.toString('utf8')).briefings.length > 1 ? ['', '#briefing=all'] : [''];
const server = await startServer({ root: dist, host: '127.0.0.1', port: 0, quiet: true });
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};
// Headless Chromium here has crashed on start once in many hundred launches (SIGSEGV before its
// first page); the build is not failed for that, but a second crash is a real problem.
const browser = await chromium.launch(launchOptions).catch((error) => {
  console.warn(`first-view: Chromium did not start (${error.message.split('\n')[0]}); trying once more`);
  return chromium.launch(launchOptions);
});
const templates = [];
try {
  for (const address of ADDRESSES) {
    for (const { code, locale } of LANGUAGES) {
      const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url + address);
      const markup = await renderedApp(page);
      const lang = await page.evaluate(() => document.documentElement.lang);
      if (errors.length) throw new Error(`the page failed while rendering its first view at "${address}": ${errors.join('; ')}`);
      templates.push(`<template data-first-view="${code}" data-address="${address}" data-lang="${lang}" ${attributes}>${markup}</template>\n    ${SHOW_SCRIPT}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const withTemplates = html.replace(PLACE, `${templates.join('\n    ')}\n    ${PLACE}`);
// The page's Content-Security-Policy (a release build's, scripts/add-csp.mjs) allows inline
// scripts by their hashes: it must now allow the show scripts too.
fs.writeFileSync(indexFile, /http-equiv="Content-Security-Policy"/.test(withTemplates) ? addCsp(withTemplates) : withTemplates);
const size = templates.reduce((sum, template) => sum + template.length, 0);
console.log(`first-view: ${ADDRESSES.map((address) => `"${address}"`).join(', ')} in ${LANGUAGES.map(({ code }) => code).join(', ')} written into ${path.relative(process.cwd(), indexFile)} (${(size / 1024).toFixed(1)} KiB)`);
