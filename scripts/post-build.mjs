#!/usr/bin/env node
// Trunk's post-build hook (Trunk.toml), for each of the site's two pages. Trunk builds one HTML
// page per run (scripts/build-site.sh runs it for edit.html, then for index.html) and starts the
// hooks of one stage at the same time; the steps that rewrite a page run here, one after the
// other:
//   1. scripts/place-data.mjs, for the explorer (index.html) only: data/ (dataset, sources,
//      index.json) into the build, and the dataset's title in <title> and the og: tags. The
//      editor's build places no data: it lands in the same folder as the explorer's, whose data/
//      it reads;
//      then scripts/app-start.mjs: its app starts after the first view (its loader waits);
//      for the editor (edit.html), app-start.mjs's editorPreload only: its wasm preload
//      without the integrity attribute Chromium warns it cannot check;
//      then scripts/worker-loader.mjs: the file checker's worker loader starts its wasm in the
//      form wasm-bindgen asks for (no deprecation warning in the worker);
//      and, for either page, scripts/start-watch.mjs: the watch that shows "Loading…", or the
//      notice that the app could not start when a file of it fails;
//   2. scripts/minify-css.mjs (release builds only): the style sheets without their comments
//      and spare whitespace, and the page's integrity attributes for them to match;
//   3. scripts/add-csp.mjs (release builds only): the Content-Security-Policy of the page this
//      run built (index.html or edit.html), last, because it hashes the page's inline scripts;
//   4. scripts/merge-build.mjs, for the explorer when BRIEFING_EDITOR_DIST names the editor's
//      build: its files (edit.html and its bundle, already with their policy) beside the
//      explorer's, in the staging folder, before Trunk moves it into place.
//
// Trunk gives the hook the source page (TRUNK_HTML_FILE), not the name it writes
// (--html-output); the page built is the one .html file in the staging folder.
import fs from 'node:fs';
import path from 'node:path';
import { addCsp } from './add-csp.mjs';
import { deferAppStart, editorPreload } from './app-start.mjs';
import { mergeBuild } from './merge-build.mjs';
import { minifyStylesheets } from './minify-css.mjs';
import { placeData } from './place-data.mjs';
import { withStartWatch } from './start-watch.mjs';
import { modernWorkerLoader } from './worker-loader.mjs';

function fail(message) {
  console.error(`post-build: ${message}`);
  process.exit(1);
}

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail('TRUNK_STAGING_DIR is not set (run by Trunk)');
const source = path.basename(process.env.TRUNK_HTML_FILE ?? 'index.html');
const pages = fs.readdirSync(staging).filter((name) => name.endsWith('.html'));
const explorer = source === 'index.html';
if (pages.length !== 1) fail(`expected the one page Trunk built in ${staging}, found: ${pages.join(', ') || 'none'}`);
if (!explorer && pages[0] === 'index.html') {
  fail(`${source} was written as index.html; build it with --html-output ${source} (scripts/build-site.sh does)`);
}
const release = process.env.TRUNK_PROFILE === 'release';

/** Rewrites `file` in place with `transform`, or fails the build naming the file. */
function rewrite(file, transform) {
  try {
    fs.writeFileSync(file, transform(fs.readFileSync(file, 'utf8')));
  } catch (err) {
    fail(`${file}: ${err.message}`);
  }
}

const page = path.join(staging, pages[0]);
if (explorer) {
  placeData(path.resolve(staging));
  rewrite(page, deferAppStart);
  console.log(`post-build: ${page}: the app starts after the first view`);
  for (const loader of fs.readdirSync(staging).filter((name) => name.endsWith('_loader.js'))) {
    const loaderFile = path.join(staging, loader);
    rewrite(loaderFile, modernWorkerLoader);
    console.log(`post-build: ${loaderFile}: the worker's wasm started as wasm-bindgen asks`);
  }
} else {
  rewrite(page, editorPreload);
  console.log(`post-build: ${pages[0]}: no data placed (the explorer's build places data/ beside it); its wasm preload without the integrity a fetch preload cannot check`);
}
rewrite(page, withStartWatch);
console.log(`post-build: ${page}: the watch on the app's start`);

if (release) {
  const sizes = minifyStylesheets(staging);
  const before = sizes.reduce((sum, { before: bytes }) => sum + bytes, 0);
  const after = sizes.reduce((sum, { after: bytes }) => sum + bytes, 0);
  console.log(`post-build: ${sizes.length} style sheet(s) minified, ${before} → ${after} bytes`);
  const html = fs.readFileSync(page, 'utf8');
  if (!/<meta charset="utf-8"/i.test(html)) fail(`no <meta charset="utf-8"> in ${page}`);
  fs.writeFileSync(page, addCsp(html));
  console.log(`post-build: Content-Security-Policy added to ${page}`);
}

const editorDist = process.env.BRIEFING_EDITOR_DIST;
if (explorer && editorDist) {
  try {
    const { copied, shared } = mergeBuild(path.resolve(editorDist), path.resolve(staging), { release });
    console.log(`post-build: the editor's page from ${editorDist}: ${copied.length} file(s) added, ${shared.length} shared with the explorer`);
  } catch (err) {
    fail(err.message);
  }
}
