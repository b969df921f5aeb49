// Opening your own briefing: a second, made-up dataset (other industries, units and statuses),
// a broken file, a file over the size limit, and an XSS payload in a name.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, expectNoA11yViolations, BRIEFING_TITLE } from './fixtures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const DATA = path.resolve(here, '../data');
const SEMICONDUCTORS = path.join(DATA, 'semiconductors.json');
const BROKEN = path.join(DATA, 'broken.json');
const ZH_OPEN_FILE = '打开数据文件…';

/**
 * What the page says of a file it did not open: the alert (its one line of what happened), what
 * can be done, and the list of its problems.
 */
const refusal = (page) => page.locator('.load-problems');

async function openFile(page, file, buttonName = 'Open data file…') {
  const chooserEvent = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: buttonName }).click();
  const chooser = await chooserEvent;
  await chooser.setFiles(file);
}

test('an opened dataset drives the facets, cards and charts', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.getByText('Nothing is uploaded')).toBeVisible();
  await openFile(page, SEMICONDUCTORS);

  await expect(page.getByText('Showing “semiconductors.json”')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Deputy Mayor inspects chip projects' })).toBeVisible();
  const industry = page.getByRole('group', { name: 'Industry' });
  await expect(industry.getByRole('button', { name: /Integrated circuits/ })).toBeVisible();
  await expect(industry.getByRole('button', { name: /Displays/ })).toBeVisible();
  await expect(industry.getByRole('button', { name: /New energy/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Status' }).getByRole('button', { name: /Building/ })).toBeVisible();

  // Units from the data get their own chart panels.
  await expect(page.getByRole('img', { name: /wafers/ }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /panels/ }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: /840,000/ })).toHaveCount(0);

  await industry.getByRole('button', { name: /Displays/ }).click();
  await expect(page.getByText('1 of 2 projects shown')).toBeVisible();
  await expect(page).toHaveURL(/industry=displays/);

  // Back to the bundled data restores it.
  await page.getByRole('button', { name: 'Back to the briefing shipped with this site' }).click();
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.getByText('4 of 4 projects shown')).toBeVisible();
  // The button went with the opened file; focus is on the one that opens another.
  await expect(page.getByRole('button', { name: 'Open data file…' })).toBeFocused();
});

