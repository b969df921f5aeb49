// Embeds and sharing: #embed=charts|cards|summary shows only that part with a source footer,
// fits a 600×400 frame in an article (light and dark, at the root and under a sub-path), and
// posts its height to the article, and follows a host's change of its fragment (the filters and
// the language); the Embed button writes the code and the Copy link button
// copies the view's address, both by keyboard, both announced.
import fs from 'node:fs';
import path from 'node:path';
import { ALLOWED_ORIGINS, DIST, E2E_PORT, SUBPATH_PREFIX } from './env.mjs';
import { test, expect, expectNoA11yViolations, BRIEFING_TITLE, projectCards } from './fixtures.mjs';
import { siteCopy, TEST_DATA } from './site-copy.mjs';

const PORT = E2E_PORT + 30;
const SUBPATH_PORT = E2E_PORT + 31;
const ORIGINS = [`http://127.0.0.1:${PORT}`, `http://127.0.0.1:${SUBPATH_PORT}`];

test.use({ allowedOrigins: [...ALLOWED_ORIGINS, ...ORIGINS] });

/** An article that embeds `hash` in a 600×400 frame and records the height messages. */
const ARTICLE = (hash) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Article</title></head>
<body style="margin:0">
<h1>An article</h1>
<iframe id="embed" src="index.html#${hash}" title="Embedded charts" width="600" height="400" style="border:0;max-width:100%"></iframe>
<script>
  window.heights = [];
  addEventListener('message', (event) => {
    if (event.data && event.data.type === 'briefing-explorer:height') {
      window.heights.push(event.data);
      document.getElementById('embed').style.height = event.data.height + 'px';
    }
  });
</script>
</body></html>`;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The bundled dataset, changed by `change`, as the text of a data file. */
const bundledWith = (change) => {
  const dataset = JSON.parse(fs.readFileSync(path.join(DIST, 'data', 'briefings.json'), 'utf8'));
  change(dataset.briefings[0]);
  return { text: JSON.stringify(dataset) };
};

const sites = {};
test.beforeAll(async () => {
  const files = {
    'article.html': { text: ARTICLE('industry=new-energy&embed=charts') },
    // A publisher's slip the validator refuses: a request's quote the source does not say.
    'data/bad-quote.json': bundledWith((briefing) => { briefing.projects[1].requests[0].quote = 'Words the source never says'; }),
    // A briefing that lists no project, only city-wide directives: valid, with no card to show.
    'data/no-projects.json': bundledWith((briefing) => {
      briefing.projects = [];
      briefing.directives = briefing.directives.filter((directive) => directive.scope === 'city-wide');
    }),
    'data/semiconductors.json': path.join(TEST_DATA, 'semiconductors.json'),
  };
  sites.root = await siteCopy('embed', files, { port: PORT });
  sites.subpath = await siteCopy('embed-sub', files, { port: SUBPATH_PORT, prefix: SUBPATH_PREFIX });
});
test.afterAll(async () => {
  await sites.root?.close();
  await sites.subpath?.close();
});

for (const where of ['root', 'subpath']) {
  for (const scheme of ['light', 'dark']) {
    test(`#embed=charts fits a 600×400 frame and reports its height (${where}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${sites[where].url}article.html`);
      const frame = page.frameLocator('#embed');
      const charts = frame.getByRole('region', { name: 'Charts' });
      await expect(charts.getByRole('img', { name: /^Capacity in sets per year: BYD drive motors/ })).toBeVisible();
      // A level-one heading names the briefing for a screen reader's outline, unseen.
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(`${BRIEFING_TITLE} — Briefing Explorer`);
      // Only the charts: no filters, no project cards, no data bar.
      await expect(frame.getByRole('button', { name: 'Open data file…' })).toHaveCount(0);
      await expect(frame.getByRole('group', { name: 'Industry' })).toHaveCount(0);
      await expect(frame.getByText(`Source: ${BRIEFING_TITLE}, February 20 — year not stated`)).toBeVisible();
      const fullView = frame.getByRole('link', { name: 'Open the full view' });
      await expect(fullView).toHaveAttribute('href', '#industry=new-energy');
      await expect(fullView).toHaveAttribute('target', '_blank');

      await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
      const last = await page.evaluate(() => window.heights.at(-1));
      expect(last).toEqual({ type: 'briefing-explorer:height', embed: 'charts', height: expect.any(Number) });
      expect(last.height).toBeGreaterThan(200);

      const frameHandle = await page.locator('#embed').elementHandle();
      const content = await frameHandle.contentFrame();
      const widths = await content.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        embed: document.documentElement.dataset.embed,
      }));
      expect(widths.embed).toBe('charts');
      expect(widths.scroll, 'no sideways scrolling').toBeLessThanOrEqual(widths.client);
      // The article sized the frame to the reported height: nothing scrolls inside it.
      await expect.poll(() => content.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
    });
  }
}

