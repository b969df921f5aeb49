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

/** How far down each page its lowest line of text sits, as a fraction of the page's height. */
async function pdfPageFill(buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const fills = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const height = page.view[3] - page.view[1];
    const items = (await page.getTextContent()).items.filter((item) => item.str.trim() !== '');
    // A text item's transform ends with its baseline's x and y, y counted up from the bottom.
    fills.push(Math.max(...items.map((item) => (height - item.transform[5]) / height)));
  }
  await document.destroy();
  return fills;
}

/** Every colour a PDF fills with, as "#rrggbb", on any page: what is painted, read back with pdf.js. */
async function pdfFillColours(buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(buffer), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const colours = new Set();
  for (let number = 1; number <= document.numPages; number++) {
    const operators = await (await document.getPage(number)).getOperatorList();
    operators.fnArray.forEach((operator, at) => {
      if (operator === pdfjs.OPS.setFillRGBColor) colours.add(String(operators.argsArray[at][0]).toLowerCase());
    });
  }
  await document.destroy();
  return colours;
}

/** "rgb(26, 127, 55)" as "#1a7f37". */
function hexColour(css) {
  return `#${css.match(/\d+/g).slice(0, 3).map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;
}

/** Folds PDF text for comparison: ligatures (fi, fl) come back as separate glyph runs. */
function fold(text) {
  return text.replace(/\s+/g, '');
}

async function openBriefing(page, hash = '') {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.locator('#projects article:visible').first()).toBeVisible();
  // A person prints a page that has finished loading. Printing while the site's index was
  // still on its way cut that request short once in CI, a failed request the fixture counts.
  await page.waitForLoadState('networkidle');
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
  for (const control of ['Directives CSV', 'Clear filters', 'Skip to projects', 'Press / to search']) {
    expect(text, `"${control}" is not on paper`).not.toContain(fold(control));
  }
});

test('a page opened with print media already in effect has each card\'s passages for paper from its start', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('./');
  const sources = page.locator('#projects article .card-sources');
  await expect(sources).toHaveCount(4);
  await expect(sources.filter({ hasText: '840,000 sets' })).toHaveCount(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(sources).toHaveCount(0);
});

test('the bundled briefing prints on at most five A4 pages, none but the last less than half full', async ({ page }) => {
  await openBriefing(page);
  const fills = await pdfPageFill(await page.pdf({ format: 'A4', printBackground: true }));
  expect(fills.length, `pages: ${fills.length}`).toBeLessThanOrEqual(5);
  fills.slice(0, -1).forEach((fill, index) => {
    expect(fill, `page ${index + 1} is at least half full`).toBeGreaterThan(0.5);
  });
});

test('the handout takes the paper the print dialog chooses: US Letter as well as A4', async ({ page }) => {
  await openBriefing(page);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // What the dialog's paper size gives, the style sheet's own page size taking precedence.
  const buffer = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
  const document = await pdfjs.getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  const [, , width, height] = (await document.getPage(1)).view;
  await document.destroy();
  expect([Math.round(width), Math.round(height)]).toEqual([612, 792]);
  const text = fold((await pdfPages(buffer)).join(' '));
  for (const name of ['North Metallurgy', 'Longdian Huaxin', 'BYD', 'Baowu', 'This view:']) {
    expect(text).toContain(fold(name));
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
  await expect(page.locator('#projects article:visible')).toHaveCount(1);
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

test('a filtered print names the filters in words at the top', async ({ page }) => {
  await openBriefing(page, '#industry=new-energy');
  await expect(page.locator('#projects article:visible')).toHaveCount(2);
  const pages = (await pdfPages(await page.pdf({ format: 'A4' }))).map(fold);
  const line = fold('Industry: New energy · Status: all · Search: none');
  expect(pages[0]).toContain(line);
  // Above the first card.
  expect(pages[0].indexOf(line)).toBeLessThan(pages[0].indexOf(fold('Nanjing Longdian Huaxin high-performance')));
});

test('a handout printed while presenting gives the view\'s address, not the slide\'s', async ({ page }) => {
  await page.goto('./#industry=new-energy&slide=3');
  await expect(page.getByRole('dialog')).toBeVisible();
  const pages = (await pdfPages(await page.pdf({ format: 'A4' }))).map(fold);
  expect(pages[0]).toContain(fold('This view:'));
  expect(pages[0]).toContain('#industry=new-energy');
  expect(pages.join(' ')).not.toContain('slide=');
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
  await expect(page.locator('.print-filter-line')).toHaveText('Industry: all · Status: all · Search: none');
  // Cards are kept whole but never forced onto a page of their own.
  const breaks = await page.locator('#projects article').evaluateAll((cards) => cards.map((card) => {
    const style = getComputedStyle(card);
    return [style.breakInside, style.breakBefore];
  }));
  expect(new Set(breaks.map(String))).toEqual(new Set(['avoid,auto']));
  // Each chart prints from a copy drawn for paper as printing began, at three device pixels per
  // CSS pixel (about 300 dpi; the screen's copy printed soft), with its bars on it.
  const paper = page.locator('canvas.chart-canvas.print-only');
  expect(await paper.count(), 'the charts are on the page').toBeGreaterThan(0);
  for (let i = 0; i < await paper.count(); i++) {
    await expect(paper.nth(i), `chart canvas #${i} is printed`).toBeVisible();
    const drawn = await paper.nth(i).evaluate((canvas) => {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      let opaque = 0;
      for (let index = 3; index < data.length; index += 4) if (data[index] === 255) opaque += 1;
      return { ratio: canvas.width / canvas.getBoundingClientRect().width, opaque };
    });
    expect(drawn.ratio, `chart canvas #${i}'s pixels per CSS pixel on paper`).toBeGreaterThanOrEqual(2.5);
    expect(drawn.opaque, `chart canvas #${i} has its bars drawn`).toBeGreaterThan(1000);
  }
  await expect(page.locator('canvas.chart-canvas.screen-only').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.print-view-url')).toBeHidden();
  await expect(page.locator('.print-filter-line')).toBeHidden();
});

