// What the benchmarks share (scripts/bench.mjs, scripts/bench-peer.mjs): statistics, compressed
// sizes, a build served compressed the way a production host serves it, and the in-page probes
// that define "first card" and "filter update" for both, so that ours and the peer page (and
// make bench's and make bench-peer's numbers) are measured the same way.
import crypto from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';

import { startServer } from '../tests/e2e/static-server.mjs';

// --- statistics ---------------------------------------------------------------

export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const round = (v, digits = 1) => (v === null || v === undefined ? null : Number(v.toFixed(digits)));

// Compressed bodies by encoding and content hash, shared by the size report and the server.
const compressed = new Map();

export function compress(bytes, encoding, isText) {
  const key = `${encoding} ${crypto.createHash('sha256').update(bytes).digest('hex')}`;
  let out = compressed.get(key);
  if (!out) {
    out = encoding === 'gzip'
      ? zlib.gzipSync(bytes, { level: 9 })
      : zlib.brotliCompressSync(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_LGWIN]: zlib.constants.BROTLI_MAX_WINDOW_BITS,
          [zlib.constants.BROTLI_PARAM_MODE]: isText ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      });
    compressed.set(key, out);
  }
  return out;
}

// --- serving ----------------------------------------------------------------

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|wasm|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * The build served by tests/e2e/static-server.mjs, behind a front that compresses responses the
 * way a production host would (brotli quality 11 or gzip -9, computed once per file), so that
 * the browser and Lighthouse see the transfer sizes the report gives. A response takes the first
 * of `encodings` that the request's Accept-Encoding names: brotli first by default, as a CDN
 * serves; `['gzip']` is a typical static host (nginx's stock gzip module, say), which
 * Lighthouse's runs use.
 */
export async function serveBuild(root, { encodings: offered = ['br', 'gzip'] } = {}) {
  const origin = await startServer({ root, host: '127.0.0.1', port: 0, quiet: true });
  const encodings = {};
  // Compressed responses kept by encoding and address, as a CDN's cache keeps them: the first
  // request of a file fetches and compresses it, later ones are answered at once. (Fetching
  // and hashing the body on every request held the 12.8 MB dataset's headers back by about
  // 150 ms a load, a cost the peer's small bundle hardly paid.)
  const kept = new Map();
  const front = http.createServer((req, res) => {
    const accepted = String(req.headers['accept-encoding'] ?? '');
    const encoding = offered.find((name) => new RegExp(`\\b${name}\\b`).test(accepted)) ?? null;
    const keptResponse = req.method === 'GET' ? kept.get(`${encoding} ${req.url}`) : undefined;
    if (keptResponse) {
      encodings[encoding] = (encodings[encoding] ?? 0) + 1;
      res.writeHead(200, keptResponse.headers);
      res.end(keptResponse.body);
      return;
    }
    const upstream = http.request({
      host: '127.0.0.1',
      port: origin.port,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, 'accept-encoding': 'identity' },
    }, (up) => {
      const type = String(up.headers['content-type'] ?? '');
      if (req.method !== 'GET' || up.statusCode !== 200 || !encoding || !COMPRESSIBLE.test(type)) {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        return;
      }
      const chunks = [];
      up.on('data', (chunk) => chunks.push(chunk));
      up.on('end', () => {
        const body = compress(Buffer.concat(chunks), encoding, !type.includes('wasm'));
        encodings[encoding] = (encodings[encoding] ?? 0) + 1;
        const headers = { ...up.headers, 'content-encoding': encoding, 'content-length': body.length, vary: 'Accept-Encoding' };
        kept.set(`${encoding} ${req.url}`, { headers, body });
        res.writeHead(200, headers);
        res.end(body);
      });
    });
    upstream.on('error', () => { if (!res.headersSent) res.writeHead(502); res.end(); });
    req.pipe(upstream);
  });
  await new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${front.address().port}/`,
    encodings,
    close: async () => {
      await new Promise((resolve) => { front.close(() => resolve()); front.closeAllConnections?.(); });
      await origin.close();
    },
  };
}

// --- in-page probes -----------------------------------------------------------

/**
 * Our page, as the probes find it: a project card is an `article` in the "Projects" section, and
 * the filter clicked is the first button of the "Industry" facet.
 */
export const OURS = {
  card: '#projects article',
  industryButton: (page) => page.getByRole('group', { name: 'Industry', exact: true }).getByRole('button').first(),
};

/**
 * Installed before any page script: when the first element matching `cardSelector` is in the
 * DOM, and the next animation frame after it; long tasks (PerformanceObserver `longtask`); and,
 * on our page, when the app answers input (Trunk has started it and its first view has gone)
 * and its wasm exports (for its memory). Times are performance.now(), milliseconds from
 * navigation start. Nothing in it knows the page's markup but the selector (and our first
 * view's place, which the peer has none of), so the peer page is measured by the same
 * definition.
 */
const PROBE = (cardSelector) => {
  const probe = { firstCard: null, firstCardFrame: null, appStarted: null, wasm: null, longTasks: [] };
  window.__bench = probe;
  // Our app answers input once it has started and its first view (scripts/first-view.mjs),
  // which cannot be used, has gone: the app builds its page beside it over several tasks.
  addEventListener('TrunkApplicationStarted', (event) => {
    probe.wasm = event.detail?.wasm ?? null;
    const firstViewShown = () => document.querySelector('#app > .first-view') !== null;
    if (!firstViewShown()) {
      probe.appStarted = performance.now();
      return;
    }
    const gone = new MutationObserver(() => {
      if (firstViewShown()) return;
      gone.disconnect();
      probe.appStarted = performance.now();
    });
    gone.observe(document.getElementById('app'), { childList: true });
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
  const observer = new MutationObserver(() => {
    if (!document.querySelector(cardSelector)) return;
    probe.firstCard = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => { probe.firstCardFrame = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
};

/**
 * Arms the measurement of the next click; the result is the promise window.__benchClick. It
 * records the click (a capturing listener, before the page's own), the first change to the DOM's
 * nodes or text after it (the MutationObserver callback, a microtask after the task that made
 * the change: the update's render and effects), the next animation frame after that, and a task
 * queued from that frame callback, which runs once the frame's style, layout and paint are done.
 */
const ARM_CLICK = () => {
  const result = {};
  window.__benchClick = new Promise((resolve) => {
    const timer = setTimeout(() => { observer.disconnect(); resolve({ ...result, timeout: true }); }, 30000);
    addEventListener('click', () => { result.click = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (result.click === undefined || result.dom !== undefined) return;
      observer.disconnect();
      result.dom = performance.now();
      requestAnimationFrame(() => {
        result.frame = performance.now();
        const painted = new MessageChannel();
        painted.port1.onmessage = () => {
          result.painted = performance.now();
          clearTimeout(timer);
          // Long tasks are reported a little after they end; a short wait lets the last one in.
          setTimeout(() => resolve(result), 60);
        };
        painted.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  });
};

/**
 * A fresh browser context and page (1280×800) with the probe installed for `cardSelector`, and a
 * DevTools session on the page (CPU throttling, forced GC, heap usage).
 */
export async function newProbedPage(browser, cardSelector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(PROBE, cardSelector);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp };
}

/**
 * Opens `url` in a page from newProbedPage and waits for the frame after its first card. Returns
 * the probe's times (ms from navigation start) and DOMContentLoaded's end.
 */
export async function loadToFirstCard(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: 180000 });
  await page.waitForFunction(() => window.__bench?.firstCardFrame !== null, null, { polling: 50, timeout: 180000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const { firstCard, firstCardFrame, appStarted } = window.__bench;
    return { firstCard, firstCardFrame, appStarted, domContentLoaded: nav ? nav.domContentLoadedEventEnd : null };
  });
}

/**
 * The long tasks the page's probe has seen so far, as [start, duration] pairs. Read a moment
 * after asking: the observer hears of a task only after it ends, so a read made at once (an
 * evaluate that itself waited for a long task to end) missed the task it waited for.
 */
export async function longTasks(page) {
  return page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(window.__bench.longTasks), 50)));
}

/**
 * Clicks `button` (a Playwright locator) through real input events and measures the update, in
 * ms from the click: `update_ms` to the next frame after the first DOM change ("filter update"),
 * `work_ms` to that change's observer (the update without the wait for a frame), `painted_ms` to
 * after that frame rendered; and the longest task between the click and that frame.
 */
export async function measureClick(page, button) {
  await page.evaluate(ARM_CLICK);
  await button.click();
  const r = await page.evaluate(() => window.__benchClick);
  const tasks = await longTasks(page);
  const since = (time) => (time === undefined ? null : time - r.click);
  return {
    update_ms: since(r.frame),
    work_ms: since(r.dom),
    painted_ms: since(r.painted),
    longest_task_ms: tasks
      .filter(([start, duration]) => start + duration >= r.click && start <= (r.frame ?? Infinity))
      .reduce((max, [, duration]) => Math.max(max, duration), 0),
    timeout: Boolean(r.timeout),
  };
}

/** The page's memory after a forced GC: JS heap in use and in total, and our wasm's memory. */
export async function memoryAfterGC(cdp, page) {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => {
    const exports = window.__bench?.wasm;
    const memory = exports?.memory ?? Object.values(exports ?? {}).find((v) => v instanceof WebAssembly.Memory);
    return memory ? memory.buffer.byteLength : null;
  });
  return { wasm_memory_bytes: wasm, js_heap_used_bytes: heap.usedSize, js_heap_total_bytes: heap.totalSize };
}
