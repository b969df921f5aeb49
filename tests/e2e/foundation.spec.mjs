// Foundation checks on the release build: it loads from a plain static server,
// mounts, and stays hermetic (no console errors, no failed or foreign requests —
// the `guard` fixture from fixtures.mjs asserts those after every test).
import { test, expect, SUBPATH_URL, BRIEFING_TITLE } from './fixtures.mjs';

test('page title is the briefing\'s title, then "Briefing Explorer"', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(`${BRIEFING_TITLE} — Briefing Explorer`);
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
  await expect(page).toHaveTitle(`${BRIEFING_TITLE} — Briefing Explorer`);
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
});

test('wasm is served as application/wasm', async ({ page }) => {
  const wasmResponse = page.waitForResponse((r) => r.url().endsWith('.wasm'));
  await page.goto('./');
  const res = await wasmResponse;
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/wasm');
});

test('a Content-Security-Policy allows only the app itself, and nothing violates it', async ({ page, request }) => {
  const html = await (await request.get('./index.html')).text();
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  expect(policy, 'CSP meta in dist/index.html').toBeTruthy();
  const scriptSrc = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src'));
  expect(scriptSrc).toContain("'wasm-unsafe-eval'");
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  const styleSrc = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('style-src'));
  expect(styleSrc).toBe("style-src 'self'");
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).toContain("default-src 'self'");

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('group', { name: 'Industry' }).getByRole('button', { name: /New energy/ }).click();
  await expect(page.getByText('2 of 4 projects shown')).toBeVisible();
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`no layout shift while loading (${viewport.width}px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      window.__layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) window.__layoutShifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./');
    await expect(page.getByRole('region', { name: 'Projects' }).getByRole('article')).toHaveCount(4);
    // Let the charts draw and any late layout settle before reading the shifts.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.evaluate(() => window.__layoutShifts)).toEqual([]);
  });
}
