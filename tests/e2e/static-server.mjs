#!/usr/bin/env node
// Tiny dependency-free static file server for the release build (dist/).
//
// Usage:
//   node tests/e2e/static-server.mjs [--root dist] [--host 127.0.0.1] [--port 4173]
//                                    [--prefix /some/sub/path/] [--spa] [--quiet]
//
// * Serves files from --root under the URL prefix --prefix (default "/").
//   Requests outside the prefix get 404; "<prefix without trailing slash>"
//   redirects to "<prefix>/" (likewise for any directory without trailing slash).
// * "…/" serves "…/index.html". With --spa, unknown paths without a file
//   extension fall back to the root index.html.
// * Imported, it can also act as hosts that misbehave do: `noRedirect` serves a
//   folder's index.html at its address without the trailing slash, `headers`
//   adds headers to every response (a Content-Security-Policy), and `mime` gives
//   other types by extension ({ '.js': 'binary/octet-stream' }). `cacheByAge` sends a
//   file's Last-Modified and no Cache-Control, as Python's http.server and nginx's and
//   Apache's defaults do: browsers then keep a file for a tenth of its age without asking.
// * Never serves anything outside --root: ".." segments, encoded slashes,
//   NUL bytes and symlinks escaping the root are all rejected.
// * Correct MIME types, including application/wasm (needed for
//   WebAssembly.instantiateStreaming).
// * Only GET and HEAD. Responses are not cached (Cache-Control: no-store), unless `cacheByAge`.
//
// It can also be imported: `import { startServer } from './static-server.mjs'`.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

function mimeType(file, overrides = {}) {
  const extension = path.extname(file).toLowerCase();
  return overrides[extension] ?? MIME_TYPES[extension] ?? 'application/octet-stream';
}

function normalizePrefix(prefix) {
  let p = prefix || '/';
  if (!p.startsWith('/')) p = `/${p}`;
  if (!p.endsWith('/')) p = `${p}/`;
  return p;
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Start the server. Resolves to { server, url, port, close() } once listening.
 * @param {{root?: string, host?: string, port?: number, prefix?: string, spa?: boolean, quiet?: boolean,
 *          noRedirect?: boolean, headers?: Record<string, string>, mime?: Record<string, string>,
 *          cacheByAge?: boolean}} opts
 */
export async function startServer(opts = {}) {
  const root = await fsp.realpath(path.resolve(opts.root ?? 'dist'));
  const host = opts.host ?? '127.0.0.1';
  const port = Number(opts.port ?? 4173);
  const prefix = normalizePrefix(opts.prefix);
  const spa = Boolean(opts.spa);
  const quiet = Boolean(opts.quiet);
  const noRedirect = Boolean(opts.noRedirect);
  const extraHeaders = opts.headers ?? {};
  const mime = opts.mime ?? {};
  const cacheByAge = Boolean(opts.cacheByAge);

  const inRoot = (p) => p === root || p.startsWith(root + path.sep);

  async function resolveFile(rel) {
    // rel: decoded path relative to the prefix, using '/' separators.
    const abs = path.resolve(root, `.${path.posix.sep}${rel}`);
    if (!inRoot(abs)) return null;
    let real;
    try {
      real = await fsp.realpath(abs);
    } catch {
      return null;
    }
    if (!inRoot(real)) return null;
    let st = await fsp.stat(real);
    if (st.isDirectory()) {
      // Directory without trailing slash: redirect so relative URLs resolve.
      if (rel !== '' && !rel.endsWith('/') && !noRedirect) return { redirect: true };
      real = path.join(real, 'index.html');
      try {
        real = await fsp.realpath(real);
        st = await fsp.stat(real);
      } catch {
        return null;
      }
      if (!inRoot(real) || !st.isFile()) return null;
    }
    return st.isFile() ? { file: real, size: st.size, modified: st.mtime } : null;
  }

  const server = http.createServer(async (req, res) => {
    const started = Date.now();
    res.on('finish', () => {
      if (!quiet) {
        console.log(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - started}ms`);
      }
    });
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      }
      const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0];
      if (!rawPath.startsWith('/')) return send(res, 400, 'Bad Request\n');
      if (rawPath === prefix.slice(0, -1) && prefix !== '/' && !noRedirect) {
        const query = (req.url ?? '').slice(rawPath.length);
        return send(res, 301, 'Moved Permanently\n', { Location: prefix + query });
      }
      const atFolder = noRedirect && rawPath === prefix.slice(0, -1);
      if (!rawPath.startsWith(prefix) && !atFolder) return send(res, 404, 'Not Found\n');
      const relRaw = atFolder ? '' : rawPath.slice(prefix.length);
      // Reject encoded separators before decoding, so "%2F.." tricks cannot work.
      if (/%2f|%5c|%00/i.test(relRaw)) return send(res, 400, 'Bad Request\n');
      let rel;
      try {
        rel = decodeURIComponent(relRaw);
      } catch {
        return send(res, 400, 'Bad Request\n');
      }
      if (rel.includes('\0') || rel.includes('\\')) return send(res, 400, 'Bad Request\n');
      const segments = rel.split('/');
      if (segments.some((s) => s === '..')) return send(res, 403, 'Forbidden\n');

      let found = await resolveFile(rel);
      if (!found && spa && path.posix.extname(rel) === '') {
        found = await resolveFile('index.html');
      }
      if (!found) return send(res, 404, 'Not Found\n');
      if (found.redirect) {
        const query = (req.url ?? '').slice(rawPath.length);
        return send(res, 301, 'Moved Permanently\n', { Location: `${rawPath}/${query}` });
      }

      const caching = cacheByAge ? { 'Last-Modified': found.modified.toUTCString() } : { 'Cache-Control': 'no-store' };
      res.writeHead(200, {
        'Content-Type': mimeType(found.file, mime),
        'Content-Length': found.size,
        ...caching,
        'X-Content-Type-Options': 'nosniff',
        ...extraHeaders,
      });
      if (req.method === 'HEAD') return res.end();
      const stream = fs.createReadStream(found.file);
      stream.on('error', () => res.destroy());
      stream.pipe(res);
    } catch (err) {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
      if (!quiet) console.error(err);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const url = `http://${hostForUrl}:${actualPort}${prefix}`;
  return {
    server,
    url,
    port: actualPort,
    close: () => new Promise((resolve) => { server.close(() => resolve()); server.closeAllConnections?.(); }),
  };
}

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      prefix: { type: 'string' },
      spa: { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: static-server.mjs [--root DIR] [--host HOST] [--port PORT] [--prefix /sub/path/] [--spa] [--quiet]');
    process.exit(0);
  }
  const { help, port, ...opts } = values;
  return port === undefined ? opts : { ...opts, port: Number(port) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let opts;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(`static-server: ${err.message}`);
    process.exit(2);
  }
  if (!fs.existsSync(opts.root ?? 'dist')) {
    console.error(`static-server: root directory not found: ${path.resolve(opts.root ?? 'dist')} (run \`make build\` first)`);
    process.exit(1);
  }
  const { url, close } = await startServer(opts);
  console.log(`static-server: serving ${path.resolve(opts.root ?? 'dist')} at ${url}`);
  const stop = async () => {
    await close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
