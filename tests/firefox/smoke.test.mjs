// Firefox ESR smoke test, driven through geckodriver's W3C WebDriver API (Playwright's Firefox
// would need its own patched build). Run with `node --test tests/firefox/` after `make build`
// (or set E2E_BUILD_DIR, as `make test-e2e` does: tests/e2e/env.mjs).
//
// Checks in real Firefox: the release build served from a plain static server, and the one-file
// offline build opened from file://, both render the briefing and filter by industry.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { DIST, OFFLINE_FILE } from '../e2e/env.mjs';
import { startServer } from '../e2e/static-server.mjs';
import { checkEditorSelection, checkRendersAndFilters } from '../webdriver/checks.mjs';
import { Session, startDriver } from '../webdriver/webdriver.mjs';

/** The bundled briefing's plain source text, as an author pastes it into the editor. */
const SOURCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../data/source');
const SOURCE_TEXT = fs.readFileSync(
  path.join(SOURCE_DIR, fs.readdirSync(SOURCE_DIR).find((name) => name.endsWith('.txt'))),
  'utf8',
);


const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

describe('Firefox ESR', { timeout: 180_000 }, () => {
  let server;
  let driver;
  let session;

  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), `${DIST}/index.html exists (run \`make build\`)`);
    assert.ok(fs.existsSync(FIREFOX), `${FIREFOX} exists (scripts/ensure-tools.sh e2e installs firefox-esr)`);
    server = await startServer({ root: DIST, host: '127.0.0.1', port: 0, prefix: '/some/sub/path/', quiet: true });
    const geckodriver = process.env.GECKODRIVER ?? 'geckodriver';
    driver = await startDriver(geckodriver, (port) => ['--host', '127.0.0.1', '--port', String(port), '--log', 'warn']);
    session = await Session.create(driver.url, {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless'],
        // Keep Firefox from phoning home during the test.
        prefs: {
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'extensions.update.enabled': false,
        },
      },
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
    // The app, not an error page, is showing: the wasm started and nothing is left loading.
    assert.equal(await session.execute('return document.getElementById("app").hasAttribute("aria-busy")'), false);
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
