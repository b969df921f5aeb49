// A copy of the release build (DIST) with its data/ folder changed, served on its own port: what
// a publisher does by hand (copy dist/, swap JSON files), with no rebuild.
//
//   const site = await siteCopy('runtime', { 'data/briefings.json': SEMICONDUCTORS }, { port });
//   await page.goto(site.url); … await site.close();
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from './env.mjs';
import { startServer } from './static-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The made-up datasets in tests/data/. */
export const TEST_DATA = path.resolve(here, '../data');

/**
 * Copies DIST into a fresh temporary folder, writes `files` into it (relative path -> a file to
 * copy, or `{ text }` to write), and serves it on 127.0.0.1:`port` under `prefix`, with the
 * static server's other options (`noRedirect`, `headers`, `mime`) as given.
 * Resolves to { root, url, origin, close() }.
 */
export async function siteCopy(name, files, { port, prefix = '/', ...serving } = {}) {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST} has no build (run make test-e2e)`);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `briefing-site-${name}-`));
  fs.cpSync(DIST, root, { recursive: true });
  for (const [relative, source] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (typeof source === 'string') fs.copyFileSync(source, target);
    else fs.writeFileSync(target, source.text);
  }
  const server = await startServer({ ...serving, root, host: '127.0.0.1', port, prefix, quiet: true });
  return {
    root,
    url: server.url,
    origin: new URL(server.url).origin,
    close: async () => {
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
