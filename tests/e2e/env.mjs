// Shared constants for the e2e setup (ports, URLs, browser). Override with env vars.
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
