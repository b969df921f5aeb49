// What a smoke test in another browser (tests/firefox, tests/webkit) needs around its checks: the
// release build served under a sub-path, the browser's WebDriver server and one session, started
// before the file's tests and stopped after them; and the bundled briefing's source text, which
// the editor's check pastes. Each smoke test file then says only which browser and driver, and
// which checks.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { DIST } from '../e2e/env.mjs';
import { startServer } from '../e2e/static-server.mjs';
import { Session, startDriver } from './webdriver.mjs';

/** The bundled briefing's plain source text, as an author pastes it into the editor. */
const SOURCE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../data/source');
export const SOURCE_TEXT = fs.readFileSync(
  path.join(SOURCE_DIR, fs.readdirSync(SOURCE_DIR).find((name) => name.endsWith('.txt'))),
  'utf8',
);

/**
 * Registers `before` and `after` hooks in the calling `describe` that start and stop the server,
 * the driver and the session. Returns an object whose `session` (a webdriver.mjs Session) and
 * `url` (the build's address) are set once the `before` hook has run, so tests read them then.
 *
 *   binary        the browser's executable, checked to exist before anything starts
 *   installedBy   the Debian package that provides it (named in the failure message)
 *   driver        [command, (port) => args]: the WebDriver server, as startDriver takes it
 *   capabilities  the W3C capabilities of the session
 */
export function withBrowserSession({ binary, installedBy, driver: [command, args], capabilities }) {
  let server;
  let webdriver;
  const browser = {
    session: null,
    url: null,
    /**
     * A test's body, run once more in a new session if the browser quits under it (WebDriver's
     * "invalid session id": WebKitGTK's MiniBrowser crashed so once in a clean-clone CI run, and
     * every later test of the file failed with it). A failure of the app's own is not retried.
     */
    retried(body) {
      return async () => {
        try {
          await body();
        } catch (error) {
          if (!/invalid session id/i.test(String(error?.message ?? error))) throw error;
          console.log(`# the browser quit during the test (${String(error?.message ?? error).slice(0, 120)}); once more in a new session`);
          browser.session = await Session.create(webdriver.url, capabilities);
          await body();
        }
      };
    },
  };

  before(async () => {
    assert.ok(fs.existsSync(path.join(DIST, 'index.html')), `${DIST}/index.html exists (run \`make build\`)`);
    assert.ok(fs.existsSync(binary), `${binary} exists (scripts/ensure-tools.sh e2e installs ${installedBy})`);
    server = await startServer({ root: DIST, host: '127.0.0.1', port: 0, prefix: '/some/sub/path/', quiet: true });
    browser.url = server.url;
    webdriver = await startDriver(command, args);
    browser.session = await Session.create(webdriver.url, capabilities);
  });

  after(async () => {
    await browser.session?.end().catch(() => {});
    await webdriver?.stop();
    await server?.close();
  });

  return browser;
}
