// Shared constants for the e2e setup (the build under test, ports, URLs, browser). Override with
// env vars.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The folder holding the release build under test: `dist/` and
 * `dist-offline/briefing-explorer.html`, as `make build` writes them. Default: the repository
 * root (`make build`'s output); `make test-e2e` builds into target/e2e and sets E2E_BUILD_DIR
 * (a relative E2E_BUILD_DIR is taken from the repository root).
 * Playwright (tests/e2e) and the Firefox smoke test (tests/firefox) read only these two paths.
 */
export const BUILD_DIR = path.resolve(ROOT, process.env.E2E_BUILD_DIR ?? '.');
/** The release build, served over HTTP. */
export const DIST = path.join(BUILD_DIR, 'dist');
/** The one-file offline build, opened from file://. */
export const OFFLINE_FILE = path.join(BUILD_DIR, 'dist-offline', 'briefing-explorer.html');

export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4174);
export const SUBPATH_PREFIX = '/some/sub/path/';

/** The release build served at the site root (Playwright's baseURL). */
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}/`;
/** The same release build served under a URL prefix (checks relative asset URLs). */
export const SUBPATH_URL = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_PREFIX}`;
/** Origins the app may talk to; anything else is a "foreign" request. */
export const ALLOWED_ORIGINS = [new URL(BASE_URL).origin, new URL(SUBPATH_URL).origin];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