let articles = 0;
/** The address of a new article on the root site that embeds `hash` as ARTICLE does. */
const articleFor = (hash) => {
  const name = `article-${(articles += 1)}.html`;
  fs.writeFileSync(path.join(sites.root.root, name), ARTICLE(hash));
  return `${sites.root.url}${name}`;
};

/** The document inside the article's frame. */
const embedded = async (page) => (await page.locator('#embed').elementHandle()).contentFrame();

for (const [file, what] of [['bad-quote.json', 'fails validation'], ['missing.json', 'is missing']]) {
  test(`an embed whose dataset ${what} says in one line, to readers, that its part can't be shown, and fits its frame on a phone`, async ({ page, guard }) => {
    // The missing file's 404, which the browser logs too.
    guard.allowFailedRequest(/\/data\/missing\.json -> HTTP 404$/);
    guard.allowConsoleError(/404 \(Not Found\) \(http:\/\/[^)]*\/data\/missing\.json/);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const part of ['charts', 'cards', 'summary']) {
      await page.goto(articleFor(`data=${file}&embed=${part}`));
      const frame = page.frameLocator('#embed');
      await expect(frame.getByText('This part of the briefing can’t be shown right now.')).toBeVisible();
      // Nothing of the full view's failure page: no site picker, no file to open, no problems
      // in JSON paths or file names, no button to another briefing.
      await expect(frame.getByRole('button')).toHaveCount(0);
      await expect(frame.getByRole('combobox')).toHaveCount(0);
      await expect(frame.getByText(/briefings\[0\]|\.json|could not be shown|Open data file/)).toHaveCount(0);
      // The embed's footer link to the full view, where the publisher sees the problems.
      const fullView = frame.getByRole('link', { name: 'Open the full view' });
      await expect(fullView).toHaveAttribute('href', `#data=${file}`);
      await expect(fullView).toHaveAttribute('target', '_blank');
      // Still the embedded part, reporting its height: the frame fits the line and its footer.
      await expect.poll(() => page.evaluate(() => window.heights.at(-1)), part).toEqual({ type: 'briefing-explorer:height', embed: part, height: expect.any(Number) });
      const { height } = await page.evaluate(() => window.heights.at(-1));
      expect(height, part).toBeGreaterThan(60);
      expect(height, part).toBeLessThan(250);
      const content = await embedded(page);
      expect(new URL(content.url()).hash, part).toBe(`#data=${file}&embed=${part}`);
      expect(await content.evaluate(() => document.documentElement.dataset.embed), part).toBe(part);
      await expect.poll(() => content.evaluate(() => document.documentElement.scrollHeight - innerHeight), part).toBeLessThanOrEqual(1);
      expect(await content.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), part).toBeLessThanOrEqual(0);
    }
  });
}

test('a failed embed speaks the interface language, follows its host\'s lang=, and passes axe', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto(`${sites.root.url}#data=bad-quote.json&embed=summary&lang=zh`);
  await expect(page.getByText('简报的这一部分暂时无法显示。')).toBeVisible();
  await expect(page.getByRole('link', { name: '打开完整视图' })).toHaveAttribute('href', '#data=bad-quote.json&lang=zh');
  await expectNoA11yViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
  await page.evaluate(() => { location.hash = '#data=bad-quote.json&embed=summary&lang=en'; });
  await expect(page.getByText('This part of the briefing can’t be shown right now.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // Not embedded, the same data shows the publisher the whole failure, as before.
  await page.goto(`${sites.root.url}#data=bad-quote.json`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'This briefing could not be shown' })).toBeVisible();
  await expect(page.getByText('briefings[0].projects[1].requests[0].quote')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show this site’s main briefing' })).toBeVisible();
});