/**
 * An A4 page's column in CSS pixels: 210 mm less the side margins of print.css's `@page` rule,
 * read from the style sheet (the app reads them there too).
 */
function a4Column(page) {
  return page.evaluate(() => {
    const rules = (list) => [...list].flatMap((rule) => [rule, ...(rule.cssRules ? rules(rule.cssRules) : [])]);
    const pageRule = [...document.styleSheets].flatMap((sheet) => rules(sheet.cssRules)).find((rule) => rule instanceof CSSPageRule);
    const probe = document.createElement('div');
    probe.style.width = `calc(210mm - ${pageRule.style.marginLeft} - ${pageRule.style.marginRight})`;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  });
}

/**
 * Lays the page out under print media as on the paper, the charts' section as wide as the
 * page's column (print media alone keeps the window's width; a scroll bar takes some of it),
 * and gives each chart's copy for paper: the width it was drawn for, the width it prints at, and
 * its cell's.
 */
async function chartsOnPaper(page) {
  const column = await a4Column(page);
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('canvas.chart-canvas.print-only');
  await expect(paper.first()).toBeVisible();
  await page.setViewportSize({ width: Math.round(column), height: 844 });
  const section = page.getByRole('region', { name: 'Charts' });
  const short = Math.round(column) - (await section.boundingBox()).width;
  await page.setViewportSize({ width: Math.round(column + short), height: 844 });
  expect((await section.boundingBox()).width).toBeCloseTo(column, -0.5);
  const charts = await paper.evaluateAll((canvases) => canvases.map((canvas) => ({
    drawn: parseFloat(canvas.style.getPropertyValue('--drawn-width')),
    printed: canvas.getBoundingClientRect().width,
    cell: canvas.parentElement.getBoundingClientRect().width,
  })));
  expect(charts.length, 'the charts are on the page').toBeGreaterThan(0);
  return charts;
}