test('a capacity the source bounds ("more than 840,000") says its bound on the card, the chart, the slides and in Chinese', async ({ page }) => {
  // The source says "more than" wherever it says BYD's figure, as a bound must be in its quote.
  const text = fs.readFileSync(path.resolve(here, '../../data/briefings.json'), 'utf8');
  const bundled = JSON.parse(text.replaceAll('annual output of 840,000', 'annual output of more than 840,000'));
  const byd = bundled.briefings[0].projects.find((project) => project.capacity?.unit === 'sets');
  byd.capacity.bound = 'more-than';
  await page.goto('./');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
  const chooserEvent = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open data file…' }).click();
  await (await chooserEvent).setFiles({ name: 'bounded.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundled)) });
  await expect(page.getByText('Showing “bounded.json”')).toBeVisible();
  const card = page.getByRole('article', { name: /^BYD's annual output/ });
  await expect(card).toContainText('more than 840,000 sets / year');
  // The bar stands at 840,000; its name and the chart's table say the bound.
  await expect(page.getByRole('img', { name: /BYD drive motors more than 840,000 sets/ })).toBeVisible();
  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('article', { name: /^BYD's annual output/ })).toContainText('超过84万 sets/年');
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Present' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/^Slide 1 of \d+$/)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('row', { name: /^BYD drive motors/ })).toContainText('more than 840,000 sets / year');
});

test('several briefings: a picker, an "all briefings" view and a status timeline', async ({ page }) => {
  await page.goto('./');
  await openFile(page, SEMICONDUCTORS);
  const picker = page.getByRole('combobox', { name: 'Briefing' });
  await expect(picker).toBeVisible();
  await picker.selectOption('harbor-2024-03-08');
  await expect(page.getByRole('heading', { level: 1, name: 'Deputy Mayor revisits the wafer fab' })).toBeVisible();
  await expect(page).toHaveURL(/briefing=harbor-2024-03-08/);

  await picker.selectOption('all');
  await expect(page.getByText('3 of 3 projects shown')).toBeVisible();
  const fab = page.getByRole('article', { name: 'Tidewater Semiconductor 12-inch wafer fab' }).first();
  const timeline = fab.getByRole('list').filter({ hasText: 'Building' });
  await expect(timeline).toContainText('May 12, 2023');
  await expect(timeline).toContainText('Producing');

  // On a laptop the picker shows a briefing's date and title whole; on a phone it stays on the
  // page, which never pans sideways.
  await picker.selectOption('harbor-2023-05-12');
  const shownWhole = () => picker.evaluate((select) => {
    const context = document.createElement('canvas').getContext('2d');
    context.font = getComputedStyle(select).font;
    const padding = parseFloat(getComputedStyle(select).paddingLeft) + parseFloat(getComputedStyle(select).paddingRight);
    return context.measureText(select.selectedOptions[0].text).width <= select.clientWidth - padding;
  });
  expect(await shownWhole()).toBe(true);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
});

test('a broken file lists every problem and leaves the current data usable', async ({ page }) => {
  await page.goto('./');
  await openFile(page, BROKEN);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“broken.json” was not opened: 3 problems');
  const problems = refusal(page);
  await expect(problems).toContainText('briefings[0].projects[0].industry');
  await expect(problems).toContainText('unknown industry “steel”');
  await expect(problems).toContainText('briefings[0].projects[1].capacity.value');
  await expect(problems).toContainText('briefings[1].projects[0].quotes[0]');
  // Its quotes were checked: the count is all there is.
  await expect(alert).not.toContainText('there may be more');
  await problems.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toHaveCount(0);
  await expect(problems).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open data file…' })).toBeFocused();

  // The bundled briefing is still there and still filters.
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
  await page.getByRole('button', { name: /Magnesium alloys/ }).click();
  await expect(page.getByText('1 of 4 projects shown')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Projects' }).getByRole('article')).toHaveCount(1);
});

test('a refused file is announced in one line: the alert is the summary, not the buttons and the list of problems', async ({ page }) => {
  await page.goto('./');
  await openFile(page, BROKEN);
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText('“broken.json” was not opened: 3 problems. The data shown is unchanged.');
  await expect(alert).toHaveCount(1);
  await expect(alert.getByRole('listitem')).toHaveCount(0);
  await expect(alert.getByRole('button')).toHaveCount(0);
  // The buttons and the problems are on the page right after it, read when the reader goes on.
  const problems = refusal(page);
  await expect(problems.getByRole('listitem')).toHaveCount(3);
  await expect(problems.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'unknown industry “steel”' })).toBeVisible();
  await problems.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('button', { name: 'Open data file…' })).toBeFocused();
});

test('reading a small file says that it is read, without its megabytes ("0.0 of 0.0 MB")', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('4 of 4 projects shown')).toBeVisible();
  // Everything the progress line says, in order, as a screen reader is told it.
  await page.evaluate(() => {
    window.progressSaid = [];
    const line = document.querySelector('.load-progress');
    new MutationObserver(() => {
      const text = line.textContent.trim();
      if (text && window.progressSaid.at(-1) !== text) window.progressSaid.push(text);
    }).observe(line, { subtree: true, childList: true, characterData: true });
  });
  await openFile(page, BROKEN);
  await expect(page.getByRole('alert')).toContainText('“broken.json” was not opened');
  const said = await page.evaluate(() => window.progressSaid);
  expect(said[0]).toBe('Reading “broken.json”…');
  expect(said.filter((text) => text.includes('MB'))).toEqual([]);
  await expect(page.getByRole('status').locator('progress')).toHaveCount(0);
});

test('a file that does not fit the format says its quotes and figures are still to be checked', async ({ page }) => {
  await page.goto('./');
  // A figure written as text: the file is refused before its quotes are read, and a wrong
  // quote is not yet counted.
  const text = fs.readFileSync(path.join(DATA, '..', '..', 'data', 'briefings.json'), 'utf8')
    .replace('"value": 840000', '"value": "840,000"')
    .replace('"He urged', '"He asked');
  await openFile(page, { name: 'typed.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('alert')).toHaveText('“typed.json” was not opened: 1 problem. The data shown is unchanged. Its ids, quotes and figures are checked once it fits the format: there may be more to fix.');
});

test('on a phone, what can be done about a file that was not opened is on screen with the message, above its problems', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#lang=zh');
  await openFile(page, BROKEN, ZH_OPEN_FILE);
  const message = page.getByRole('alert');
  await expect(message).toContainText('broken.json');
  await expect(refusal(page).getByRole('listitem')).toHaveCount(3);
  await message.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  const buttons = refusal(page).getByRole('button');
  await expect(buttons).toHaveCount(2);
  for (const button of await buttons.all()) {
    await expect(button).toBeInViewport();
  }
});

test('a syntax error reports its line and column', async ({ page }) => {
  await page.goto('./');
  const chooserEvent = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open data file…' }).click();
  await (await chooserEvent).setFiles({ name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "industries": [,]\n}') });
  await expect(page.getByRole('alert')).toContainText('“typo.json” was not opened: 1 problem');
  await expect(refusal(page).getByRole('listitem')).toContainText('line 2, column 18');
});

test('a syntax error, which the editor cannot open, says why and how to fix the file: its line, its column and the character found there, in English and Chinese', async ({ page }) => {
  const typo = { name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "industries": [,]\n}') };
  await page.goto('./#lang=en');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
  let chooserEvent = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open data file…' }).click();
  await (await chooserEvent).setFiles(typo);
  await expect(page.getByRole('alert')).toContainText('“typo.json” was not opened');
  await expect(refusal(page).getByRole('button', { name: 'Fix it in the editor' })).toHaveCount(0);
  await expect(refusal(page).getByText('The editor cannot open this file')).toContainText('Open the file in a text editor, correct it at line 2, column 18');
  await expect(refusal(page).getByRole('listitem')).toContainText('; found “,”');

  await page.goto('./#lang=zh');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
  chooserEvent = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: ZH_OPEN_FILE }).click();
  await (await chooserEvent).setFiles(typo);
  await expect(refusal(page).getByRole('button', { name: '在编辑器中修改' })).toHaveCount(0);
  await expect(refusal(page).getByText('编辑器无法打开此文件')).toContainText('请用文本编辑器打开该文件，修改第 2 行第 18 列');
  await expect(refusal(page).getByRole('listitem')).toContainText('该处实际为“,”');
});

test('a 25 MB file is refused before it is read', async ({ page }) => {
  await page.goto('./');
  const chooserEvent = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open data file…' }).click();
  await (await chooserEvent).setFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(25_000_000, 0x20) });
  await expect(page.getByRole('alert')).toContainText('“huge.json” is 25.0 MB; files over 20.0 MB are refused');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
});

