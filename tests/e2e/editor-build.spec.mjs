// The briefing editor's page (edit.html) in the release build, beside the explorer
// (scripts/build-site.sh): readers of index.html never fetch a file of it, and it loads on its
// own bundle at the site root and under a sub-path, with the same Content-Security-Policy. The
// guard fixture fails any test on a console error, a failed request or a foreign one.
import fs from 'node:fs';
import path from 'node:path';
import { ALLOWED_ORIGINS, E2E_PORT } from './env.mjs';
import { test, expect, SUBPATH_URL, BRIEFING_TITLE } from './fixtures.mjs';
import { siteCopy } from './site-copy.mjs';

const ALONE_PORT = E2E_PORT + 17;

const EDITOR_FILE = /\/(?:edit\.html|briefing-editor[-_][^/]*|editor-[0-9a-f]+\.css)$/;
const EXPLORER_BUNDLE = /\/briefing-explorer-[0-9a-f]+(?:\.js|_bg\.wasm)$/;

/**
 * The files the page downloads. The explorer's one `HEAD` request for edit.html, which asks
 * whether the editor is published and downloads nothing of it, is not one.
 */
function recordRequests(page) {
  const requests = [];
  page.on('request', (request) => {
    if (request.method() !== 'HEAD') requests.push(request.url().split(/[?#]/, 1)[0]);
  });
  return requests;
}

test('index.html loads no file of the editor', async ({ page, request }) => {
  const requests = recordRequests(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requests.some((url) => EXPLORER_BUNDLE.test(url)), 'the explorer loaded its own bundle').toBe(true);
  expect(requests.filter((url) => EDITOR_FILE.test(url)), 'editor files fetched by index.html').toEqual([]);
  // Nor does its markup load one (no preload, no stylesheet, no script). Its first view
  // (scripts/first-view.mjs) holds the explorer's own "Edit this data" link to edit.html, which
  // loads nothing until followed.
  const markup = await (await request.get('./index.html')).text();
  expect(markup).not.toMatch(/<(?:link|script)\b[^>]*(?:briefing-editor|edit\.html|editor-[0-9a-f]+\.css)/);
  expect(markup).not.toMatch(/briefing-editor/);
});

for (const [where, address] of [['at the site root', './edit.html'], ['under a sub-path', `${SUBPATH_URL}edit.html`]]) {
  test(`edit.html loads ${where}, on its own bundle, with no console warning`, async ({ page }) => {
    const requests = recordRequests(page);
    // Chromium warned on every load that a fetch preload cannot check its integrity attribute.
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1, name: 'Briefing editor' })).toBeVisible();
    await expect(page).toHaveTitle('Briefing editor · Briefing Explorer');
    await page.waitForLoadState('networkidle');
    expect(requests.some((url) => /\/briefing-editor-[0-9a-f]+_bg\.wasm$/.test(url)), 'the editor\'s wasm').toBe(true);
    expect(requests.filter((url) => EXPLORER_BUNDLE.test(url)), 'the explorer\'s bundle, fetched by edit.html').toEqual([]);
    // Relative URLs only: every request stays in the page's folder.
    const folder = new URL('./', page.url()).href;
    expect(requests.filter((url) => !/^(?:data|blob):/.test(url) && !url.startsWith(folder)), `requests outside ${folder}`).toEqual([]);
    expect(warnings).toEqual([]);
  });
}

test('edit.html carries the Content-Security-Policy, and what the editor will use passes it', async ({ page, request }) => {
  const html = await (await request.get('./edit.html')).text();
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  expect(policy, 'CSP meta in edit.html').toBeTruthy();
  const directives = policy.split(';').map((part) => part.trim());
  expect(directives).toContain("default-src 'self'");
  expect(directives).toContain("connect-src 'self'");
  expect(directives).toContain("style-src 'self'");
  const scriptSrc = directives.find((part) => part.startsWith('script-src')) ?? '';
  expect(scriptSrc.split(/\s+/)).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toContain("'unsafe-eval'");

  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('./edit.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Briefing editor' })).toBeVisible();
  // "Edit this data" will fetch data/*.json from the page's folder (connect-src 'self'), and
  // drafts will be kept in IndexedDB, which no CSP directive governs.
  const used = await page.evaluate(async () => {
    const data = await fetch('data/briefings.json');
    const json = data.ok ? await data.json() : null;
    const indexedDb = await new Promise((resolve) => {
      const open = indexedDB.open('editor-build-spec');
      open.onsuccess = () => {
        open.result.close();
        indexedDB.deleteDatabase('editor-build-spec');
        resolve(true);
      };
      open.onerror = () => resolve(String(open.error));
    });
    return { briefings: json?.briefings?.length ?? null, indexedDb };
  });
  expect(used).toEqual({ briefings: 1, indexedDb: true });
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test.describe('the explorer published alone', () => {
  test.use({ allowedOrigins: [...ALLOWED_ORIGINS, `http://127.0.0.1:${ALONE_PORT}`] });

  test('takes its "Edit this data" button away, and asks for no file of the editor', async ({ page, guard }) => {
    // As HOSTING.md says: the site's folder without edit.html and the editor's files.
    const site = await siteCopy('alone', {}, { port: ALONE_PORT });
    try {
      for (const name of fs.readdirSync(site.root)) {
        if (EDITOR_FILE.test(`/${name}`)) fs.rmSync(path.join(site.root, name));
      }
      guard.allowFailedRequest(/\/edit\.html -> HTTP 404$/);
      guard.allowConsoleError(/404/);
      const requests = recordRequests(page);
      await page.goto(site.url);
      await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Edit this data' })).toHaveCount(0);
      expect(requests.filter((url) => EDITOR_FILE.test(url))).toEqual([]);
    } finally {
      await site.close();
    }
  });
});
