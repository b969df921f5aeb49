// Shared Playwright fixtures for every e2e spec.
//
//   import { test, expect, SUBPATH_URL } from './fixtures.mjs';
//
//   test('something', async ({ page, guard }) => {
//     await page.goto('./');
//     ...
//   });   // <- at the end of every test the guard asserts: no console errors,
//         //    no uncaught page errors, no failed requests (network error or
//         //    HTTP >= 400), no request to any origin but our own test servers.
//
// The guard is an automatic fixture: every test that imports `test` from this
// file is checked, whether or not it names `guard`. Requests to foreign origins
// are also blocked (aborted) so a test never depends on the outside world.
//
// Per test or per file, expected noise can be allowed:
//   test.use({ allowedConsoleErrors: [/ResizeObserver loop/] });
//   test.use({ allowedFailedRequests: [/\/missing\.json$/] });
//   test.use({ allowedOrigins: ['http://127.0.0.1:9999'] });
// or inside a test: guard.allowConsoleError(/…/), guard.allowFailedRequest(/…/).
// guard.expectClean() asserts mid-test; guard.reset() forgets what was seen;
// guard.consoleErrors / pageErrors / failedRequests / foreignRequests are arrays
// of strings to inspect directly.
import { test as base, expect } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { ALLOWED_ORIGINS, BASE_URL, SUBPATH_URL } from './env.mjs';

export { expect, BASE_URL, SUBPATH_URL, ALLOWED_ORIGINS };

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

function matchesAny(text, patterns) {
  return patterns.some((p) => (p instanceof RegExp ? p.test(text) : text.includes(p)));
}

export class Guard {
  constructor({ allowedOrigins, allowedConsoleErrors, allowedFailedRequests }) {
    this.allowedOrigins = new Set(allowedOrigins);
    this.allowedConsole = [...allowedConsoleErrors];
    this.allowedFailed = [...allowedFailedRequests];
    this.reset();
  }

  reset() {
    /** console.error / console.assert messages, "text (url:line)" */
    this.consoleErrors = [];
    /** uncaught exceptions and unhandled rejections in the page */
    this.pageErrors = [];
    /** "METHOD url -> error text" or "METHOD url -> HTTP status" */
    this.failedRequests = [];
    /** "METHOD url" for every request (incl. websockets) to an origin not allowed */
    this.foreignRequests = [];
  }

  allowConsoleError(pattern) { this.allowedConsole.push(pattern); }
  allowFailedRequest(pattern) { this.allowedFailed.push(pattern); }
  allowOrigin(origin) { this.allowedOrigins.add(new URL(origin).origin); }

  isForeign(url) {
    let u;
    try { u = new URL(url); } catch { return false; }
    if (!NETWORK_PROTOCOLS.has(u.protocol)) return false; // data:, blob:, about:, chrome-extension: …
    const origin = u.protocol.startsWith('ws') ? `${u.protocol === 'wss:' ? 'https:' : 'http:'}//${u.host}` : u.origin;
    return !this.allowedOrigins.has(origin);
  }

  problems() {
    const console = this.consoleErrors.filter((t) => !matchesAny(t, this.allowedConsole));
    const failed = this.failedRequests.filter((t) => !matchesAny(t, this.allowedFailed));
    return { consoleErrors: console, pageErrors: this.pageErrors, failedRequests: failed, foreignRequests: this.foreignRequests };
  }

  /** Assert that nothing bad has been seen so far (reports every kind of problem at once). */
  expectClean() {
    const report = Object.fromEntries(
      Object.entries(this.problems()).filter(([, list]) => list.length > 0),
    );
    expect(report, 'console errors, page errors, failed or foreign requests').toEqual({});
  }

  attach(context) {
    context.on('console', (msg) => {
      if (msg.type() !== 'error' && msg.type() !== 'assert') return;
      const loc = msg.location();
      const where = loc && loc.url ? ` (${loc.url}:${loc.lineNumber})` : '';
      this.consoleErrors.push(`${msg.text()}${where}`);
    });
    context.on('weberror', (err) => {
      const e = err.error();
      this.pageErrors.push(e && e.stack ? e.stack : String(e));
    });
    context.on('request', (req) => {
      if (this.isForeign(req.url())) this.foreignRequests.push(`${req.method()} ${req.url()}`);
    });
    context.on('requestfailed', (req) => {
      if (this.isForeign(req.url())) return; // reported (and aborted) as foreign
      const failure = req.failure();
      const why = failure ? failure.errorText : 'failed';
      // Navigations cancelled by a later navigation are not failures of the app, nor is the
      // browser's own request for the page icon, which it cancels when the test navigates on
      // before the icon has arrived.
      if (why === 'net::ERR_ABORTED' && req.isNavigationRequest()) return;
      if (why === 'net::ERR_ABORTED' && /\/favicon-[0-9a-f]+\.png$/.test(req.url())) return;
      // Nor is the app's question whether the editor is published (a HEAD request for
      // edit.html, asked once the data has settled), cut short when the test moves on first.
      if (why === 'net::ERR_ABORTED' && req.method() === 'HEAD') return;
      // Nor is a request of a frame inside the page (the embed panel's preview) cut short as the
      // frame is removed: closing the panel before the preview's page has fetched its site list.
      if (why === 'net::ERR_ABORTED' && inRemovedOrInnerFrame(req)) return;
      this.failedRequests.push(`${req.method()} ${req.url()} -> ${why}`);
    });
    context.on('response', (res) => {
      if (res.status() >= 400 && !this.isForeign(res.url())) {
        this.failedRequests.push(`${res.request().method()} ${res.url()} -> HTTP ${res.status()}`);
      }
    });
    context.on('page', (page) => {
      page.on('websocket', (ws) => {
        if (this.isForeign(ws.url())) this.foreignRequests.push(`WEBSOCKET ${ws.url()}`);
      });
    });
  }
}