test('a name with an XSS payload shows as literal text', async ({ page }) => {
  await page.goto('./');
  await openFile(page, SEMICONDUCTORS);
  const payload = '<img src=x onerror="window.__xss=1"> Bright Panel <script>window.__xss=2</script> line';
  await expect(page.getByRole('heading', { name: payload })).toBeVisible();
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expect(page.locator('article img')).toHaveCount(0);
});

test('a file dropped anywhere on the page is opened', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
  const fs = await import('node:fs');
  const text = fs.readFileSync(SEMICONDUCTORS, 'utf8');
  await page.evaluate((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'dropped.json', { type: 'application/json' }));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, text);
  await expect(page.getByText('Showing “dropped.json”')).toBeVisible();
});

/** Drops files (name → text) on the page as one drag; returns whether the page took the drop. */
async function dropFiles(page, files) {
  return page.evaluate((entries) => {
    const transfer = new DataTransfer();
    for (const [name, text] of entries) transfer.items.add(new File([text], name, { type: 'application/json' }));
    const target = document.querySelector('main') ?? document.body;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer });
    target.dispatchEvent(drop);
    return drop.defaultPrevented;
  }, Object.entries(files));
}

test('two files dropped at once open neither and say so; a drop on the slides is refused, the slides stay', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: BRIEFING_TITLE })).toBeVisible();
  const fs = await import('node:fs');
  const text = fs.readFileSync(SEMICONDUCTORS, 'utf8');
  expect(await dropFiles(page, { 'first.json': text, 'second.json': text })).toBe(true);
  await expect(page.getByRole('alert')).toContainText('Drop one file at a time: 2 files were dropped, and none was opened.');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  // While the slides are shown a drop is taken from the browser but opens nothing.
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog')).toContainText('Slide 2 of');
  expect(await dropFiles(page, { 'dropped.json': text })).toBe(true);
  await page.waitForTimeout(300);
  await expect(page.getByRole('dialog')).toContainText('Slide 2 of');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.getByText('Showing “dropped.json”')).toHaveCount(0);
});

