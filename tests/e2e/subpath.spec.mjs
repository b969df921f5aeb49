// dist/ served under a URL prefix (/some/sub/path/) by a plain static server: the app renders,
// filtering works, and every request stays inside the prefix (relative URLs only, hash state).
import { test, expect, SUBPATH_URL, expectBundledBriefingFilters, projectCards } from './fixtures.mjs';

test('renders, filters and stays inside its folder under a sub-path', async ({ page }) => {
  const prefix = new URL(SUBPATH_URL);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto(SUBPATH_URL);
  await expectBundledBriefingFilters(page);
  const cards = projectCards(page);
  // State lives in the hash: the path is still the folder's.
  const url = new URL(page.url());
  expect(url.pathname).toBe(prefix.pathname);
  expect(url.hash).toContain('magnesium-alloys');

  // A reload of the filtered address needs no server rewrite.
  await page.reload();
  await expect(cards).toHaveCount(1);

  expect(requests.length).toBeGreaterThan(0);
  const outside = requests.filter((r) => {
    const u = new URL(r);
    if (['data:', 'blob:'].includes(u.protocol)) return false;
    return u.origin !== prefix.origin || !u.pathname.startsWith(prefix.pathname);
  });
  expect(outside, `requests outside ${prefix.pathname}`).toEqual([]);
  // It did load its own files from the folder (the wasm and at least one stylesheet).
  expect(requests.some((r) => r.startsWith(SUBPATH_URL) && r.endsWith('.wasm'))).toBe(true);
  expect(requests.some((r) => r.startsWith(SUBPATH_URL) && r.endsWith('.css'))).toBe(true);
});
