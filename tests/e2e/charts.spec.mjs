// The capacity charts: one panel per unit, sharp canvases, table view, PNG export, selection
// from a bar, and the theme. Assertions go through roles and visible text where they can; pixels
// are read from the canvases only to prove that something (including text) was drawn.
import { readFile } from 'node:fs/promises';
import { test, expect, expectNoA11yViolations } from './fixtures.mjs';

const SETS_TITLE = 'Capacity in sets per year';
const TONS_TITLE = 'Capacity in tons per year';

function chartsSection(page) {
  return page.getByRole('region', { name: 'Charts' });
}

async function filterMagnesium(page) {
  const toggle = page.locator('button[aria-pressed]').filter({ hasText: 'Magnesium alloys' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
}

/** The 8-byte PNG signature, and the IHDR width and height (big-endian at bytes 16 and 20). */
function pngHeader(buffer) {
  return {
    signature: [...buffer.subarray(0, 8)],
    chunk: buffer.subarray(12, 16).toString('ascii'),
    width: buffer.readUInt32BE(16),
    height: buffer.readUInt32BE(20),
  };
}
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Counts a canvas's painted pixels, and those close to the given text colour. */
async function inkOf(locator, textRgb) {
  return locator.evaluate((canvas, rgb) => {
    const context = canvas.getContext('2d');
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    let text = 0;
    for (let index = 0; index < data.length; index += 4) {
      if (data[index + 3] === 0) continue;
      painted += 1;
      const near = Math.abs(data[index] - rgb[0]) + Math.abs(data[index + 1] - rgb[1]) + Math.abs(data[index + 2] - rgb[2]) < 60;
      if (near && data[index + 3] > 200) text += 1;
    }
    return { painted, text, total: data.length / 4 };
  }, textRgb);
}

const LIGHT_TEXT = [0x11, 0x18, 0x27];
const DARK_TEXT = [0xf3, 0xf4, 0xf6];

test('one panel per unit, each with its own title and a summary naming its bars', async ({ page }) => {
  await page.goto('./');
  const charts = chartsSection(page);
  await expect(charts.getByRole('heading', { name: SETS_TITLE })).toBeVisible();
  await expect(charts.getByRole('heading', { name: TONS_TITLE })).toBeVisible();
  await expect(charts.getByRole('img', { name: `${SETS_TITLE}: BYD drive motors 840,000 sets` })).toBeVisible();
  await expect(charts.getByRole('img', { name: `${TONS_TITLE}: Baowu magnesium die-casting 60,000 tons` })).toBeVisible();
  await expect(charts.getByRole('img', { name: /^Projects per industry: / })).toBeVisible();
  await expect(charts.getByText('Capacity not stated: North Metallurgy alloys, Longdian Huaxin copper foil')).toBeVisible();
});

test('with the magnesium filter nothing in the charts mentions 840,000', async ({ page }) => {
  await page.goto('./');
  await filterMagnesium(page);
  const charts = chartsSection(page);
  await expect(charts.getByRole('img', { name: `${TONS_TITLE}: Baowu magnesium die-casting 60,000 tons` })).toBeVisible();
  await expect(charts.getByRole('heading', { name: SETS_TITLE })).toHaveCount(0);
  // The sets panel stays in the page, hidden (out of the accessibility tree, the layout and
  // print), for when the filter is switched off; nothing shown may name BYD's figure.
  const labels = await charts.locator('[aria-label]').evaluateAll((elements) => elements
    .filter((element) => !element.closest('[hidden]'))
    .map((element) => element.getAttribute('aria-label')));
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.join('\n')).not.toContain('840,000');
  expect(await charts.innerText()).not.toContain('840,000');
  await expect(charts.getByRole('button', { name: /840,000/ })).toHaveCount(0);
  await expect(charts.getByRole('img', { name: 'Projects per industry: Magnesium alloys 1 project' })).toBeVisible();
});

test('a search that finds no project says so once in the charts, in both languages, and speaks of no capacity', async ({ page }) => {
  await page.goto('./#q=zinc');
  const charts = chartsSection(page);
  await expect(charts.getByText('No project in view.')).toHaveCount(1);
  await expect(charts).not.toContainText('states a capacity');
  await expect(charts.getByRole('img')).toHaveCount(0);

  await page.goto('./#q=zinc&lang=zh');
  const chineseCharts = page.getByRole('region', { name: '图表' });
  await expect(chineseCharts.getByText('当前没有项目。')).toHaveCount(1);
  await expect(chineseCharts).not.toContainText('注明产能');

  // A view with projects and no capacity among them still says that. (An address without lang=
  // keeps the language in use: this one names English again.)
  await page.goto('./#q=copper&lang=en');
  await expect(charts.getByText('No project in view states a capacity.')).toBeVisible();
});

test('the table view holds the same numbers', async ({ page }) => {
  await page.goto('./');
  const charts = chartsSection(page);
  // The toggle's label says what pressing it will do.
  const toggle = charts.locator('.charts-table-toggle');
  await expect(toggle).toHaveText('Show as table');
  // The colours' key goes with the charts: the tables name each industry in words.
  const key = charts.getByRole('list', { name: 'Bar colours: industry' });
  await expect(key).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveText('Show as chart');
  await expect(toggle).toBeFocused();
  await expect(key).toHaveCount(0);
  const sets = charts.getByRole('table', { name: SETS_TITLE });
  await expect(sets.getByRole('row', { name: /BYD drive motors/ })).toContainText('840,000');
  await expect(sets.getByRole('columnheader', { name: 'sets per year' })).toBeVisible();
  const tons = charts.getByRole('table', { name: TONS_TITLE });
  await expect(tons.getByRole('rowheader', { name: 'Baowu magnesium die-casting' })).toBeVisible();
  await expect(tons).toContainText('60,000');
  const industries = charts.getByRole('table', { name: 'Projects per industry' });
  await expect(industries.getByRole('row', { name: /New energy/ })).toContainText('2');
  await expect(charts.getByRole('img')).toHaveCount(0);

  // The table view downloads the table, as CSV, not a picture of the chart it hides.
  await expect(charts.getByRole('button', { name: /^Download PNG/ })).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    charts.getByRole('button', { name: `Download CSV: ${SETS_TITLE}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('capacity-sets-per-year.csv');
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toMatch(/,sets per year$/);
  expect(rows).toContain('BYD drive motors,New energy,840000');

  await toggle.click();
  await expect(charts.getByRole('button', { name: `Download PNG: ${SETS_TITLE}` })).toBeVisible();
  await expect(toggle).toHaveText('Show as table');
  await expect(charts.getByRole('table')).toHaveCount(0);
  await expect(charts.getByRole('img', { name: /^Capacity in sets per year/ })).toBeVisible();
  await expect(key).toBeVisible();
});

test('a chart in the table view names its table once, by the panel\'s heading: no caption, no figure or region of the same name where the table fits', async ({ page }) => {
  await page.goto('./');
  const charts = chartsSection(page);
  await charts.getByRole('button', { name: 'Show as table' }).click();
  const table = charts.getByRole('table', { name: SETS_TITLE });
  await expect(table).toBeVisible();
  await expect(table.locator('caption')).toHaveCount(0);
  // The table fits a laptop's width: its box is no region to land on, nor a tab stop.
  await expect(charts.getByRole('region', { name: SETS_TITLE })).toHaveCount(0);
  await expect(charts.getByRole('figure', { name: SETS_TITLE })).toHaveCount(0);
  const wrap = page.locator('.chart-table-wrap').first();
  await expect(wrap).not.toHaveAttribute('tabindex', /./);
  // What a screen reader finds named by the title: the heading, the table, and the download
  // button that says which table it downloads.
  const named = await charts.locator('figure').filter({ has: page.getByRole('heading', { name: SETS_TITLE }) }).ariaSnapshot();
  expect(named.split('\n').filter((line) => line.includes(SETS_TITLE))).toEqual([
    `- heading "${SETS_TITLE}" [level=3]`,
    `- table "${SETS_TITLE}":`,
    `button "Download CSV: ${SETS_TITLE}"`,
  ].map((line) => expect.stringContaining(line)));
});

test('a bar says, besides its name, what pressing it does', async ({ page }) => {
  await page.goto('./');
  const bar = chartsSection(page).getByRole('button', { name: 'BYD drive motors: 840,000 sets per year' });
  await expect(bar).toHaveAccessibleDescription('Highlights the project’s sentences in the source text below.');
  await page.goto('./#lang=zh');
  const chinese = page.getByRole('region', { name: '图表' }).getByRole('button', { name: /^BYD drive motors：/ });
  await expect(chinese).toHaveAccessibleDescription('在下方来源文本中高亮该项目所依据的句子。');
});

test('clicking a bar or pressing Enter on it selects the project; focus shows its value', async ({ page }) => {
  await page.goto('./');
  const bar = chartsSection(page).getByRole('button', { name: 'BYD drive motors: 840,000 sets per year' });
  await bar.click();
  await expect(page).toHaveURL(/project=byd/);
  await page.goto('./#industry=magnesium-alloys,new-energy');
  const baowu = chartsSection(page).getByRole('button', { name: 'Baowu magnesium die-casting: 60,000 tons per year' });
  await baowu.focus();
  await expect(chartsSection(page).getByText('Baowu magnesium die-casting: 60,000 tons per year')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/project=baowu-magnesium/);
});

test('hovering a bar shows its value', async ({ page }) => {
  await page.goto('./');
  const charts = chartsSection(page);
  const tip = charts.getByText('BYD drive motors: 840,000 sets per year');
  await expect(tip).toBeHidden();
  await charts.getByRole('button', { name: 'BYD drive motors: 840,000 sets per year' }).hover();
  await expect(tip).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a bar value longer than the panel is wide wraps inside the screen', async ({ page }) => {
    await page.goto('./#industry=magnesium-alloys,new-energy');
    const name = 'Baowu magnesium die-casting: 60,000 tons per year';
    await chartsSection(page).getByRole('button', { name }).tap();
    const tip = chartsSection(page).getByText(name);
    await expect(tip).toBeVisible();
    const box = await tip.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // It wraps rather than shrinking its text: more than one line.
    const lineHeight = await tip.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect(box.height).toBeGreaterThan(1.5 * lineHeight);
    // Nothing widens the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test.describe('on a 2× screen', () => {
  test.use({ deviceScaleFactor: 2 });

  test('canvas backing stores are twice their CSS size', async ({ page }) => {
    await page.goto('./');
    const canvases = chartsSection(page).getByRole('img');
    await expect(canvases).toHaveCount(3);
    for (const canvas of await canvases.all()) {
      await expect
        .poll(() => canvas.evaluate((element) => element.width - 2 * element.getBoundingClientRect().width))
        .toBeGreaterThanOrEqual(-1);
      const sizes = await canvas.evaluate((element) => {
        const rect = element.getBoundingClientRect();
        return { width: element.width, height: element.height, cssWidth: rect.width, cssHeight: rect.height };
      });
      expect(Math.abs(sizes.width - 2 * sizes.cssWidth)).toBeLessThanOrEqual(1);
      expect(Math.abs(sizes.height - 2 * sizes.cssHeight)).toBeLessThanOrEqual(1);
    }
  });
});

test('a resize redraws at the new size', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  const canvas = chartsSection(page).getByRole('img', { name: /^Capacity in sets per year/ });
  await expect.poll(() => canvas.evaluate((element) => element.width)).toBeGreaterThan(300);
  const wide = await canvas.evaluate((element) => element.width);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => canvas.evaluate((element) => element.width)).toBeLessThan(wide);
  const narrow = await canvas.evaluate((element) => ({ width: element.width, css: element.getBoundingClientRect().width }));
  expect(Math.abs(narrow.width - narrow.css)).toBeLessThanOrEqual(1);
  expect((await inkOf(canvas, LIGHT_TEXT)).text).toBeGreaterThan(50);
});

test('the downloaded PNG is a valid image at twice the CSS width, named after the view', async ({ page }) => {
  await page.goto('./');
  await filterMagnesium(page);
  const charts = chartsSection(page);
  const canvas = charts.getByRole('img', { name: /^Capacity in tons per year/ });
  await expect.poll(() => canvas.evaluate((element) => element.width)).toBeGreaterThan(0);
  const cssWidth = await canvas.evaluate((element) => element.getBoundingClientRect().width);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    charts.getByRole('button', { name: `Download PNG: ${TONS_TITLE}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('capacity-tons-per-year-magnesium-alloys.png');
  const bytes = await readFile(await download.path());
  const header = pngHeader(bytes);
  expect(header.signature).toEqual(PNG_SIGNATURE);
  expect(header.chunk).toBe('IHDR');
  expect(Math.abs(header.width - 2 * cssWidth)).toBeLessThanOrEqual(1);
  expect(header.height).toBeGreaterThan(100);

  const [counts] = await Promise.all([
    page.waitForEvent('download'),
    charts.getByRole('button', { name: 'Download PNG: Projects per industry' }).click(),
  ]);
  expect(counts.suggestedFilename()).toBe('projects-per-industry-magnesium-alloys.png');
  expect(pngHeader(await readFile(await counts.path())).signature).toEqual(PNG_SIGNATURE);
});

test('the charts are drawn, text included, and follow a theme change', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const canvas = chartsSection(page).getByRole('img', { name: /^Capacity in sets per year/ });
  await expect.poll(async () => (await inkOf(canvas, LIGHT_TEXT)).text).toBeGreaterThan(50);
  const light = await inkOf(canvas, LIGHT_TEXT);
  expect(light.painted).toBeGreaterThan(light.total * 0.02);
  expect(light.painted).toBeLessThan(light.total);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => (await inkOf(canvas, DARK_TEXT)).text).toBeGreaterThan(50);
  expect((await inkOf(canvas, LIGHT_TEXT)).text).toBe(0);
});

test('the chart section has no accessibility violations, in the chart and the table view', async ({ page }) => {
  await page.goto('./');
  await expect(chartsSection(page).getByRole('img').first()).toBeVisible();
  await expectNoA11yViolations(page, { include: '.charts' });
  await chartsSection(page).getByRole('button', { name: 'Show as table' }).click();
  await expectNoA11yViolations(page, { include: '.charts' });
});

/** Paints a magenta square in the canvas's top-left corner, which only a redraw removes. */
async function mark(canvas) {
  await canvas.evaluate((element) => {
    const context = element.getContext('2d');
    context.fillStyle = 'rgb(255, 0, 255)';
    context.fillRect(0, 0, 4, 4);
  });
}

async function isMarked(canvas) {
  return canvas.evaluate((element) => {
    const [red, green, blue, alpha] = element.getContext('2d').getImageData(1, 1, 1, 1).data;
    return red === 255 && green === 0 && blue === 255 && alpha === 255;
  });
}

test('a canvas is redrawn when its series or the theme changes, and not on other renders', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const charts = chartsSection(page);
  const sets = charts.getByRole('img', { name: /^Capacity in sets per year/ });
  const industries = charts.getByRole('img', { name: /^Projects per industry/ });
  await expect.poll(async () => (await inkOf(sets, LIGHT_TEXT)).text).toBeGreaterThan(50);
  await expect.poll(async () => (await inkOf(industries, LIGHT_TEXT)).text).toBeGreaterThan(50);

  // Selecting a project re-renders the charts but changes no series: no redraw.
  await mark(sets);
  const bar = charts.getByRole('button', { name: 'BYD drive motors: 840,000 sets per year' });
  await bar.click();
  await expect(page).toHaveURL(/project=byd/);
  await expect(bar).toHaveAttribute('aria-current', 'true');
  expect(await isMarked(sets)).toBe(true);

  // A filter changes the per-industry series: that canvas is redrawn.
  await mark(industries);
  await filterMagnesium(page);
  await expect(charts.getByRole('img', { name: 'Projects per industry: Magnesium alloys 1 project' })).toBeVisible();
  await expect.poll(() => isMarked(industries)).toBe(false);

  // The filter switched off again brings back the sets panel it hid, as it was drawn.
  await expect(sets).toBeHidden();
  const magnesium = page.locator('button[aria-pressed]').filter({ hasText: 'Magnesium alloys' });
  await magnesium.click();
  await expect(magnesium).toHaveAttribute('aria-pressed', 'false');
  await expect(sets).toBeVisible();
  await expect(charts.getByRole('button', { name: 'BYD drive motors: 840,000 sets per year' })).toBeVisible();
  expect(await isMarked(sets)).toBe(true);

  // A theme change redraws every canvas.
  const tons = charts.getByRole('img', { name: /^Capacity in tons per year/ });
  await mark(tons);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => isMarked(tons)).toBe(false);
});

