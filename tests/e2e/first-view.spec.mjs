// The first view (scripts/first-view.mjs): the build's own render of the default view (and, on a
// site of several briefings, of "All briefings"), shown by the page's early script as soon as the
// data has arrived, before the app has started, and only when it is the view the app will show
// (the address it was made for, the same data, the browser's language); the app then takes its
// place with no shift and no second copy.
import { E2E_PORT, ALLOWED_ORIGINS, BASE_URL } from './env.mjs';
import { test, expect, BRIEFING_TITLE, industryButton, projectCards } from './fixtures.mjs';
import { siteCopy, TEST_DATA } from './site-copy.mjs';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PORT = E2E_PORT + 22;
const SEVERAL_PORT = E2E_PORT + 23;
const SLOW_PAGE_PORT = E2E_PORT + 24;
const FIRST_VIEW_SCRIPT = fileURLToPath(new URL('../../scripts/first-view.mjs', import.meta.url));

// These tests look at the page before its app has started.
test.use({ waitForApp: false });

/** Holds back the explorer's wasm until `release()` is called, so the page stays at its start. */
async function holdApp(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/briefing-explorer-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Holds back the data file until the function it resolves to is called, as a slow connection would. */
async function holdData(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/\/data\/briefings\.json$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Whether the app has started (src/app/first_view.rs marks #app). */
const appStarted = (page) => page.evaluate(() => document.getElementById('app').hasAttribute('data-live'));

test('the briefing is on screen before the app has started, and the app takes its place', async ({ page }) => {
  await page.addInitScript(() => {
    window.__layoutShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdApp(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIEFING_TITLE);
  await expect(page.locator('#projects article')).toHaveCount(4);
  await expect(page.locator('#projects')).toContainText('840,000 sets');
  expect(await appStarted(page)).toBe(false);
  // The build took it once the page had settled: each chart has its bars' overlay (two capacity
  // bars and three industries), and no address of the build's own server is in it.
  await expect(page.locator('#app > .first-view .chart-hit')).toHaveCount(5);
  await expect(page.locator('#app > .first-view .print-view-url')).toHaveCount(0);
  // Nothing in it can be used yet: it is inert, out of reach of clicks, keys and screen readers.
  await expect(page.locator('#app > .first-view')).toHaveAttribute('inert', '');
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);

  release();
  await expect.poll(() => appStarted(page)).toBe(true);
  await expect(page.locator('#app > .first-view')).toHaveCount(0);
  await expect(projectCards(page)).toHaveCount(4);
  await expect(page.locator('#projects')).toHaveCount(1);
  // The app's render took the first view's place without moving anything.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await page.evaluate(() => window.__layoutShifts)).toEqual([]);
  await industryButton(page, /Magnesium alloys/).click();
  await expect(projectCards(page)).toHaveCount(1);
});

test('on a phone, the first view fits the screen: nothing reaches past its edge', async ({ page }) => {
  // The build makes the first view at 1280 pixels; its charts' bar overlays keep that width.
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdApp(page);
  await page.goto('./');
  await expect(page.locator('#app > .first-view #projects article')).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  release();
});

test('the app builds its page behind the first view, shows it once it has its project list, and keeps the height until the rest is in', async ({ page }) => {
  // Frame by frame from the app's start until its page is whole: what is on screen (the first
  // view, or the app's own page), what the app's page holds and how tall the page is; and, when
  // the first view goes, what it left behind.
  await page.addInitScript(() => {
    window.__frames = [];
    const ALL = ['#projects article', '#charts-heading', '#directives-heading', '#source'];
    const sections = (root) => ALL.filter((selector) => root?.querySelector(selector));
    const sample = () => {
      const app = document.getElementById('app');
      if (app?.hasAttribute('data-live')) {
        const host = app.querySelector(':scope > .app-host');
        window.__frames.push({
          firstView: app.querySelector(':scope > .first-view') !== null,
          appShown: host?.firstElementChild?.checkVisibility({ visibilityProperty: true }) ?? false,
          appHas: sections(host),
          appLaidOut: (host?.querySelector('#projects')?.getBoundingClientRect().height ?? 0) > 0,
          pointerReaches: document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('.first-view, .app-host')?.className ?? null,
          pageHeight: document.documentElement.scrollHeight,
        });
      }
    };
    const look = () => {
      sample();
      const last = window.__frames.at(-1);
      if (!last || last.firstView || last.appHas.length < ALL.length) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    new MutationObserver((records) => {
      // The app's first render (its page without the project list) and the list, a task
      // later, may both come between two frames on a busy machine: the page is also looked at
      // as the first render puts it in, behind the first view.
      const app = document.getElementById('app');
      const rendered = records.some((record) => [...record.addedNodes].some((node) => node.matches?.('#projects') || node.querySelector?.('#projects')));
      if (rendered && app?.querySelector(':scope > .first-view')) sample();
      for (const record of records) {
        if ([...record.removedNodes].some((node) => node.classList?.contains('first-view'))) {
          window.__leftBehind = sections(document.querySelector('#app > .app-host'));
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  await expect(page.locator('#app > .first-view')).toHaveCount(0);
  await expect(page.locator('#source')).toBeAttached();
  await expect.poll(() => page.evaluate(() => window.__frames.at(-1)?.appHas.length)).toBe(4);
  const frames = await page.evaluate(() => window.__frames);
  const behind = frames.filter((frame) => frame.firstView);
  const after = frames.filter((frame) => !frame.firstView);
  // The app's start took frames with the first view on screen and the app's page hidden.
  expect(behind.length, JSON.stringify(frames)).toBeGreaterThanOrEqual(1);
  expect(behind.every((frame) => !frame.appShown), JSON.stringify(frames)).toBe(true);
  // A pointer does not reach the page behind it (nor the first view, which is inert).
  expect(behind.every((frame) => frame.pointerReaches === null), JSON.stringify(frames)).toBe(true);
  // That page is laid out while hidden, so that showing it is all that is left when the first
  // view goes (with the page out of the layout, that frame laid out all of it and was the
  // start's longest task).
  expect(behind.some((frame) => frame.appLaidOut), JSON.stringify(frames)).toBe(true);
  // It went once the app's page had its project list, before the sections below it.
  expect(await page.evaluate(() => window.__leftBehind)).toEqual(['#projects article']);
  // Those came in the frames after, one by one, on a page that kept the first view's height
  // meanwhile (a shorter page would have moved a reader scrolled down), and took its own after.
  expect(new Set(after.map((frame) => frame.appHas.length)).size, JSON.stringify(after)).toBeGreaterThanOrEqual(2);
  const heldHeight = behind.at(-1).pageHeight;
  expect(after.filter((frame) => frame.appHas.length < 4).every((frame) => frame.pageHeight >= heldHeight), JSON.stringify(frames)).toBe(true);
  await expect.poll(() => page.evaluate(() => document.getElementById('app').style.minHeight)).toBe('');
  // The page showed, laid out, and took the pointer.
  expect(frames.at(-1)).toMatchObject({ firstView: false, appShown: true, appHas: ['#projects article', '#charts-heading', '#directives-heading', '#source'], appLaidOut: true, pointerReaches: 'app-host' });
  await expect(page.getByRole('heading', { level: 2, name: 'Charts', exact: true })).toBeVisible();
});

test('the app is fetched only once the first view is on screen', async ({ page }) => {
  // The data arrives late, as on a slow connection: the app's 300 KB must not compete with it.
  const releaseData = await holdData(page);
  const wasmRequests = [];
  await page.route(/briefing-explorer-[0-9a-f]+_bg\.wasm$/, async (route) => {
    wasmRequests.push(await page.evaluate(() => document.querySelector('#app > .first-view') !== null));
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__largestPaints = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__largestPaints.push({ time: entry.startTime, inFirstView: entry.element?.closest('.first-view') != null });
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto('./');
  await expect(page.locator('#app')).toContainText('Loading the briefing');
  await page.waitForTimeout(500);
  expect(wasmRequests, 'no wasm fetched while the data is out').toEqual([]);
  releaseData();
  await expect.poll(() => appStarted(page)).toBe(true);
  expect(wasmRequests, 'one fetch, made with the first view on screen').toEqual([true]);
  // On screen, not only laid out: the browser reports a paint once it is shown, and the fetch
  // starts after the report of the first view's largest paint.
  const { paints, wasmStart } = await page.evaluate(() => ({
    paints: window.__largestPaints,
    wasmStart: performance.getEntriesByType('resource').find((entry) => /_bg\.wasm$/.test(entry.name))?.startTime,
  }));
  const firstViewPaint = paints.find((paint) => paint.inFirstView);
  expect(firstViewPaint, `a largest paint in the first view among ${JSON.stringify(paints)}`).toBeTruthy();
  expect(wasmStart).toBeGreaterThanOrEqual(firstViewPaint.time);
  await expect(projectCards(page)).toHaveCount(4);
});

test('a Chinese browser gets the Chinese first view', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await holdApp(page);
  await page.goto('./');
  await expect(page.locator('#projects')).toContainText('84万');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await context.close();
});

test('an address naming a view gets no first view: the app shows that view itself, fetched at once', async ({ page }) => {
  // With no first view to wait for, the app is fetched while the data is still on its way.
  const releaseData = await holdData(page);
  const wasmRequested = new Promise((resolve) => {
    page.on('request', (request) => { if (/briefing-explorer-[0-9a-f]+_bg\.wasm$/.test(request.url())) resolve(); });
  });
  const release = await holdApp(page);
  await page.goto('./#industry=magnesium-alloys');
  await wasmRequested;
  releaseData();
  await expect(page.locator('#app')).toContainText('Loading the briefing');
  await page.waitForTimeout(500);
  await expect(page.locator('#projects article')).toHaveCount(0);
  release();
  await expect(projectCards(page)).toHaveCount(1);
});

test('without a first view, the cards come first and the charts, directives and source a frame later', async ({ page }) => {
  // What the page holds when its first card appears: the app renders the project list first
  // and the sections below it once the browser has painted.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#app[data-live] #projects article')) return;
      observer.disconnect();
      window.__atFirstCard = ['#charts-heading', '#directives-heading', '#source'].filter((selector) => document.querySelector(selector));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto('./#industry=new-energy');
  await expect(projectCards(page)).toHaveCount(2);
  expect(await page.evaluate(() => window.__atFirstCard)).toEqual([]);
  await expect(page.getByRole('heading', { level: 2, name: 'Charts', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /840,000/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Directives' })).toBeAttached();
  await expect(page.locator('#source')).toBeAttached();
});

test.describe('a page whose markup arrives slowly', () => {
  // The site's own files through a server that sends the page up to the end of its first
  // template (the English first view) and then holds the rest back until `sendRest()`, as a
  // slow connection does with a long page.
  const ORIGIN = `http://127.0.0.1:${SLOW_PAGE_PORT}`;
  test.use({ allowedOrigins: [...ALLOWED_ORIGINS, ORIGIN] });
  let server;
  let sendRest;
  test.beforeAll(async () => {
    server = http.createServer(async (request, response) => {
      const upstream = await fetch(new URL(request.url, BASE_URL), { headers: { 'cache-control': 'no-cache' } });
      const headers = { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const body = Buffer.from(await upstream.arrayBuffer());
      if (request.url !== '/') {
        response.writeHead(upstream.status, headers);
        response.end(body);
        return;
      }
      const html = body.toString('utf8');
      // The English template and what the build put right after it to show it.
      const templateEnd = html.indexOf('</template>') + '</template>'.length;
      const followedBy = html.slice(templateEnd).match(/^\s*<script>[^<]*<\/script>/)?.[0] ?? '';
      const firstTemplateEnd = templateEnd + followedBy.length;
      expect(html.slice(0, firstTemplateEnd)).toContain('data-first-view="en"');
      response.writeHead(200, headers);
      response.write(html.slice(0, firstTemplateEnd));
      // A first chunk the browser parses at once, not one it waits to fill out.
      response.write(' '.repeat(4096));
      await new Promise((resolve) => { sendRest = resolve; });
      response.end(html.slice(firstTemplateEnd));
    });
    await new Promise((resolve) => server.listen(SLOW_PAGE_PORT, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    sendRest?.();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('an English reader sees the English first view while the Chinese one is still on its way', async ({ page }) => {
    await page.goto(`${ORIGIN}/`, { waitUntil: 'commit' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(BRIEFING_TITLE);
    await expect(page.locator('#app > .first-view #projects article')).toHaveCount(4);
    expect(await page.locator('template[data-first-view="zh"]').count(), 'the rest of the page was held back').toBe(0);
    sendRest();
    await expect.poll(() => appStarted(page)).toBe(true);
    await expect(projectCards(page)).toHaveCount(4);
  });
});

test.describe('a site whose data file was replaced after the build', () => {
  const ORIGIN = `http://127.0.0.1:${PORT}`;
  test.use({ allowedOrigins: [...ALLOWED_ORIGINS, ORIGIN] });
  let site;
  test.beforeAll(async () => {
    site = await siteCopy('first-view', { 'data/briefings.json': path.join(TEST_DATA, 'semiconductors.json') }, { port: PORT });
  });
  test.afterAll(async () => site?.close());

  test('shows no first view of the old data', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto(site.url);
    await expect(page.locator('#app')).toContainText('Loading the briefing');
    await page.waitForTimeout(500);
    await expect(page.locator('#projects article')).toHaveCount(0);
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deputy Mayor inspects chip projects');
  });
});

test.describe('a site of several briefings, with the first view the build makes for it', () => {
  const ORIGIN = `http://127.0.0.1:${SEVERAL_PORT}`;
  test.use({ allowedOrigins: [...ALLOWED_ORIGINS, ORIGIN] });
  let site;
  test.beforeAll(async () => {
    site = await siteCopy('first-view-several', { 'data/briefings.json': path.join(TEST_DATA, 'semiconductors.json') }, { port: SEVERAL_PORT });
    execFileSync(process.execPath, [FIRST_VIEW_SCRIPT, '--dist', site.root], { stdio: 'pipe' });
  });
  test.afterAll(async () => site?.close());

  test('its briefing picker shows the chosen briefing, and lists them all once the app has started', async ({ page }) => {
    // The first view keeps only what a closed picker shows, as the app's first render does: a
    // site of a thousand briefings would otherwise send their options twice in index.html.
    const release = await holdApp(page);
    await page.goto(site.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deputy Mayor inspects chip projects');
    expect(await appStarted(page)).toBe(false);
    await expect(page.locator('#app > .first-view .briefing-picker option')).toHaveText([
      'All briefings',
      'May 12, 2023 · Deputy Mayor inspects chip projects',
    ]);
    release();
    await expect.poll(() => appStarted(page)).toBe(true);
    await expect(page.getByRole('combobox', { name: 'Briefing', exact: true }).getByRole('option')).toHaveCount(3);
  });

  test('"All briefings" has a first view of its own, which the app then takes over', async ({ page }) => {
    const release = await holdApp(page);
    await page.goto(`${site.url}#briefing=all`);
    const firstView = page.locator('#app > .first-view');
    await expect(firstView.locator('#projects article')).toHaveCount(3);
    await expect(firstView.locator('#projects')).toContainText('Deputy Mayor revisits the wafer fab');
    await expect(firstView.locator('.briefing-picker option[selected]')).toHaveText('All briefings');
    expect(await appStarted(page)).toBe(false);
    release();
    await expect.poll(() => appStarted(page)).toBe(true);
    await expect(firstView).toHaveCount(0);
    await expect(projectCards(page)).toHaveCount(3);
    await expect(page.getByRole('combobox', { name: 'Briefing', exact: true })).toHaveValue('all');
  });

  test('a briefing of its own, or "All briefings" filtered, gets none', async ({ page }) => {
    const release = await holdApp(page);
    for (const address of ['#briefing=harbor-2024-03-08', '#briefing=all&industry=integrated-circuits']) {
      await page.goto(`${site.url}${address}`);
      await expect(page.locator('#app')).toContainText('Loading the briefing');
      await page.waitForTimeout(300);
      await expect(page.locator('#projects article'), address).toHaveCount(0);
    }
    release();
    await expect(projectCards(page)).not.toHaveCount(0);
  });
});
