// When the app cannot start, the page says so, in English and Chinese, with the likely causes and
// where the source text is, instead of "Loading the briefing…" or an inert first view for good:
// a missing wasm, a script sent with the wrong type, a header Content-Security-Policy that
// blocks the page's inline scripts (the style sheet's timer shows it with no script at all),
// a sandboxed frame without allow-same-origin. With scripts off, <noscript> speaks alone; and a
// page whose app starts never shows the notice.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALLOWED_ORIGINS, DIST, E2E_PORT, OFFLINE_FILE } from './env.mjs';
import { test, expect } from './fixtures.mjs';
import { siteCopy } from './site-copy.mjs';

const PORTS = { nowasm: E2E_PORT + 13, mime: E2E_PORT + 14, csp: E2E_PORT + 15, plain: E2E_PORT + 16 };
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const COULD_NOT_START = 'Briefing Explorer could not start.';

test.use({ allowedOrigins: [...ALLOWED_ORIGINS, ...Object.values(PORTS).map((port) => `http://127.0.0.1:${port}`)] });

/** An article framing the explorer with `sandbox` (an attribute value, or null for none). */
const ARTICLE = (sandbox) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
<body><h1>An article</h1>
<iframe id="embed" src="index.html#embed=charts" title="Embedded charts" width="600" height="500"${sandbox === null ? '' : ` sandbox="${sandbox}"`}></iframe>
</body></html>`;

const sites = {};
test.beforeAll(async () => {
  const articles = {
    'article-scripts.html': { text: ARTICLE('allow-scripts') },
  };
  sites.nowasm = await siteCopy('nowasm', {}, { port: PORTS.nowasm });
  // A deploy that lost the app's wasm files (a host that refuses .wasm uploads, say).
  for (const name of fs.readdirSync(sites.nowasm.root)) {
    if (name.endsWith('_bg.wasm') && !name.startsWith('validate-worker')) fs.rmSync(path.join(sites.nowasm.root, name));
  }
  sites.mime = await siteCopy('mime', {}, { port: PORTS.mime, mime: { '.js': 'binary/octet-stream' } });
  sites.csp = await siteCopy('csp', {}, { port: PORTS.csp, headers: { 'Content-Security-Policy': STRICT_CSP } });
  sites.plain = await siteCopy('plain', articles, { port: PORTS.plain });
});
test.afterAll(async () => {
  for (const site of Object.values(sites)) await site?.close();
});

/** The notice, seen in both languages, with its causes and where the source text is. */
async function expectNotice(where, app = COULD_NOT_START) {
  const notice = where.getByRole('alert').filter({ hasText: app });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(notice).toContainText('Content-Security-Policy');
  await expect(notice).toContainText('allow-same-origin');
  await expect(notice).toContainText('未能启动');
  return notice;
}

test.describe('a page whose app fails to load says it could not start', () => {
  // These pages fail on purpose: their errors and failed requests are what is tested.
  test.afterEach(({ guard }) => guard.reset());

  test('the wasm is missing: the explorer, under its first view, and the editor', async ({ page }) => {
    await page.goto(sites.nowasm.url);
    const notice = await expectNotice(page);
    await expect(notice).toContainText('data/source/');
    await expect(page.getByText('Loading the briefing…')).toBeHidden();
    await page.goto(`${sites.nowasm.url}#industry=new-energy`);
    await expectNotice(page);
    await expect(page.getByText('Loading the briefing…')).toBeHidden();
    await page.goto(`${sites.nowasm.url}edit.html`);
    await expectNotice(page, 'The briefing editor could not start.');
    await expect(page.getByText('Loading the editor…')).toBeHidden();
  });

  test('the scripts are sent as binary/octet-stream', async ({ page }) => {
    await page.goto(`${sites.mime.url}#industry=new-energy`);
    await expectNotice(page);
    await expect(page.getByText('Loading the briefing…')).toBeHidden();
  });

  test('a header Content-Security-Policy blocks the inline scripts: the style sheet alone shows it', async ({ page }) => {
    await page.goto(sites.csp.url);
    await expectNotice(page);
    await expect(page.getByText('Loading the briefing…')).toBeHidden();
    await expect(page.getByText('Please enable JavaScript')).toBeHidden();
  });

  test('the site’s index.html opened from disk says so, and what to open instead; the one-file build does not', async ({ page }) => {
    // A journalist double-clicks index.html in the unzipped folder: no browser runs its app from
    // file:, and the causes of a server (a missing file, a header) are not this one.
    await page.goto(pathToFileURL(path.join(DIST, 'index.html')).href);
    const notice = page.getByRole('alert').filter({ hasText: COULD_NOT_START.replace('.', '') });
    await expect(notice.getByText('Briefing Explorer could not start from a file on disk.')).toBeVisible({ timeout: 15_000 });
    await expect(notice.getByText(/Open briefing-explorer\.html instead/)).toBeVisible();
    await expect(notice.getByText('简报浏览器无法从本地文件启动。')).toBeVisible();
    await expect(notice.getByText(/Likely causes/)).toBeHidden();
    await expect(page.getByText('Loading the briefing…')).toBeHidden();
    await page.goto(pathToFileURL(path.join(DIST, 'edit.html')).href);
    await expect(page.getByRole('alert').getByText('The briefing editor could not start from a file on disk.')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('alert').getByText(/Likely causes/)).toBeHidden();
    // The one-file build, made to be opened from disk, has no such words to show.
    expect(fs.readFileSync(OFFLINE_FILE, 'utf8')).not.toMatch(/<p data-from-disk/);
  });

  test('a frame sandboxed with allow-scripts alone', async ({ page }) => {
    await page.goto(`${sites.plain.url}article-scripts.html`);
    const frame = page.frameLocator('#embed');
    await expectNotice(frame);
    await expect(frame.getByText('Loading the briefing…')).toBeHidden();
  });
});

test.describe('with scripts off', () => {
  // The page as a browser with JavaScript off gets it; the test does not wait for an app.
  test.use({ javaScriptEnabled: false, waitForApp: false });

  test('<noscript> speaks alone: no "Loading", no notice', async ({ page, guard }) => {
    // The browser refuses the module preload of a page that may not run scripts.
    guard.allowFailedRequest(/\.js -> csp$/);
    await page.goto(sites.plain.url);
    // (Playwright's text locators do not look inside <noscript>.)
    await expect(page.locator('noscript p').first()).toBeVisible();
    await expect(page.locator('noscript p').first()).toContainText('Please enable JavaScript');
    // Past the style sheet's timer.
    await page.waitForTimeout(5_000);
    await expect(page.getByText('Loading the briefing…')).toBeHidden();
    await expect(page.getByText(COULD_NOT_START)).toBeHidden();
  });
});

test('an app that starts removes the notice, slow or not', async ({ page }) => {
  await page.goto(sites.plain.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#start-failed')).toHaveCount(0);
  await page.goto(`${sites.plain.url}edit.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#start-failed')).toHaveCount(0);
});