test.describe('before the app has started', () => {
  // The app is held back on purpose: the page is not waited on for it to start.
  test.use({ waitForApp: false });

  test('a file dropped before the app has started is kept for it, not opened by the browser in its place', async ({ page }) => {
    // The app's wasm is held back until the file has been dropped on the first view.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/briefing-explorer-[^/]*_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await expect(page.locator('#app > .first-view')).toBeVisible();
    const fs = await import('node:fs');
    const text = fs.readFileSync(SEMICONDUCTORS, 'utf8');
    const prevented = await page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], 'dropped-early.json', { type: 'application/json' }));
      const target = document.querySelector('#app');
      const over = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
      const drop = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer });
      target.dispatchEvent(over);
      target.dispatchEvent(drop);
      return [over.defaultPrevented, drop.defaultPrevented];
    }, text);
    // Prevented: the browser does not navigate to the file.
    expect(prevented).toEqual([true, true]);
    release();
    await expect(page.getByText('Showing “dropped-early.json”')).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations with a problem list and an opened dataset (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    await openFile(page, BROKEN);
    await expect(page.getByRole('alert')).toContainText('3 problems');
    await expectNoA11yViolations(page);
    await openFile(page, SEMICONDUCTORS);
    await page.getByRole('combobox', { name: 'Briefing' }).selectOption('all');
    await expect(page.getByText('3 of 3 projects shown')).toBeVisible();
    await expectNoA11yViolations(page);
  });
}

/**
 * Presses `button` with it at the top of the screen, where the browser keeps what is on screen in
 * place as content comes in above it, and expects the first of the items it adds (`items`, the
 * list's items in order) to come in where its block stood when it was pressed, with room for its
 * focus ring, and to take focus.
 */
async function showMoreAtTop(page, button, items) {
  const before = await items.count();
  await button.evaluate((element) => element.closest('.show-more').scrollIntoView({ block: 'start' }));
  // Where the block stands is read at the press itself, before the app's handler (Yew listens at
  // the app's root): when Playwright's first try at the click finds the button still moving or
  // covered, its next try scrolls the button to the screen's bottom edge first (a clean-clone
  // CI run saw the new card come in at 684 px, where the block then stood, against a place read
  // before the click).
  await button.evaluate((element) => element.addEventListener('click', () => {
    window.showMoreBlockTop = element.closest('.show-more').getBoundingClientRect().top;
  }, { capture: true, once: true }));
  await button.click();
  const blockTop = await page.evaluate(() => window.showMoreBlockTop);
  expect(blockTop).toEqual(expect.any(Number));
  await expect(items).not.toHaveCount(before);
  const firstNew = items.nth(before);
  await expect(firstNew).toBeFocused();
  await expect(firstNew).toBeInViewport();
  // Where the block stood, or a little lower at the screen's top edge, so that the focus ring
  // (3 px wide, 2 px out) is on screen.
  const top = (await firstNew.boundingBox()).y;
  expect(top).toBeGreaterThanOrEqual(Math.max(blockTop - 2, 5));
  expect(top).toBeLessThanOrEqual(Math.max(blockTop, 8) + 2);
}

test('a long list pages on screen, a page coming in where it was asked for, and printing renders every project in view', async ({ page }, testInfo) => {
  const { execFileSync } = await import('node:child_process');
  const file = testInfo.outputPath('two-hundred-projects.json');
  execFileSync('node', [path.resolve(here, '../../scripts/generate-dataset.mjs'), '--projects', '200', '--out', file]);
  await page.goto('./');
  await openFile(page, file);
  await page.getByRole('combobox', { name: 'Briefing' }).selectOption('all');
  const cards = page.getByRole('region', { name: 'Projects' }).getByRole('article');
  await expect(page.getByText('200 of 200 projects shown')).toBeVisible();
  await expect(cards).toHaveCount(24);
  await showMoreAtTop(page, page.getByRole('button', { name: 'Show 24 more' }), cards);
  await expect(cards).toHaveCount(48);
  await expect(cards.nth(24)).toBeFocused();
  const directives = page.getByRole('region', { name: 'Directives' }).getByRole('listitem');
  await expect(directives).toHaveCount(30);
  await showMoreAtTop(page, page.getByRole('region', { name: 'Directives' }).getByRole('button', { name: 'Show 20 more' }), directives);
  await expect(directives).toHaveCount(50);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(cards).toHaveCount(200);
  await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);
});

