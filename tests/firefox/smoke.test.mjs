// Firefox ESR smoke test, driven through geckodriver's W3C WebDriver API (Playwright's Firefox
// would need its own patched build). Run with `node --test tests/firefox/` after `make build`
// (or set E2E_BUILD_DIR, as `make test-e2e` does: tests/e2e/env.mjs).
//
// Checks in real Firefox: the release build served from a plain static server, and the one-file
// offline build opened from file://, both render the briefing and filter by industry.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

import { OFFLINE_FILE } from '../e2e/env.mjs';
import { SOURCE_TEXT, withBrowserSession } from '../webdriver/browser-session.mjs';
import { checkEditorSelection, checkProjectSlideColumns, checkRendersAndFilters } from '../webdriver/checks.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

describe('Firefox ESR', { timeout: 180_000 }, () => {
  const browser = withBrowserSession({
    binary: FIREFOX,
    installedBy: 'firefox-esr',
    driver: [process.env.GECKODRIVER ?? 'geckodriver', (port) => ['--host', '127.0.0.1', '--port', String(port), '--log', 'warn']],
    capabilities: {
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
    },
  });

  test('the release build, served under a sub-path, renders and filters', browser.retried(async () => {
    await browser.session.navigate(browser.url);
    await checkRendersAndFilters(browser.session);
    // The app, not an error page, is showing: the wasm started and nothing is left loading.
    assert.equal(await browser.session.execute('return document.getElementById("app").hasAttribute("aria-busy")'), false);
  }));

  test('a project slide of two blocks sets them side by side', browser.retried(async () => {
    await checkProjectSlideColumns(browser.session);
  }));

  test('the editor: Shift and the arrow keys select words in the source, which refuses typing; p makes a project', browser.retried(async () => {
    await checkEditorSelection(browser.session, browser.url, SOURCE_TEXT);
  }));

  test('the one-file offline build renders and filters from file://', browser.retried(async () => {
    assert.ok(fs.existsSync(OFFLINE_FILE), `${OFFLINE_FILE} exists (run \`make build\`)`);
    await browser.session.navigate(pathToFileURL(OFFLINE_FILE).href);
    await checkRendersAndFilters(browser.session);
  }));
});
