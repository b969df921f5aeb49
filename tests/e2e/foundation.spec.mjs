// Foundation checks on the release build: it loads from a plain static server,
// mounts, and stays hermetic (no console errors, no failed or foreign requests —
// the `guard` fixture from fixtures.mjs asserts those after every test).
import { test, expect, SUBPATH_URL } from './fixtures.mjs';

const BRIEFING_TITLE = 'Chen Zhichang special investigation of key industrial project construction';

test('page title is "Briefing Explorer"', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Briefing Explorer');
});

test('app mounts and shows the briefing title', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
});

test('release build references its assets with relative URLs', async ({ page, request }) => {
  const html = await (await request.get('./index.html')).text();
  const refs = [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]);
  const absolute = refs.filter((r) => /^(?:\/|[a-z][a-z0-9+.-]*:)/i.test(r) && !/^(?:data|blob|mailto):/i.test(r) && !r.startsWith('#'));
  expect(absolute, 'absolute asset URLs in dist/index.html').toEqual([]);
});

test('works when served under a sub-path', async ({ page }) => {
  await page.goto(SUBPATH_URL);
  await expect(page).toHaveTitle('Briefing Explorer');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
});

test('wasm is served as application/wasm', async ({ page }) => {
  const wasmResponse = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto('./');
  const res = await wasmResponse;
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/wasm');
});
