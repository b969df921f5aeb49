#!/usr/bin/env node
// Turns the release build (dist/) into ONE self-contained HTML file that works when
// double-clicked from disk (file://) with no network: dist-offline/briefing-explorer.html.
//
//   node scripts/make-offline.mjs [--dist dist] [--out dist-offline/briefing-explorer.html]
//
// Run by `make build` after `trunk build`; the output is generated, never edited by hand.
//
// What it does to Trunk 0.21's dist/index.html:
//   * <link rel="stylesheet" href="./x.css">  -> <style>…</style> (url(...) inside inlined too)
//   * <link rel="icon" href="./favicon.png">   -> the same link with a data: URL
//   * <link rel="modulepreload"|"preload">     -> removed (nothing left to preload)
//   * Trunk's loader <script type="module">    -> the same script, with its
//       `import init, * as bindings from './x.js'` replaced by the wasm-bindgen glue itself
//       (its `export`s stripped) and the wasm path replaced by the wasm bytes, decoded from
//       base64 in the page. Inline module scripts run from file:// in every current browser;
//       fetch() of a file:// URL does not, which is why nothing is fetched.
//   * integrity/crossorigin attributes go with the URLs they described.
//   * the Content-Security-Policy <meta> (scripts/add-csp.mjs) is replaced by a stricter one
//     for a file that loads nothing: the new inline script's hash, no 'self', no connections.
//   * dist/data/briefings.json (the app reads its dataset at run time) -> an inline data block,
//       <script type="application/json" id="briefing-data">, which the app reads instead of
//       fetching. A JSON block is never executed, so the policy's script-src is unchanged: it
//       lists only the executable inline script's hash. Other datasets in dist/data/ are not
//       carried: the one file shows its default dataset only.
// Only dist/index.html is read: the editor's page beside it (edit.html) is not part of the one
// file. Finally the output is checked: any src/href/url() still pointing at a file or the network,
// or any mention of the editor's files, fails the build.
//
// No dependencies beyond Node (>= 20).

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { FIRST_VIEW } from './first-view-markup.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const MIME_TYPES = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.css': 'text/css',
  '.json': 'application/json',
};

function fail(message) {
  console.error(`make-offline: ${message}`);
  process.exit(1);
}

function parseOptions(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        dist: { type: 'string', default: path.join(root, 'dist') },
        out: { type: 'string', default: path.join(root, 'dist-offline', 'briefing-explorer.html') },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    fail(err.message);
  }
  if (values.help) {
    console.log('usage: make-offline.mjs [--dist DIR] [--out FILE]');
    process.exit(0);
  }
  return { dist: path.resolve(values.dist), out: path.resolve(values.out) };
}

