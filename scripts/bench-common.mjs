// What the benchmarks share (scripts/bench.mjs, scripts/bench-peer.mjs): statistics, compressed
// sizes, and a build served compressed the way a production host serves it.
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
 * way a production host would (brotli quality 11 or gzip -9, per Accept-Encoding, computed once
 * per file), so that the browser and Lighthouse see the transfer sizes the report gives.
 */
export async function serveBuild(root) {
  const origin = await startServer({ root, host: '127.0.0.1', port: 0, quiet: true });
  const encodings = {};
  const front = http.createServer((req, res) => {
    const upstream = http.request({
      host: '127.0.0.1',
      port: origin.port,
      path: req.url,
      method: req.method,
      headers: { ...req.headers, 'accept-encoding': 'identity' },
    }, (up) => {
      const type = String(up.headers['content-type'] ?? '');
      const accepted = String(req.headers['accept-encoding'] ?? '');
      const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
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
        res.writeHead(200, { ...up.headers, 'content-encoding': encoding, 'content-length': body.length, vary: 'Accept-Encoding' });
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

