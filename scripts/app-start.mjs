// The explorer's page starts its app after the first view (scripts/post-build.mjs runs this on
// index.html before its Content-Security-Policy is made, since it changes an inline script).
//
// Trunk's loader imports the wasm-bindgen glue and at once fetches and compiles the wasm, and
// Trunk preloads that wasm from the page's head. Both are changed here:
//   * the wasm's <link rel="preload"> goes: the fetch would start before the first view's data
//     and share the connection with it;
//   * the loader awaits `window.briefingAppStart()` before it calls init: the page's early
//     script (index.html) defines it, and it resolves once the data is in and the page has
//     painted when the build made a first view for the address, or at once when it made none.
//     The loader is a module script, run once the page's markup (the first views' templates
//     included) has been read. Where the early script is missing (the one-file build removes
//     it), `await undefined` goes straight on.
// The editor's page (edit.html) has no first view and keeps its preload, without the integrity
// attribute (editorPreload below).

/** Trunk's loader call that fetches and starts the wasm, which must wait. */
const INIT_CALL = 'const wasm = await init(';

/** `html` (the explorer's page as Trunk wrote it) with its app started after the first view. */
export function deferAppStart(html) {
  const preload = /\s*<link\b[^>]*\brel="preload"[^>]*\bhref="[^"]*briefing-explorer[^"]*_bg\.wasm"[^>]*>/;
  if (!preload.test(html)) throw new Error('no <link rel="preload"> of the wasm in the page (has Trunk changed its output?)');
  const calls = html.split(INIT_CALL).length - 1;
  if (calls !== 1) throw new Error(`expected Trunk's loader to call "${INIT_CALL}" once, found ${calls}`);
  return html
    .replace(preload, '')
    .replace(INIT_CALL, `await window.briefingAppStart?.();\n${INIT_CALL}`);
}

/**
 * `html` (the editor's page as Trunk wrote it) with its wasm preload's `integrity` attribute
 * removed: a preload `as="fetch"` cannot check one, and Chromium says so in the console on
 * every load. Trunk's loader fetches the wasm itself, so nothing that was checked goes
 * unchecked.
 */
export function editorPreload(html) {
  const preload = /(<link\b[^>]*\brel="preload"[^>]*\bas="fetch"[^>]*>)/;
  const link = html.match(preload)?.[1];
  if (!link) throw new Error('no <link rel="preload" as="fetch"> of the wasm in the page (has Trunk changed its output?)');
  return html.replace(link, link.replace(/\s+integrity="[^"]*"/, ''));
}
