#!/usr/bin/env node
// Trunk post-build hook: adds a Content-Security-Policy <meta> to a release page (index.html, and
// edit.html, the editor, which gets the same policy).
//
// Trunk loads the app with one inline module script, so the policy allows exactly that script by
// its SHA-256 hash instead of 'unsafe-inline'; everything else must come from the app's own
// folder, and 'wasm-unsafe-eval' lets it compile its WebAssembly. No 'unsafe-eval', and no
// 'unsafe-inline' for styles either: per-element styles (data colours, bar positions) are set
// through the CSSOM (src/app/inline_styles.rs), which the policy does not restrict.
//
// The editor's page needs nothing more: it fetches data/*.json from its own folder (connect-src
// 'self'), loads wasm-bindgen snippets (snippets/…, imported by its glue: script-src 'self'), and
// IndexedDB is not governed by a CSP at all.
//
// scripts/post-build.mjs runs it on the page in $TRUNK_STAGING_DIR for release builds (debug
// builds under `trunk serve` add a live-reload script and websocket, so they are left alone).
// Usage outside Trunk:
//   node scripts/add-csp.mjs path/to/index.html
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export function scriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes, body] = match;
    if (/\bsrc\s*=/.test(attributes)) continue;
    // A JSON data block is never executed: it needs no permission to run.
    if (/\btype\s*=\s*["']?application\/json/i.test(attributes)) continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  // The first views' show scripts (scripts/first-view.mjs) are one script, once per template.
  return [...new Set(hashes)];
}

export function contentSecurityPolicy(html) {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes(html).join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function addCsp(html) {
  const withoutOld = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(withoutOld)}" />`;
  // The policy must come before anything it governs, so it goes right after <meta charset>.
  return withoutOld.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    ${meta}`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { positionals: [explicit] } = parseArgs({ args: process.argv.slice(2), allowPositionals: true });
  if (!explicit && process.env.TRUNK_PROFILE !== 'release') {
    process.exit(0);
  }
  const file = explicit ?? path.join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  if (!/<meta charset="utf-8"/i.test(html)) {
    console.error(`add-csp: no <meta charset="utf-8"> in ${file}`);
    process.exit(1);
  }
  fs.writeFileSync(file, addCsp(html));
  console.log(`add-csp: Content-Security-Policy added to ${file}`);
}
