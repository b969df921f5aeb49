// The printed handout: Chromium's "Save as PDF" (page.pdf, print media) of the release build.
// The PDF's text is read back with pdf.js, so the checks are on what is really on the paper.
import { test, expect, BRIEFING_TITLE } from './fixtures.mjs';

/** Every page's text, in order, from a PDF buffer (pdf.js, no worker, no fonts loaded). */
async function pdfPages(buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' ').replace(/\s+/g, ' '));
  }
  await document.destroy();
  return pages;
}

/** Folds PDF text for comparison: ligatures (fi, fl) come back as separate glyph runs. */
function fold(text) {
  return text.replace(/\s+/g, '');
}

async function openBriefing(page, hash = '') {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.locator('#projects article').first()).toBeVisible();
}

test('the handout PDF has the figures, the quotes and the source, and no controls', async ({ page }) => {
  await openBriefing(page);
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages.length).toBeGreaterThanOrEqual(1);
  const text = fold(pages.join(' '));
  expect(text).toContain('840,000');
  expect(text).toContain(fold(BRIEFING_TITLE));
  // Every project, each on one page: a card's title and its last fact are on the same page.
  for (const name of ['North Metallurgy', 'Longdian Huaxin', 'BYD', 'Baowu']) {
    expect(text).toContain(fold(name));
  }
  // A directive's verbatim quote, the full source text (with its reading notes) and the view's address.
  expect(text).toContain(fold('To improve the quality of service enterprises'));
  expect(text).toContain(fold('Source text'));
  expect(text).toContain(fold('Baowu magnesium industry is the city\'s key cultivation of headquarters enterprises'));
  expect(text).toContain(fold('a themed inspection visit'));
  expect(text).toContain(fold('This view:'));
  // Controls are not printed.
  for (const control of ['Download CSV', 'Download JSON', 'Clear filters', 'Skip to projects', 'Press / to search']) {
    expect(text, `"${control}" is not on paper`).not.toContain(fold(control));
  }
});

test('each project card stays on one page', async ({ page }) => {
  await openBriefing(page);
  const pages = (await pdfPages(await page.pdf({ format: 'A4' }))).map(fold);
  // The first and last lines of each card (its name, its last request) share a page.
  const cards = [
    ['BYD\'sannualoutputof840,000sets', 'HelpdevelopNanjing\'snewenergyindustry.'],
    ['Baowumagnesiumindustryannualoutputof60,000tons', 'Achievehigh-end,intelligentandgreendevelopment.'],
  ];
  for (const [start, end] of cards) {
    const first = pages.findIndex((p) => p.includes(start));
    expect(first, `${start} is printed`).toBeGreaterThanOrEqual(0);
    expect(pages[first], `${start}… ends on the page it starts on`).toContain(end);
  }
});

test('a filtered view prints only the projects shown', async ({ page }) => {
  await openBriefing(page, '#industry=magnesium-alloys');
  await expect(page.locator('#projects article')).toHaveCount(1);
  const text = fold((await pdfPages(await page.pdf({ format: 'A4' }))).join(' '));
  expect(text).toContain(fold('Baowu Magnesium'));
  expect(text).toContain(fold('60,000 tons / year'));
  // The other cards are not printed (their names still occur in the full source text).
  expect(text).toContain('EnterpriseBaowuMagnesium');
  for (const enterprise of ['North Metallurgy', 'Nanjing Longdian Huaxin', 'BYD']) {
    expect(text).not.toContain(fold(`Enterprise ${enterprise}`));
  }
  expect(text).toContain('magnesium-alloys'); // the printed address of the view
});

test('print media: black on white, one column, controls hidden, charts kept', async ({ page }) => {
  await openBriefing(page);
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { color: getComputedStyle(document.documentElement).color, background: style.backgroundColor };
  });
  expect(colours.color).toBe('rgb(0, 0, 0)');
  expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(colours.background);
  for (const selector of ['.skip-link', '.sidebar', '#search', 'button', '.export-buttons']) {
    const elements = page.locator(selector);
    for (let i = 0; i < await elements.count(); i++) {
      await expect(elements.nth(i), `${selector} #${i} is hidden in print`).toBeHidden();
    }
  }
  await expect(page.locator('.print-view-url')).toBeVisible();
  // One column: every card starts at the same left edge.
  const lefts = await page.locator('#projects article').evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBe(1);
  const breaks = await page.locator('#projects article').first().evaluate((card) => getComputedStyle(card).breakInside);
  expect(breaks).toBe('avoid');
  // Charts (canvases) print as drawn: their containers stay visible.
  const canvases = page.locator('canvas');
  for (let i = 0; i < await canvases.count(); i++) {
    await expect(canvases.nth(i), `chart canvas #${i} is printed`).toBeVisible();
  }
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-view-url')).toBeHidden();
});

test('a dark-theme screen still prints black on white, charts included', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openBriefing(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await page.evaluate(() => ({
    text: getComputedStyle(document.documentElement).color,
    card: getComputedStyle(document.querySelector('#projects article')).backgroundColor,
  }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', card: 'rgb(255, 255, 255)' });
  const canvases = page.locator('canvas.chart-canvas');
  expect(await canvases.count(), 'the charts are on the page').toBeGreaterThan(0);
  for (let i = 0; i < await canvases.count(); i++) {
    // The canvas was drawn light-on-dark for the screen: print turns it dark-on-light.
    expect(await canvases.nth(i).evaluate((canvas) => getComputedStyle(canvas).filter)).toContain('invert(1)');
    const heading = await canvases.nth(i).evaluate((canvas) => getComputedStyle(canvas.closest('.chart-card').querySelector('h3, h4, figcaption') ?? canvas).color);
    expect(heading).toBe('rgb(0, 0, 0)');
  }
});
