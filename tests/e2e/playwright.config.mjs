// Playwright config for the end-to-end tests. They run against the RELEASE
// build in DIST (env.mjs: $E2E_BUILD_DIR/dist; `make test-e2e` builds it in target/e2e/,
// `make build` in dist/), served by tests/e2e/static-server.mjs:
//   * at the site root:           http://127.0.0.1:$E2E_PORT/          (baseURL)
//   * under a sub-path prefix:    http://127.0.0.1:$E2E_SUBPATH_PORT/some/sub/path/
// Browser: Debian's Chromium (/usr/bin/chromium); Playwright never downloads one.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import {
  BASE_URL, CHROMIUM_ARGS, CHROMIUM_PATH, DIST, E2E_PORT, SUBPATH_PORT, SUBPATH_PREFIX,
} from './env.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const server = path.join(here, 'static-server.mjs');

export default defineConfig({
  testDir: here,
  testMatch: /.*\.spec\.(mjs|js|ts)$/,
  outputDir: path.join(root, 'test-results'),
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // A test that fails is run once more: a test that passes only then is named in the closing
  // summary ("passed on a retry"), so a timing-dependent test shows without failing a whole CI
  // run, as one did once in thirty-five; one that fails twice fails the run. E2E_RETRIES=0
  // turns this off.
  retries: Number(process.env.E2E_RETRIES ?? 1),
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], [path.join(here, 'summary-reporter.mjs')]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      command: `node "${server}" --root "${DIST}" --host 127.0.0.1 --port ${E2E_PORT} --quiet`,
      url: `${BASE_URL}index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `node "${server}" --root "${DIST}" --host 127.0.0.1 --port ${SUBPATH_PORT} --prefix ${SUBPATH_PREFIX} --quiet`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_PREFIX}index.html`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
