// dist/ served under a URL prefix (/some/sub/path/) by a plain static server: the app renders,
// filtering works, and every request stays inside the prefix (relative URLs only, hash state);
// its address without the trailing slash, served without a redirect, moves to the one with it.
import { DIST, E2E_PORT, SUBPATH_PREFIX } from './env.mjs';
import { test, expect, SUBPATH_URL, expectBundledBriefingFilters, projectCards } from './fixtures.mjs';
import { startServer } from './static-server.mjs';

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

test('the folder’s address without its slash, served without a redirect, goes to the address with it', async ({ page, guard }) => {
  // A host that answers /some/sub/path with the folder's index.html (a clean-address rewrite):
  // the relative URLs would resolve against /some/sub/.
  const port = E2E_PORT + 12;
  const server = await startServer({ root: DIST, host: '127.0.0.1', port, prefix: SUBPATH_PREFIX, noRedirect: true, quiet: true });
  guard.allowOrigin(server.url);
  // What the browser fetched ahead of the page's first script, at the folder above, before
  // the page went on.
  guard.allowFailedRequest(/\/some\/sub\/[^/]+ -> (HTTP 404|net::ERR_ABORTED)$/);
  try {
    const folder = server.url.slice(0, -1);
    await page.goto(`${folder}?utm_source=x#industry=magnesium-alloys`, { waitUntil: 'commit' });
    await expect(page).toHaveURL(`${server.url}?utm_source=x#industry=magnesium-alloys`);
    await expect(projectCards(page)).toHaveCount(1);
  } finally {
    await server.close();
  }
});
