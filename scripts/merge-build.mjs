#!/usr/bin/env node
// Puts the briefing editor's page beside the explorer: copies the files of the editor's own Trunk
// build (edit.html, briefing-editor-HASH.js and _bg.wasm, its stylesheets and icon, any
// wasm-bindgen snippets/) into the explorer's build.
//
// Run by scripts/post-build.mjs on the explorer's staging folder when BRIEFING_EDITOR_DIST names
// the editor's build (scripts/build-site.sh sets it). Trunk builds one HTML page per run and
// empties its dist folder each run, so the editor is built first, into a folder of its own, and
// copied in here, before Trunk moves the staging folder into place.
//
// Names carry content hashes, so the two builds share only identical files (the same stylesheet
// or icon): those are left as they are. A file of the same name with other bytes, index.html, or
// a data/ folder in the editor's build fails: nothing of the explorer is ever overwritten.
//
// Usage outside Trunk: node scripts/merge-build.mjs EDITOR_DIST SITE_DIST
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files the editor's build must not bring: they belong to the explorer's build. */
const EXPLORER_ONLY = new Set(['index.html', 'data']);

function filesUnder(dir, rel = '') {
  const out = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (!rel && entry.name === '.stage') continue; // Trunk's own staging folder
    if (entry.isDirectory()) out.push(...filesUnder(dir, name));
    else if (entry.isFile()) out.push(name);
  }
  return out;
}

/**
 * Copies every file of the editor's build `from` into `into`. Returns the names copied and the
 * names already there with the same bytes. Throws on a clash. With `release`, the editor's page
 * must carry its Content-Security-Policy (a debug build of the editor has none).
 */
export function mergeBuild(from, into, { release = false } = {}) {
  const page = path.join(from, 'edit.html');
  if (!fs.existsSync(page)) throw new Error(`no edit.html in ${from} (build it with scripts/build-site.sh --editor DIR)`);
  if (release && !/<meta http-equiv="Content-Security-Policy"/i.test(fs.readFileSync(page, 'utf8'))) {
    throw new Error(`${page} has no Content-Security-Policy: a debug build of the editor in a release build?`);
  }
  const files = filesUnder(from);
  const refused = files.filter((name) => EXPLORER_ONLY.has(name.split('/')[0]));
  if (refused.length) throw new Error(`the editor's build in ${from} holds ${refused.join(', ')}, which only the explorer's build may write`);
  // Every clash is found before anything is copied.
  const shared = files.filter((name) => fs.existsSync(path.join(into, name)));
  const clashes = shared.filter((name) => !fs.readFileSync(path.join(into, name)).equals(fs.readFileSync(path.join(from, name))));
  if (clashes.length) {
    throw new Error(`in both builds with different contents (the editor's copy would replace the explorer's): ${clashes.join(', ')}`);
  }
  const copied = files.filter((name) => !shared.includes(name));
  for (const name of copied) {
    fs.mkdirSync(path.dirname(path.join(into, name)), { recursive: true });
    fs.copyFileSync(path.join(from, name), path.join(into, name));
  }
  return { copied, shared };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [from, into] = process.argv.slice(2);
  if (!from || !into) {
    console.error('usage: merge-build.mjs EDITOR_DIST SITE_DIST');
    process.exit(2);
  }
  try {
    const { copied, shared } = mergeBuild(path.resolve(from), path.resolve(into));
    console.log(`merge-build: ${copied.length} file(s) copied, ${shared.length} already there`);
  } catch (err) {
    console.error(`merge-build: ${err.message}`);
    process.exit(1);
  }
}