/**
 * Whether the page's app has started: `#app` is no longer busy and no first view
 * (scripts/first-view.mjs) stands in for it. Pages without `#app` count as started, and so
 * does a page that shows its notice that the app could not start: it never will.
 */
const appStarted = () => {
  const app = document.getElementById('app');
  const notice = document.getElementById('start-failed');
  if (notice && getComputedStyle(notice).visibility === 'visible') return true;
  return !app || (!app.hasAttribute('aria-busy') && !app.querySelector(':scope > .first-view'));
};

export const test = base.extend({
  /**
   * After `page.goto` and `page.reload`, wait for the app to start. The first view shows the
   * briefing before the app answers input, and a test's key press in that moment would be lost,
   * as a person's would; tests act on the app. `first-view.spec.mjs` turns this off to see the
   * first view itself. A page whose app never starts is left to the test's own assertions.
   */
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, use) => {
    if (waitForApp) {
      for (const method of ['goto', 'reload']) {
        const original = page[method].bind(page);
        page[method] = async (...args) => {
          const response = await original(...args);
          // Thirty seconds: on a loaded machine (CI beside other work) the app may take over
          // ten to start, and a click on the first view's own controls meanwhile is lost, as a
          // person's would be (the likely cause of a chart-table test's one failure).
          await page.waitForFunction(appStarted, null, { timeout: 30_000 }).catch(() => {});
          return response;
        };
      }
    }
    await use(page);
  },
  allowedOrigins: [ALLOWED_ORIGINS, { option: true }],
  allowedConsoleErrors: [[], { option: true }],
  allowedFailedRequests: [[], { option: true }],

  guard: [
    async ({ context, allowedOrigins, allowedConsoleErrors, allowedFailedRequests }, use) => {
      const guard = new Guard({ allowedOrigins, allowedConsoleErrors, allowedFailedRequests });
      guard.attach(context);
      // Keep tests hermetic: never let a request leave for a foreign origin.
      await context.route((url) => guard.isForeign(url.href), (route) => route.abort('blockedbyclient'));
      await use(guard);
      guard.expectClean();
    },
    { auto: true },
  ],
});

/**
 * Run axe-core on the page and assert there are no violations.
 * @param {import('@playwright/test').Page} page
 * @param {{include?: string|string[], exclude?: string|string[], disableRules?: string[], tags?: string[]}} [opts]
 * @returns the full axe results (for extra assertions).
 */
export async function expectNoA11yViolations(page, opts = {}) {
  let builder = new AxeBuilder({ page });
  if (opts.include) builder = builder.include(opts.include);
  if (opts.exclude) builder = builder.exclude(opts.exclude);
  if (opts.disableRules) builder = builder.disableRules(opts.disableRules);
  builder = builder.withTags(opts.tags ?? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe-core accessibility violations').toEqual([]);
  return results;
}

/** The bundled briefing's headline, which the app shows as its <h1>. */
export const BRIEFING_TITLE = 'Chen Zhichang special investigation of key industrial project construction';

/** The toggle of one industry in the filter panel. */
export const industryButton = (page, name) => page.getByRole('group', { name: 'Industry' }).getByRole('button', { name });

/** The project cards in the "Projects" region. */
export const projectCards = (page) => page.getByRole('region', { name: 'Projects' }).getByRole('article');

/**
 * The bundled briefing is on screen with its four projects, and the "Magnesium alloys" filter
 * leaves Baowu Magnesium alone: the smallest proof that a build renders and filters.
 */
export async function expectBundledBriefingFilters(page) {
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(projectCards(page)).toHaveCount(4);
  await industryButton(page, /^Magnesium alloys/).click();
  await expect(projectCards(page)).toHaveCount(1);
  await expect(projectCards(page).first().getByRole('heading', { level: 3 })).toContainText('Baowu');
}

/** Whether a request was made by a frame inside its page, or by a frame already removed. */
function inRemovedOrInnerFrame(req) {
  try {
    const frame = req.frame();
    return frame.isDetached() || frame.parentFrame() !== null;
  } catch {
    // Playwright cannot name the frame of a request whose frame has gone.
    return true;
  }
}