test('a chart prints its text at the size the screen shows it, whatever the width of the window printed from', async ({ page }) => {
  const drawnFrom = {};
  for (const width of [390, 800, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    await openBriefing(page);
    const charts = await chartsOnPaper(page);
    for (const [at, chart] of charts.entries()) {
      // Drawn for the width it prints at, which is its cell's: not shrunk, so the axis's ticks
      // (11 CSS pixels, the chart's smallest text) print at 8 pt or more, as on screen.
      expect(chart.drawn, `${width}px window: chart #${at} drawn for its cell`).toBeCloseTo(chart.cell, -0.5);
      expect(chart.printed, `${width}px window: chart #${at} printed as drawn`).toBeCloseTo(chart.drawn, -0.5);
      expect(11 * 0.75 * chart.printed / chart.drawn, `${width}px window: chart #${at}'s ticks in points`).toBeGreaterThanOrEqual(8);
    }
    drawnFrom[width] = charts.map((chart) => chart.drawn);
    await page.emulateMedia({ media: 'screen' });
  }
  expect(drawnFrom[390]).toEqual(drawnFrom[1280]);
  expect(drawnFrom[800]).toEqual(drawnFrom[1280]);
});

test('a chart is drawn for paper from the style sheet\'s own lengths: changed there, its width follows', async ({ page }) => {
  await openBriefing(page);
  // A wider card padding and grid gap than print.css's, as an edit of the style sheet would give.
  await page.evaluate(() => {
    document.documentElement.style.setProperty('--paper-chart-padding-inline', '20pt');
    document.documentElement.style.setProperty('--paper-chart-gap', '40pt');
  });
  const charts = await chartsOnPaper(page);
  const [sets, tons] = charts;
  expect(sets.cell, 'the capacity panels are side by side, in cells made narrower').toBeLessThan(300);
  expect(tons.cell).toBeCloseTo(sets.cell, 0);
  for (const [at, chart] of charts.entries()) {
    expect(chart.drawn, `chart #${at} drawn for its cell`).toBeCloseTo(chart.cell, -0.5);
    expect(chart.printed, `chart #${at} printed as drawn`).toBeCloseTo(chart.drawn, -0.5);
  }
});

test('a dark-theme screen still prints black on white, charts in the legend\'s colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openBriefing(page);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await page.evaluate(() => ({
    text: getComputedStyle(document.documentElement).color,
    card: getComputedStyle(document.querySelector('#projects article')).backgroundColor,
  }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', card: 'rgb(255, 255, 255)' });
  // The screen's dark canvases give way to light copies drawn for paper.
  const screenCanvases = page.locator('canvas.chart-canvas.screen-only');
  const printCanvases = page.locator('canvas.chart-canvas.print-only');
  expect(await printCanvases.count(), 'the charts are on the page').toBeGreaterThan(0);
  expect(await printCanvases.count()).toBe(await screenCanvases.count());
  for (let i = 0; i < await screenCanvases.count(); i++) {
    await expect(screenCanvases.nth(i)).toBeHidden();
    await expect(printCanvases.nth(i)).toBeVisible();
    expect(await printCanvases.nth(i).evaluate((canvas) => getComputedStyle(canvas).filter)).toBe('none');
  }
  // Every legend swatch's colour is a bar colour, exactly; no pixel is the dark theme's text colour.
  const swatches = await page.locator('.chart-swatch').evaluateAll((elements) => elements.map((element) => getComputedStyle(element).backgroundColor));
  expect(swatches.length).toBeGreaterThan(0);
  const painted = await printCanvases.evaluateAll((canvases) => {
    const colours = new Map();
    for (const canvas of canvases) {
      const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      for (let index = 0; index < data.length; index += 4) {
        if (data[index + 3] !== 255) continue;
        const colour = `rgb(${data[index]}, ${data[index + 1]}, ${data[index + 2]})`;
        colours.set(colour, (colours.get(colour) ?? 0) + 1);
      }
    }
    return Object.fromEntries(colours);
  });
  for (const swatch of swatches) {
    expect(painted[swatch] ?? 0, `bars drawn in the swatch colour ${swatch}`).toBeGreaterThan(100);
  }
  expect(painted['rgb(243, 244, 246)'] ?? 0, 'no light (dark-theme) text on paper').toBe(0);
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await expect(screenCanvases.first()).toBeVisible();
  await expect(printCanvases.first()).toBeHidden();
});