/** Attributes of one start tag, e.g. `<link rel="icon" href="./x.svg"/>`, as a Map. */
function attributes(tag) {
  const attrs = new Map();
  const body = tag.replace(/^<[a-z]+/i, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The file a relative URL in `fromDir` names, refusing anything outside `dist`. */
function localFile(dist, fromDir, url) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('/')) {
    fail(`not a relative URL (the offline file cannot fetch it): ${url}`);
  }
  const clean = decodeURIComponent(url.split(/[?#]/, 1)[0]);
  const file = path.resolve(fromDir, clean);
  if (!file.startsWith(dist + path.sep)) fail(`URL escapes ${dist}: ${url}`);
  if (!fs.existsSync(file)) fail(`missing file for ${url}: ${file}`);
  return file;
}

function dataUrl(file) {
  const mime = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return `data:${mime};base64,${fs.readFileSync(file).toString('base64')}`;
}

/** CSS with every url(...) that names a file replaced by a data: URL. */
function inlineCssUrls(dist, cssFile, css) {
  return css.replace(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g, (whole, a, b, c) => {
    const url = a ?? b ?? c ?? '';
    if (url === '' || url.startsWith('data:') || url.startsWith('#')) return whole;
    return `url("${dataUrl(localFile(dist, path.dirname(cssFile), url))}")`;
  });
}

/** Text safe inside <style>/<script>: "</style" or "</script" would end the element early. */
function safeRawText(text, element) {
  return text.replace(new RegExp(`</(${element})`, 'gi'), '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * The wasm-bindgen glue as a plain script body: `export`s stripped, returning the statements
 * and a map from each exported name to its local name.
 */
function stripExports(js, file) {
  if (/^\s*import\s/m.test(js)) fail(`${file} imports other modules (wasm-bindgen snippets?); inline them first`);
  const exported = new Map();
  let body = js.replace(/^export\s*\{([^}]*)\}\s*;?[ \t]*$/gm, (_, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, name] = item.split(/\s+as\s+/);
      exported.set((name ?? local).trim(), local.trim());
    }
    return '';
  });
  body = body.replace(/^export\s+(?=(?:async\s+)?function\*?\s|class\s|const\s|let\s|var\s)/gm, (prefix, offset) => {
    const m = body.slice(offset + prefix.length).match(/^(?:async\s+)?(?:function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/);
    if (m) exported.set(m[1], m[1]);
    return '';
  });
  if (/^export\s/m.test(body)) fail(`${file} has an export form this script does not understand`);
  if (!exported.has('default')) fail(`${file} has no default export (the wasm-bindgen init function)`);
  return { body, exported };
}

/** Script elements that are data, not code: the browser never executes them. */
function isDataBlock(attrs) {
  return /\btype\s*=\s*["']?application\/json/i.test(attrs);
}

/**
 * The dataset as an inline data block. In JSON, "<" occurs only inside strings, where
 * \u003c means the same character, so escaping every one keeps "</script" and "<!--" out.
 */
function dataBlock(json) {
  return `<script type="application/json" id="briefing-data">${json.replace(/</g, '\\u003c')}</script>`;
}

/**
 * Replaces the release build's Content-Security-Policy (scripts/add-csp.mjs: 'self' plus the hash
 * of Trunk's loader) with one for a file that loads nothing at all: scripts only by the hashes
 * of the inline scripts, styles only by the hashes of the inlined stylesheets (no style
 * attributes: per-element styles go through the CSSOM), images as data:/blob:, and no
 * connections, so the browser itself enforces "no network".
 */
function withOfflineCsp(html) {
  const withoutOld = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
  const hashes = [...withoutOld.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => !/\bsrc\s*=/i.test(attrs) && !isDataBlock(attrs))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const styleHashes = [...withoutOld.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)]
    .map(([, body]) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  const policy = [
    "default-src 'none'",
    `script-src 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    `style-src ${styleHashes.join(' ') || "'none'"}`,
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  // The policy must come before anything it governs: right after <meta charset>.
  if (!/<meta charset="utf-8"\s*\/?>/i.test(withoutOld)) fail('no <meta charset="utf-8"> to put the Content-Security-Policy after');
  return withoutOld.replace(/(<meta charset="utf-8"\s*\/?>)/i, `$1\n    ${meta}`);
}

function main() {
  const opts = parseOptions(process.argv.slice(2));
  const dist = fs.realpathSync(opts.dist);
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) fail(`${indexFile} not found (run \`trunk build\` first)`);
  let html = fs.readFileSync(indexFile, 'utf8');
  let glueFile = null;
  let wasmFile = null;
  let stylesheets = 0;

  // The page's early fetch of data/briefings.json: this file carries its data inline instead.
  html = html.replace(/\s*<script id="early-data">[\s\S]*?<\/script>/, '');
  // Nor does it need the step from a folder's address to the one with its slash: its address
  // is always its own file's.
  html = html.replace(/\s*<script id="folder-slash">[\s\S]*?<\/script>/, '');
  // The first views (scripts/first-view.mjs) are shown by that script only; this file starts
  // from its inline data, with no download to wait for.
  html = html.replace(FIRST_VIEW, '');
  // The start notice's words for a page opened from disk point to this file: it is made for that.
  html = html.replace(/\s*<!-- Instead of the causes above[\s\S]*?-->/, '');
  html = html.replace(/\s*<p data-from-disk\b[^>]*>[\s\S]*?<\/p>/g, '');
  // <link> tags: stylesheets become <style>, icons data: URLs, preloads disappear.
  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const attrs = attributes(tag);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    if (rel.includes('modulepreload') || rel.includes('preload')) return '';
    if (rel.includes('stylesheet')) {
      const file = localFile(dist, dist, href);
      const css = inlineCssUrls(dist, file, fs.readFileSync(file, 'utf8'));
      const media = attrs.get('media');
      stylesheets++;
      return `<style${media ? ` media="${escapeAttribute(media)}"` : ''}>\n${safeRawText(css, 'style')}\n</style>`;
    }
    if (rel.includes('icon') || rel.includes('apple-touch-icon')) {
      const file = localFile(dist, dist, href);
      const type = attrs.get('type');
      return `<link rel="${escapeAttribute(attrs.get('rel'))}"${type ? ` type="${escapeAttribute(type)}"` : ''} href="${dataUrl(file)}" />`;
    }
    if (href === undefined) return tag;
    fail(`unexpected <link rel="${attrs.get('rel')}" href="${href}">; teach scripts/make-offline.mjs about it`);
    return tag;
  });

  // Trunk's loader: import the glue, init it with the wasm path. Inline both.
  html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrText, code) => {
    const attrs = attributes(`<script${attrText}>`);
    if (attrs.has('src')) fail(`unexpected external script ${attrs.get('src')}; teach scripts/make-offline.mjs about it`);
    const importMatch = code.match(/import\s+init\s*,\s*\*\s*as\s+bindings\s+from\s+['"]([^'"]+\.js)['"]\s*;?/);
    if (!importMatch) return whole;
    if ((attrs.get('type') ?? '') !== 'module') fail('Trunk\'s loader script is not a module script');
    glueFile = localFile(dist, dist, importMatch[1]);
    const wasmMatch = code.match(/module_or_path\s*:\s*(['"])([^'"]+\.wasm)\1/);
    if (!wasmMatch) fail('could not find the wasm path in Trunk\'s loader script');
    wasmFile = localFile(dist, dist, wasmMatch[2]);

    const { body, exported } = stripExports(fs.readFileSync(glueFile, 'utf8'), path.basename(glueFile));
    const bindings = [...exported].map(([name, local]) => `${JSON.stringify(name)}: ${local}`).join(', ');
    const wasmBase64 = fs.readFileSync(wasmFile).toString('base64');
    // The glue runs in its own function scope so that its top-level names (`wasm`, …) cannot
    // clash with the loader's.
    const glue = [
      'const __offlineGlue = (() => {',
      `// ---- ${path.basename(glueFile)} (wasm-bindgen glue, exports removed) ----`,
      body.trim(),
      '// ---- end of glue ----',
      `return Object.freeze({ ${bindings} });`,
      '})();',
      'const init = __offlineGlue.default;',
      'const bindings = __offlineGlue;',
      '// The wasm module, base64-encoded: fetch() cannot read file:// URLs.',
      `const __offlineWasmBase64 = "${wasmBase64}";`,
      'function __offlineWasmBytes() {',
      '  const text = atob(__offlineWasmBase64);',
      '  const bytes = new Uint8Array(text.length);',
      '  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);',
      '  return bytes;',
      '}',
    ].join('\n');
    const loader = code
      .replace(importMatch[0], () => glue)
      .replace(wasmMatch[0], () => 'module_or_path: __offlineWasmBytes()');
    return `<script type="module">\n${safeRawText(loader, 'script')}\n</script>`;
  });

  if (!glueFile || !wasmFile) fail('Trunk\'s loader script (import init … from ./*.js) was not found in dist/index.html');

  // The dataset, inline, last in the body: the loader is a module script, which runs once the
  // whole document is read, so the block is there when the app starts; and a block cut short by
  // a "</script>" someone left in it (HOSTING.md) can swallow only what comes after it. Put
  // before the loader, a "<!--", "<svg>" or "<textarea>" after the cut took the loader and the
  // start watch with it, and the page said "Loading…" for ever.
  const dataFile = path.join(dist, 'data', 'briefings.json');
  if (!fs.existsSync(dataFile)) fail(`${dataFile} not found (scripts/place-data.mjs puts it there)`);
  const json = fs.readFileSync(dataFile, 'utf8');
  try {
    JSON.parse(json);
  } catch (err) {
    fail(`${dataFile} is not JSON: ${err.message}`);
  }
  if (!/<\/body>/.test(html)) fail('no </body> to put the data block before');
  html = html.replace(/<\/body>(?![\s\S]*<\/body>)/, () => `${dataBlock(json)}\n</body>`);
  if (stylesheets === 0) fail('no stylesheet found in dist/index.html');

  // Drop the integrity/crossorigin of anything that remains (they described the removed URLs).
  html = html.replace(/\s(?:integrity|crossorigin)="[^"]*"/g, '');
  html = withOfflineCsp(html);
  html = html.replace(/^(<!doctype html>\s*)/i, '$1<!-- Generated by scripts/make-offline.mjs from dist/index.html. Do not edit. -->\n');

  // Self-check: no reference may still point at a file or the network.
  // (Script bodies are skipped: the glue's own `new URL(…)` default is never used here.)
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
  const styles = [...markup.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]).join('\n');
  const refs = [...markup.replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '').matchAll(/\s(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1])
    .concat([...styles.matchAll(/url\(\s*["']?([^"')\s]*)/gi)].map((m) => m[1]));
  const external = refs.filter((r) => r !== '' && !/^(?:data:|#|blob:)/i.test(r));
  if (external.length > 0) fail(`references left that the offline file would fetch: ${external.join(', ')}`);
  // The one file is the explorer alone: the editor's page (edit.html, beside index.html in dist/)
  // and its bundle are neither inlined nor named.
  const editorRef = html.match(/\bedit\.html\b|briefing-editor[-_.][\w.-]*/);
  if (editorRef) fail(`the offline file names the editor's ${editorRef[0]}; it must hold the explorer only`);

  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, html);
  const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
  console.log(`make-offline: wrote ${path.relative(process.cwd(), opts.out)} (${kib(Buffer.byteLength(html))}; `
    + `wasm ${kib(fs.statSync(wasmFile).size)}, ${stylesheets} stylesheet(s) inlined)`);
}

main();