test('a filter shows its cards in the frame after the click, and the charts in a later one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const charts = chartsSection(page);
  const industries = charts.getByRole('img', { name: /^Projects per industry/ });
  await expect.poll(async () => (await inkOf(industries, LIGHT_TEXT)).text).toBeGreaterThan(50);
  await mark(industries);
  // What each of the frames after the click is about to show, read just before its paint.
  await industries.evaluate((canvas) => {
    window.frames_seen = [];
    addEventListener('click', () => {
      const seen = () => {
        const [red, green, blue] = canvas.getContext('2d').getImageData(1, 1, 1, 1).data;
        window.frames_seen.push({
          count: document.querySelector('#projects [role="status"]').textContent,
          chart: canvas.getAttribute('aria-label'),
          drawn: !(red === 255 && green === 0 && blue === 255),
        });
        if (window.frames_seen.length < 12) requestAnimationFrame(seen);
      };
      requestAnimationFrame(seen);
    }, { capture: true, once: true });
  });
  await filterMagnesium(page);
  await expect.poll(() => page.evaluate(() => window.frames_seen.length)).toBe(12);
  const frames = await page.evaluate(() => window.frames_seen);
  const filtered = 'Projects per industry: Magnesium alloys 1 project';
  // The click's own frame: the cards and their count, not yet the charts.
  expect(frames[0].count).toBe('1 of 4 projects shown');
  expect(frames[0].chart).not.toBe(filtered);
  expect(frames[0].drawn).toBe(false);
  // The charts follow in a later frame, and their canvases are drawn for it: in the same task
  // as a rule, a frame or two later when Yew leaves its effects to a task of their own.
  const charted = frames.findIndex((frame) => frame.chart === filtered);
  expect(charted).toBeGreaterThanOrEqual(1);
  expect(frames.slice(charted).every((frame) => frame.chart === filtered)).toBe(true);
  expect(frames.at(-1).drawn).toBe(true);
});

test.describe('without a 2D canvas context', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
  });

  test('each chart shows a message instead of failing', async ({ page }) => {
    await page.goto('./');
    const charts = chartsSection(page);
    await expect(charts.getByRole('alert').filter({ hasText: 'The chart could not be drawn' })).toHaveCount(3);
    // The rest of the page still works, and so do the numbers.
    await charts.getByRole('button', { name: 'Show as table' }).click();
    await expect(charts.getByRole('table', { name: SETS_TITLE })).toContainText('840,000');
  });
});
