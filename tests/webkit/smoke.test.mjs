// WebKit smoke test: the engine of Safari on iPhones and Macs, here as WebKitGTK's MiniBrowser
// driven by WebKitWebDriver (Debian's webkit2gtk-driver) on a virtual display (xvfb-run), over
// the W3C WebDriver API. Run with `node --test tests/webkit/` after `make build` (or set
// E2E_BUILD_DIR, as `make test-e2e` does: tests/e2e/env.mjs).
//
// Checks in WebKit: the release build served under a sub-path renders, filters, shows the
// source text with its sentences marked, and presents; the one-file offline build renders and
// filters from file://.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { DIST, OFFLINE_FILE } from '../e2e/env.mjs';
import { startServer } from '../e2e/static-server.mjs';
import { checkEditorSelection, checkPresenting, checkRendersAndFilters, checkSourceView } from '../webdriver/checks.mjs';
import { Session, startDriver } from '../webdriver/webdriver.mjs';

/** The bundled briefing's plain source text, as an author pastes it into the editor. */
const SOURCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../data/source');
const SOURCE_TEXT = fs.readFileSync(
  path.join(SOURCE_DIR, fs.readdirSync(SOURCE_DIR).find((name) => name.endsWith('.txt'))),
  'utf8',
);


const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver';

describe('WebKit (WebKitGTK MiniBrowser)', { timeout: 240_000 }, () => {
  let server;
  let driver;
  let session;

  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), `${DIST}/index.html exists (run \`make build\`)`);
    assert.ok(fs.existsSync(MINIBROWSER), `${MINIBROWSER} exists (scripts/ensure-tools.sh e2e installs webkit2gtk-driver)`);
    server = await startServer({ root: DIST, host: '127.0.0.1', port: 0, prefix: '/some/sub/path/', quiet: true });
    // MiniBrowser needs a display; xvfb-run gives the driver and the browser a virtual one.
    driver = await startDriver('xvfb-run', (port) => ['-a', WEBKIT_DRIVER, '--host=127.0.0.1', `--port=${port}`]);
    session = await Session.create(driver.url, {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    });
  });

  after(async () => {
    await session?.end().catch(() => {});
    await driver?.stop();
    await server?.close();
  });

  test('the release build, served under a sub-path, renders and filters', async () => {
    await session.navigate(server.url);
    await checkRendersAndFilters(session);
    assert.equal(await session.execute('return document.getElementById("app").hasAttribute("aria-busy")'), false);
  });

  test('"Source" shows the source text with the sentence of 840,000 sets marked', async () => {
    await session.navigate(server.url);
    await checkSourceView(session);
  });

  test('presenting: slides open, the arrow key moves, Escape closes', async () => {
    await session.navigate(server.url);
    await checkPresenting(session);
  });

  test('the editor: Shift and the arrow keys select words in the source, which refuses typing; p makes a project', async () => {
    await checkEditorSelection(session, server.url, SOURCE_TEXT);
  });

  test('the one-file offline build renders and filters from file://', async () => {
    assert.ok(fs.existsSync(OFFLINE_FILE), `${OFFLINE_FILE} exists (run \`make build\`)`);
    await session.navigate(pathToFileURL(OFFLINE_FILE).href);
    await checkRendersAndFilters(session);
  });
});