test('a 15 MB file is checked in a worker: the search answers while the check runs', async ({ page }, testInfo) => {
  const { execFileSync } = await import('node:child_process');
  const file = testInfo.outputPath('big.json');
  execFileSync('node', [path.resolve(here, '../../scripts/generate-dataset.mjs'), '--projects', '12000', '--out', file]);
  await page.goto('./');
  await expect(page.getByText('4 of 4 projects shown')).toBeVisible();
  // A log, kept by the page, of when the search took effect and when the check ended: the order
  // shows whether the page answered input during the check, whatever the machine's speed.
  await page.evaluate(() => {
    window.loadLog = [];
    new MutationObserver(() => {
      const text = document.body.innerText;
      const log = window.loadLog;
      const add = (event) => { if (!log.includes(event)) log.push(event); };
      if (/Checking “big\.json”: step \d of 3/.test(text)) add('checking');
      if (text.includes('1 of 4 projects shown')) add('searched');
      if (text.includes('Showing “big.json”')) add('opened');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await openFile(page, file);
  await expect(page.getByText(/Checking “big\.json”: step \d of 3/)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('magnesium');
  await expect(page.getByText('Showing “big.json”')).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => window.loadLog)).toEqual(['checking', 'searched', 'opened']);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(BRIEFING_TITLE);
});

test('an opened file, which no address shows, offers no link, embed or presenter view, and its handout names it', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await openFile(page, SEMICONDUCTORS);
  await expect(page.getByRole('heading', { level: 1, name: 'Deputy Mayor inspects chip projects' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Embed/ })).toHaveCount(0);
  await expect(page.getByText('A file opened on this device has no web address')).toBeVisible();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Presenter view' })).toHaveCount(0);
  // S, the presenter view's key, says why there is none rather than doing nothing, and the
  // word goes with the slide it was said over.
  const popups = [];
  page.context().on('page', (popup) => popups.push(popup));
  await page.keyboard.press('s');
  const why = page.getByRole('dialog').getByRole('status').filter({ hasText: 'No presenter view' });
  await expect(why).toHaveText(/a file opened on this device has none/);
  await page.keyboard.press('ArrowRight');
  await expect(why).toHaveCount(0);
  expect(popups).toEqual([]);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('From the file “semiconductors.json”, opened on this device')).toBeVisible();
  await expect(page.getByText(/^This view:/)).toHaveCount(0);
});

test('an opened file keeps the language the address names', async ({ page }) => {
  await page.goto('./#lang=zh&industry=new-energy');
  await openFile(page, SEMICONDUCTORS, ZH_OPEN_FILE);
  await expect(page.getByRole('heading', { level: 1, name: 'Deputy Mayor inspects chip projects' })).toBeVisible();
  // The old view's filter named the old data and goes; the language stays.
  await expect(page).toHaveURL(/#lang=zh$/);
  await page.getByRole('group', { name: '产业' }).getByRole('button', { name: /Displays/ }).click();
  await expect(page).toHaveURL(/#industry=displays&lang=zh$/);
});

test('the file checker worker starts without warnings', async ({ page }) => {
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  await page.goto('./');
  await openFile(page, BROKEN);
  await expect(refusal(page)).toContainText('briefings[0].projects[0].industry');
  expect(warnings).toEqual([]);
});

test('an invalid file checked in the worker lists its problems in the interface language', async ({ page }) => {
  await page.goto('./#lang=zh');
  await openFile(page, BROKEN, ZH_OPEN_FILE);
  await expect(page.getByRole('alert')).toContainText('未能打开');
  await expect(refusal(page)).toContainText('briefings[0].projects[0].industry');
});

test('a host without the worker\'s files still opens a file, checked on the page', async ({ page, guard }) => {
  guard.allowFailedRequest(/validate-worker/);
  await page.route(/validate-worker/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  await openFile(page, SEMICONDUCTORS);
  await expect(page.getByText('Showing “semiconductors.json”')).toBeVisible();
  await openFile(page, BROKEN);
  await expect(page.getByRole('alert')).toContainText('“broken.json” was not opened: 3 problems');
});

// Left out, or only a zero-width space (blank as the validator counts it, which lets it by).
for (const [variant, enterprise] of [['left out', undefined], ['a zero-width space', '\u200b']]) {
  test(`a project whose source names no enterprise (${variant}) opens, its card saying "not stated" and its slide naming none`, async ({ page }, testInfo) => {
    const fs = await import('node:fs');
    const dataset = JSON.parse(fs.readFileSync(path.resolve(here, '../../data/briefings.json'), 'utf8'));
    const byd = dataset.briefings[0].projects.find((project) => project.id === 'byd');
    if (enterprise === undefined) delete byd.enterprise;
    else byd.enterprise = enterprise;
    const file = testInfo.outputPath('no-enterprise.json');
    fs.writeFileSync(file, JSON.stringify(dataset));
    await page.goto('./');
    await openFile(page, file);
    await expect(page.getByText('Showing “no-enterprise.json”')).toBeVisible();
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /^BYD's annual output/ }) });
    await expect(card.getByRole('definition').first()).toHaveText('not stated');
    await expect(card.getByRole('term').first()).toHaveText('Enterprise');
    await page.goto('./#slide=7');
    await expect(page.getByRole('heading', { level: 2, name: 'BYD drive motors' })).toBeVisible();
    await expect(page.locator('.slide-kicker')).toHaveText('New energy · Full production');
  });
}