test('an embed with nothing to show says so: cards of a briefing that lists no project', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto(`${sites.root.url}#data=no-projects.json&embed=cards`);
  await expect(page.getByText('This briefing lists no project.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the full view' })).toBeVisible();
  // Filters that leave no card name themselves, as the full view's empty list does. (A page
  // loaded afresh: a change of fragment alone would start the other dataset's request, and a
  // reload cut it short.)
  await page.goto('about:blank');
  await page.goto(`${sites.root.url}#industry=magnesium-alloys&status=full-production&embed=cards`);
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(page.getByText(/^No project matches Industry: Magnesium alloys/)).toBeVisible();
});

test('an embedded summary of several briefings offers no switch to another; the full view does', async ({ page }) => {
  await page.goto(`${sites.root.url}#data=semiconductors.json&embed=summary`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ projects?, \d+ directives?$/)).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await page.goto(`${sites.root.url}#data=semiconductors.json`);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Briefing' })).toBeVisible();
});

for (const width of [390, 1280]) {
  test(`#embed=cards reports its real height from its first message on, unchanged as the article is read (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(articleFor('embed=cards'));
    await expect(page.frameLocator('#embed').getByRole('article')).toHaveCount(4);
    await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
    // Read down the article, past the frame, a screen at a time, each step drawn.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.evaluate(() => new Promise((resolve) => {
        scrollBy(0, 400);
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      }));
    }
    const content = await embedded(page);
    const real = await content.evaluate(() => document.documentElement.scrollHeight);
    const reported = await page.evaluate(() => window.heights.map((message) => message.height));
    expect(reported.every((reportedHeight) => reportedHeight === real), `reported ${reported.join(' → ')}, real ${real}`).toBe(true);
  });
}

test('a filtered #embed=cards is no taller than the height it reports: the cards it hides take no room', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(articleFor('industry=magnesium-alloys&embed=cards'));
  await expect(page.frameLocator('#embed').getByRole('article')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  const content = await embedded(page);
  await expect.poll(() => content.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
});

test('#embed=cards keeps its headings in order and passes axe, best practices included', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#embed=cards');
  await expect(page.getByRole('article')).toHaveCount(4);
  // The page's title, the list's heading, then each card's: no level skipped.
  await expect(page.getByRole('heading', { level: 2, name: 'Projects' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Projects' }).getByRole('heading', { level: 3 })).toHaveCount(4);
  await expectNoA11yViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
});

test('#embed=cards and #embed=summary show only their part, with the filters', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./#industry=magnesium-alloys&embed=cards');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article').getByRole('heading', { level: 3 })).toContainText('Baowu');
  await expect(page.getByRole('region', { name: 'Charts' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

  await page.goto('./#embed=summary');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.getByText(/^4 projects, \d+ directives$/)).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);

  // One project is "1 project".
  await page.goto('./#embed=summary&industry=magnesium-alloys');
  await page.reload();
  await expect(page.getByText(/^1 project, \d+ directives$/)).toBeVisible();
  // It names the filter behind its counts; the whole briefing's summary names none.
  await expect(page.getByText('Industry: Magnesium alloys · Status: all · Search: none')).toBeVisible();
  await page.goto('./#embed=summary');
  await page.reload();
  await expect(page.getByText(/^4 projects, \d+ directives$/)).toBeVisible();
  await expect(page.getByText(/^Industry: /)).toHaveCount(0);
});

test('a summary, filtered or not, in either language, fits the 600×400 frame the Embed dialog writes, its link to the full view in it', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  for (const hash of ['#embed=summary', '#industry=new-energy&status=full-production&embed=summary', '#industry=new-energy&status=full-production&embed=summary&lang=zh']) {
    // Each load's requests finish before the next: a reload cut the site index's short (a
    // failed request, which the fixture counts).
    await page.goto(`./${hash}`);
    await page.waitForLoadState('networkidle');
    await page.reload();
    await page.waitForLoadState('networkidle');
    const link = page.getByRole('link', { name: hash.includes('lang=zh') ? '打开完整视图' : 'Open the full view' });
    await expect(link).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight), hash).toBeLessThanOrEqual(400);
    expect((await link.boundingBox()).y + (await link.boundingBox()).height, hash).toBeLessThanOrEqual(400);
  }
});

test('an embedded view follows the language its host writes into the frame\'s fragment, and back', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./#embed=summary');
  await expect(page.getByText(/^4 projects, \d+ directives$/)).toBeVisible();
  // What a host page does when it changes an iframe's `src` after its fragment: the filters and
  // the language change together, and the page is not loaded again.
  await page.evaluate(() => { location.hash = '#embed=summary&industry=new-energy&lang=zh'; });
  await expect(page.getByRole('link', { name: '打开完整视图' })).toBeVisible();
  await expect(page.getByText(/^\d+ 个项目，\d+ 条部署$/)).toBeVisible();
  await expect(page.getByText(/ projects?, /)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);

  await page.evaluate(() => { location.hash = '#embed=summary&industry=new-energy&lang=en'; });
  await expect(page.getByRole('link', { name: 'Open the full view' })).toBeVisible();
  await expect(page.getByText(/^\d+ projects?, \d+ directives$/)).toBeVisible();
  await expect(page.getByText(/个项目/)).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('in an embed, a card\'s "Source" and a chart bar link to the full view at the project\'s sentences, in a new tab, and say so; nothing in it only selects', async ({ page, context }) => {
  await page.setViewportSize({ width: 600, height: 800 });
  await page.goto('./#industry=new-energy&embed=cards');
  const byd = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /^BYD's annual output/ }) });
  const source = byd.getByRole('link', { name: 'Source for BYD drive motors' });
  await expect(source).toHaveText('Source');
  await expect(source).toHaveAttribute('href', '#industry=new-energy&project=byd');
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAccessibleDescription('Opens the full view in a new tab, at the project’s sentences in the source text.');
  await expect(page.getByRole('button', { name: /^Source/ })).toHaveCount(0);
  // The reader who follows it sees the sentences, highlighted, in the full view.
  const [full] = await Promise.all([context.waitForEvent('page'), source.click()]);
  await expect(full).toHaveURL(/#industry=new-energy&project=byd$/);
  await expect(full.getByRole('region', { name: 'Source text' }).getByText('Highlighted: the sentences behind BYD drive motors')).toBeVisible();
  await expect(full.getByRole('region', { name: 'Source text' }).locator('mark').filter({ hasText: '840,000 sets' })).toHaveCount(1);
  await full.close();
  // The embed itself is as it was: the footer's link still opens the view embedded.
  await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute('href', '#industry=new-energy');

  await page.goto('./#industry=new-energy&embed=charts&lang=zh');
  await page.reload();
  const bar = page.getByRole('link', { name: /^BYD drive motors：/ });
  await expect(bar).toHaveAttribute('href', '#industry=new-energy&project=byd&lang=zh');
  await expect(bar).toHaveAttribute('target', '_blank');
  await expect(bar).toHaveAccessibleDescription('在新标签页中打开完整视图，定位到该项目在来源文本中所依据的句子。');
  await expect(page.getByRole('button', { name: /BYD/ })).toHaveCount(0);
  await expectNoA11yViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
});

test('in an embedded summary, each fact\'s "Source" links to the full view at the fact\'s sentences, in a new tab, and says so, in either language', async ({ page, context }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./#industry=new-energy&embed=summary');
  // The header, inside the embed's main region, is no banner.
  const facts = page.locator('.briefing-facts');
  const date = facts.getByRole('link', { name: 'Source for the date', exact: true });
  await expect(date).toHaveText('Source');
  await expect(date).toHaveAttribute('href', '#industry=new-energy&fact=date');
  await expect(date).toHaveAttribute('target', '_blank');
  await expect(date).toHaveAccessibleDescription('Opens the full view in a new tab, at the sentences behind the fact in the source text.');
  await expect(facts.getByRole('link', { name: 'Source for the officials', exact: true })).toHaveAttribute('href', '#industry=new-energy&fact=officials');
  await expect(facts.getByRole('link', { name: 'Source for the others attending', exact: true })).toHaveAttribute('href', '#industry=new-energy&fact=participants');
  // No sentence says where the visit was: the place says what does, and links nowhere.
  await expect(facts.getByRole('link', { name: 'Source for the place' })).toHaveCount(0);
  await expect(facts.getByText("(from the source's note)")).toBeVisible();
  await expect(page.getByRole('button', { name: /^Source/ })).toHaveCount(0);
  // The links are 24 px targets, and the summary, its footer's link to the full view too, still
  // fits the frame.
  for (const box of await facts.getByRole('link').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON()))) {
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  const footerLink = page.getByRole('link', { name: 'Open the full view' });
  expect((await footerLink.boundingBox()).y + (await footerLink.boundingBox()).height).toBeLessThanOrEqual(400);
  // The reader who follows one sees the sentence, highlighted, in the full view.
  const [full] = await Promise.all([context.waitForEvent('page'), date.click()]);
  await expect(full).toHaveURL(/#industry=new-energy&fact=date$/);
  const source = full.getByRole('region', { name: 'Source text' });
  await expect(source.getByText('Highlighted: the sentences behind the date')).toBeVisible();
  await expect(source.locator('mark').first()).toBeVisible();
  await full.close();

  await page.goto('./#embed=summary&lang=zh');
  await page.reload();
  const chineseDate = facts.getByRole('link', { name: '“日期”的出处', exact: true });
  await expect(chineseDate).toHaveText('出处');
  await expect(chineseDate).toHaveAttribute('href', '#fact=date&lang=zh');
  await expect(chineseDate).toHaveAccessibleDescription('在新标签页中打开完整视图，定位到这项信息在来源文本中所依据的句子。');
  await expectNoA11yViolations(page, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
  await page.goto('./#embed=summary&lang=en');
});

test('an embed whose address names an unknown filter says so, as the full view does, and Dismiss puts it away', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 400 });
  await page.goto('./#embed=cards&industry=bogus');
  await expect(page.getByRole('article')).toHaveCount(4);
  const notice = page.getByRole('status').filter({ hasText: 'Part of the address was not understood' });
  await expect(notice).toContainText('Ignored unknown industry “bogus” in the address.');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('article')).toHaveCount(4);
});

test('an unknown embed value is ignored with a notice', async ({ page }) => {
  await page.goto('./#embed=everything');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.getByText('Ignored unknown embedded part “everything” in the address.')).toBeVisible();
});

test('Copy link and Embed work by keyboard and announce success', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await page.goto('./#industry=new-energy');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();

  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link to this view copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}#industry=new-energy`);

  const embed = page.getByRole('button', { name: 'Embed' });
  await embed.focus();
  await page.keyboard.press('Enter');
  await expect(embed).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: 'Embed in an article' });
  const code = panel.getByRole('textbox', { name: 'Code for your page' });
  await expect(code).toHaveValue(new RegExp(`^${escapeRegExp(`<iframe src="${baseURL}#industry=new-energy&amp;embed=charts" title="${BRIEFING_TITLE} — Briefing Explorer: Charts" width="600" height="640" style="border:0;max-width:100%" loading="lazy"></iframe>`)}\n<script>`));
  await panel.getByRole('radio', { name: 'Project cards' }).check();
  await expect(code).toHaveValue(/#industry=new-energy&amp;embed=cards"/);
  // The preview is the embedded view itself, shown, not a page to tab through: the code is the
  // next stop after the choice of part.
  const preview = panel.frameLocator('iframe');
  await expect(preview.locator('article:visible')).toHaveCount(2);
  await panel.getByRole('radio', { name: 'Project cards' }).focus();
  await page.keyboard.press('Tab');
  await expect(code).toBeFocused();

  await panel.getByRole('button', { name: 'Copy code' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('embed=cards');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
  await expect(embed).toBeFocused();
  // Escape closes it too, from wherever focus is in it, and focus goes back to its button (once
  // the preview has loaded: closing the panel earlier cancels the preview's requests).
  await page.keyboard.press('Enter');
  await expect(preview.locator('article:visible')).toHaveCount(2);
  await panel.getByRole('radio', { name: 'Project cards' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(embed).toBeFocused();
  await expect(embed).toHaveAttribute('aria-expanded', 'false');
  // And on its button, which opened it.
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(embed).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(embed).toHaveAttribute('aria-expanded', 'false');
});

test('"Link to this view copied." goes once the view is no longer the one copied', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await page.goto('./#industry=new-energy');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = page.getByRole('status').filter({ hasText: 'Link to this view copied.' });
  await expect(copied).toBeVisible();
  await page.getByRole('group', { name: 'Industry' }).getByRole('button', { name: /^Magnesium alloys/ }).click();
  await expect(page).toHaveURL(/magnesium-alloys/);
  await expect(copied).toHaveCount(0);
});

test('on a phone, "Link to this view copied." floats over the page without moving the cards, and goes after a few seconds', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  const firstCard = projectCards(page).first();
  await expect(firstCard).toBeVisible();
  const before = await firstCard.boundingBox();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = page.getByRole('status').filter({ hasText: 'Link to this view copied.' });
  await expect(copied).toBeInViewport({ ratio: 1 });
  expect(await firstCard.boundingBox()).toEqual(before);
  // Over the page's foot, clear of the screen's edges.
  const box = await copied.boundingBox();
  expect(box.y + box.height).toBeLessThanOrEqual(844 - 8);
  expect(box.x).toBeGreaterThanOrEqual(8);
  await expect(copied).toHaveCount(0, { timeout: 10_000 });
  expect(await firstCard.boundingBox()).toEqual(before);

  // With the embed panel open, its message stays above the panel, covering none of its controls.
  await page.getByRole('button', { name: 'Embed' }).click();
  const panel = page.getByRole('region', { name: 'Embed in an article' });
  await panel.getByRole('button', { name: 'Copy code' }).click();
  const codeCopied = page.getByRole('status').filter({ hasText: 'Embed code copied.' });
  await expect(codeCopied).toBeVisible();
  const message = await codeCopied.boundingBox();
  for (const control of await panel.getByRole('button').all()) {
    const box = await control.boundingBox();
    if (!box) continue;
    const apart = box.y >= message.y + message.height || box.y + box.height <= message.y
      || box.x >= message.x + message.width || box.x + box.width <= message.x;
    expect(apart, `${await control.textContent()} under the message`).toBe(true);
  }
});

test('the copied code, pasted into an article elsewhere, sizes its frame to the whole part', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  await page.goto('./#industry=new-energy');
  await page.getByRole('button', { name: 'Embed' }).click();
  const panel = page.getByRole('region', { name: 'Embed in an article' });
  await panel.getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed code copied.' })).toBeVisible();
  const code = await page.evaluate(() => navigator.clipboard.readText());

  // The code as an article's author pastes it, on another site, with nothing else of ours but a
  // record of the heights the part reports.
  fs.writeFileSync(path.join(sites.root.root, 'pasted.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body style="margin:0"><h1>An article</h1>${code}<p>After the charts.</p>
<script>window.heights = []; addEventListener('message', (event) => window.heights.push(event.data.height));</script></body></html>`);
  const article = `${sites.root.url}pasted.html`;
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(article);
  await expect(page.frameLocator('iframe').getByRole('img', { name: /^Projects per industry/ })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
  // The frame takes the height the part reports, not the code's starting one, so nothing in it
  // is cut off or scrolls.
  await expect.poll(() => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height === window.heights.at(-1))).toBe(true);
  const content = await (await page.locator('iframe').elementHandle()).contentFrame();
  expect(await content.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBeLessThanOrEqual(1);
});

test('an embedded view never asks whether the editor is published (it offers no "Edit this data")', async ({ page }) => {
  const asked = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/edit.html')) asked.push(request.method());
  });
  await page.goto('./#embed=charts');
  await expect(page.getByRole('link', { name: 'Open the full view' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  // The full view does ask, once its briefing is shown.
  await page.goto('./');
  // Its requests done first: a reload in the middle of one aborts it, which the fixture reports.
  await page.waitForLoadState('networkidle');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Edit this data' })).toBeVisible();
  await expect.poll(() => asked.includes('HEAD')).toBe(true);
  expect(asked.every((method) => method === 'HEAD'), 'the editor itself is never downloaded').toBe(true);
});

test('an embed address copied out of its code, with &amp;, shows the part alone; the dialog offers it plain too', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
  // The `src` as the HTML writes it, pasted where a site asks for a web address.
  await page.goto('./#industry=new-energy&amp;embed=charts');
  await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute('href', '#industry=new-energy');
  await expect(page.getByRole('button', { name: 'Open data file…' })).toHaveCount(0);
  await expect(page.getByText(/Ignored/)).toHaveCount(0);

  await page.goto('./#industry=new-energy');
  await page.reload();
  await page.getByRole('button', { name: 'Embed' }).click();
  const panel = page.getByRole('region', { name: 'Embed in an article' });
  const address = panel.getByRole('textbox', { name: 'Address alone' });
  await expect(address).toHaveValue(`${baseURL}#industry=new-energy&embed=charts`);
  await panel.getByRole('button', { name: 'Copy address' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Embed address copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}#industry=new-energy&embed=charts`);
});
