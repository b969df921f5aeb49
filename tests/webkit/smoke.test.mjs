// WebKit smoke test: the engine of Safari on iPhones and Macs, here as WebKitGTK's MiniBrowser
// driven by WebKitWebDriver (Debian's webkit2gtk-driver) on a virtual display (xvfb-run), over
// the W3C WebDriver API. Run with `node --test tests/webkit/` after `make build` (or set
// E2E_BUILD_DIR, as `make test-e2e` does: tests/e2e/env.mjs).
//
// Checks in WebKit: the release build served under a sub-path renders, filters, shows the
// source text with its sentences marked, and presents; the one-file offline build renders and
// filters from file://.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

import { OFFLINE_FILE } from '../e2e/env.mjs';
import { SOURCE_TEXT, withBrowserSession } from '../webdriver/browser-session.mjs';
import { checkEditorSelection, checkPresenting, checkProjectSlideColumns, checkRendersAndFilters, checkSourceView } from '../webdriver/checks.mjs';

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? 'WebKitWebDriver';

describe('WebKit (WebKitGTK MiniBrowser)', { timeout: 240_000 }, () => {
  const browser = withBrowserSession({
    binary: MINIBROWSER,
    installedBy: 'webkit2gtk-driver',
    // MiniBrowser needs a display; xvfb-run gives the driver and the browser a virtual one.
    driver: ['xvfb-run', (port) => ['-a', WEBKIT_DRIVER, '--host=127.0.0.1', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });

  test('the release build, served under a sub-path, renders and filters', browser.retried(async () => {
    await browser.session.navigate(browser.url);
    await checkRendersAndFilters(browser.session);
    assert.equal(await browser.session.execute('return document.getElementById("app").hasAttribute("aria-busy")'), false);
  }));

  test('"Source" shows the source text with the sentence of 840,000 sets marked', browser.retried(async () => {
    await browser.session.navigate(browser.url);
    await checkSourceView(browser.session);
  }));

  test('presenting: slides open, the arrow key moves, Escape closes', browser.retried(async () => {
    await browser.session.navigate(browser.url);
    await checkPresenting(browser.session);
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