test('the presenter view\'s window prints the speaker\'s page: the current slide, its notes and its sentences, black on white', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#slide=4&presenter');
  const view = page.getByRole('region', { name: `Presenter view: ${BRIEFING_TITLE}` });
  await expect(view.locator('#presenter-current-heading')).toHaveText('North Metallurgy alloys');
  await page.waitForLoadState('networkidle');
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  const text = fold(pages.join(' '));
  expect(text).toContain(fold('North Metallurgy alloys'));
  // Its notes and the sentences behind it.
  expect(text).toContain(fold('most likely means research results put to use in Nanjing'));
  expect(text).toContain(fold('He urged the relevant'));
  // Not the clock, the controls or the next slide: they are for the moment of presenting.
  for (const part of ['Time elapsed', 'Slide 4 of 13', 'Now showing', 'Next']) {
    expect(text, `"${part}" is not on paper`).not.toContain(fold(part));
  }
  expect(fold(pages[0])).toContain(fold('North Metallurgy alloys'));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await view.evaluate((element) => ({ text: getComputedStyle(element).color, background: getComputedStyle(element).backgroundColor, position: getComputedStyle(element).position }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', position: 'static' });
});

test('the presenter view\'s printed page keeps a chart slide\'s bar and industry square with background graphics off', async ({ page }) => {
  await page.goto('./#slide=5&presenter');
  const view = page.getByRole('region', { name: `Presenter view: ${BRIEFING_TITLE}` });
  await expect(view.locator('#presenter-current-heading')).toHaveText('New energy');
  await page.waitForLoadState('networkidle');
  const current = view.locator('.presenter-current');
  const bar = hexColour(await current.locator('.slide-bar').first().evaluate((element) => getComputedStyle(element).backgroundColor));
  const swatch = hexColour(await current.locator('.slide-swatch').first().evaluate((element) => getComputedStyle(element).backgroundColor));
  // Chromium's default: background graphics off.
  const colours = await pdfFillColours(await page.pdf({ format: 'A4' }));
  expect(colours, `the bar's ${bar} is on paper`).toContain(bar);
  expect(colours, `the industry square's ${swatch} is on paper`).toContain(swatch);
});

test('a printed view of many projects holds the first 500 cards and says how to print the others', async ({ page }, testInfo) => {
  const { execFileSync } = await import('node:child_process');
  const file = testInfo.outputPath('many.json');
  execFileSync(process.execPath, ['scripts/generate-dataset.mjs', '--projects', '620', '--out', file]);
  await page.goto('./');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open data file…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('combobox', { name: 'Briefing' }).selectOption({ label: 'All briefings' });
  const cards = page.getByRole('region', { name: 'Projects' }).getByRole('article');
  await expect(page.getByText('Showing 24 of 620 matching projects.')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  // Printing every card of 100,000 projects held the page for over a minute.
  await expect(cards).toHaveCount(500);
  await expect(page.getByText('Showing 500 of 620 matching projects.')).toBeVisible();
  await expect(page.getByText('A printed handout holds the first 500 of a list: choose filters or search to print the others.').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(cards).toHaveCount(24);
});
