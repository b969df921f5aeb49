// Data read at run time: a copy of dist/ with another data/briefings.json shows that dataset with
// no rebuild; #data= opens another file of the data/ folder and stays in the address; names that
// are paths or URLs are refused before any request; data/index.json feeds the site's picker; the
// page title names the briefing; the offline file carries the data as an inline JSON block.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ALLOWED_ORIGINS, DIST, E2E_PORT, OFFLINE_FILE } from './env.mjs';
import { test, expect, BRIEFING_TITLE, industryButton, projectCards } from './fixtures.mjs';
import { siteCopy, TEST_DATA } from './site-copy.mjs';

const PORT = E2E_PORT + 20;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A copy without data/briefings.json, served beside it. */
const BARE_PORT = PORT + 4;
const CHIPS_TITLE = 'Deputy Mayor inspects chip projects';

test.use({ allowedOrigins: [...ALLOWED_ORIGINS, ORIGIN, `http://127.0.0.1:${BARE_PORT}`] });

let site;
test.beforeAll(async () => {
  site = await siteCopy('runtime', {
    // The site's default dataset replaced by another one, by copying a file.
    'data/briefings.json': path.join(TEST_DATA, 'semiconductors.json'),
    // The original briefing kept as a second dataset, and a broken one.
    'data/nanjing.json': path.join(DIST, 'data', 'briefings.json'),
    'data/broken.json': path.join(TEST_DATA, 'broken.json'),
    // The same briefing saved as UTF-16 (with its byte-order mark), as some Windows editors do.
    'data/utf16.json': {
      text: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(path.join(TEST_DATA, 'semiconductors.json'), 'utf8'), 'utf16le')]),
    },
    'data/index.json': {
      text: JSON.stringify({
        datasets: [
          { file: 'briefings.json', title: 'Harbor City chip projects' },
          { file: 'nanjing.json', title: 'Nanjing key industrial projects', description: 'February 20' },
        ],
      }),
    },
  }, { port: PORT });
});
test.afterAll(async () => site?.close());

/** Every request the page makes, as URLs. */
function recordRequests(page) {
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  return requests;
}

test('the built dist/ reads data/briefings.json at run time, and names it in the title and og: tags', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page).toHaveTitle(`${BRIEFING_TITLE} — Briefing Explorer`);
  // Fetched once, by the page's early script, and taken from there by the app.
  expect(requests.filter((url) => url.endsWith('/data/briefings.json'))).toHaveLength(1);
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  expect(html).toContain(`<meta property="og:title" content="${BRIEFING_TITLE} — Briefing Explorer" />`);
  expect(html).toMatch(/<meta property="og:description" content="Nanjing: 4 projects and \d+ directives/);
  expect(html).toMatch(/<script id="early-data">[\s\S]*fetch\('data\/briefings\.json', \{ cache: 'no-cache' \}\)/);
  expect(fs.existsSync(path.join(DIST, 'data', 'source', '000_e3b84b1c175dd032.txt'))).toBe(true);
});

test('a copy of dist/ with another data/briefings.json shows that dataset, no rebuild', async ({ page }) => {
  await page.goto(site.url);
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  await expect(page).toHaveTitle(`${CHIPS_TITLE} — Briefing Explorer`);
  await expect(industryButton(page, /Integrated circuits/)).toBeVisible();
  await expect(industryButton(page, /New energy/)).toHaveCount(0);
});

test('#data= opens another file of the folder and stays in every address', async ({ page }) => {
  await page.goto(`${site.url}#data=nanjing.json`);
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await industryButton(page, /^Magnesium alloys/).click();
  await expect(projectCards(page)).toHaveCount(1);
  await expect(page).toHaveURL(/#data=nanjing\.json&industry=magnesium-alloys$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/#data=nanjing\.json$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  // Back to the address without data= shows the default dataset again.
  await page.goto(`${site.url}#industry=displays`);
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
});

for (const [what, hash] of [
  ['a path out of the folder', '#data=../x.json'],
  ['an address elsewhere', '#data=https://example.org/x.json'],
  ['a protocol-relative address', '#data=//example.org/x.json'],
]) {
  test(`#data= with ${what} is refused with a notice, and nothing is requested`, async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(`${site.url}${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: 'This briefing could not be shown' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('cannot be opened: only a file in this site’s data folder can be opened');
    const inside = new URL('data/', site.url).href;
    const dataRequests = requests.filter((url) => /\/x\.json$/.test(url));
    expect(dataRequests, 'no request for the refused name').toEqual([]);
    expect(requests.every((url) => url.startsWith(site.origin) || /^(data|blob):/.test(url))).toBe(true);
    expect(requests.filter((url) => url.startsWith(inside)).every((url) => /\/data\/(briefings|index)\.json$/.test(url))).toBe(true);

    await page.getByRole('button', { name: 'Show this site’s main briefing' }).click();
    await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
    await expect(page).not.toHaveURL(/data=/);
  });
}

test('a missing file says so and offers the default', async ({ page, guard }) => {
  guard.allowFailedRequest(/\/data\/missing\.json -> HTTP 404$/);
  guard.allowConsoleError(/404/);
  await page.goto(`${site.url}#data=missing.json`);
  await expect(page.getByRole('alert')).toHaveText('The dataset “missing.json” is not on this site (HTTP 404).');
  // The data bar names no briefing as shown, and offers nothing to edit.
  await expect(page.getByText('Briefing shipped with this site')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit this data' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Open data file…' })).toBeVisible();
  // The tab says no briefing is shown, not the title of one.
  await expect(page).toHaveTitle('This briefing could not be shown — Briefing Explorer');
  await page.getByRole('button', { name: 'Show this site’s main briefing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  // The button went with the error page; focus is on the briefing's title, where reading starts.
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeFocused();
});

test('with every briefing chosen each directive says which visit gave it, as the cards do; with one, none does', async ({ page }) => {
  await page.goto(`${site.url}#briefing=all`);
  const talent = page.locator('#directives .directive').filter({ hasText: 'Publish a talent plan for the chip industry' });
  await expect(talent).toContainText('March 8, 2024 · Deputy Mayor revisits the wafer fab');
  const approvals = page.locator('#directives .directive').filter({ hasText: 'Speed up approvals for chip projects' });
  await expect(approvals).toContainText('May 12, 2023 · Deputy Mayor inspects chip projects');
  // The slides' directives say so too (the slide before the closing one).
  await page.getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const slide = page.getByRole('dialog').locator('.slide-directives');
  await expect(slide.locator('li').filter({ hasText: 'Publish a talent plan for the chip industry' })).toContainText('March 8, 2024');
  await expect(slide.locator('li').filter({ hasText: 'Speed up approvals for chip projects' })).toContainText('May 12, 2023');
  await page.keyboard.press('Escape');
  // Esc ends the slides with a step Back to the address they began from, after the paint; an
  // address typed before that step would be stepped back from.
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).toHaveURL(/#briefing=all$/);
  await page.goto(`${site.url}#briefing=harbor-2024-03-08`);
  await expect(page.locator('#directives .directive')).toHaveCount(1);
  await expect(page.locator('#directives .directive')).not.toContainText('March 8, 2024 ·');
});

test('"Edit this data" opens the editor on the briefing shown, of several; with none chosen, on the first', async ({ page }) => {
  await page.goto(`${site.url}#briefing=harbor-2024-03-08`);
  await page.getByRole('link', { name: 'Edit this data' }).click();
  const briefing = page.getByRole('combobox', { name: 'Briefing' }).locator('option:checked');
  await expect(briefing).toHaveText('Deputy Mayor revisits the wafer fab');
  await page.goto(site.url);
  await page.getByRole('link', { name: 'Edit this data' }).click();
  await expect(briefing).toHaveText(CHIPS_TITLE);
});

test('a file opened on the editor\'s start page opens on its first briefing, not on one the address named for another dataset', async ({ page }) => {
  // The address asks for a dataset the editor refuses, on a briefing this file has too.
  await page.goto(`${site.url}edit.html#data=..%2Fsecret.json&briefing=harbor-2024-03-08`);
  await expect(page.getByRole('alert')).toContainText('which is not a dataset file of this site');
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Open a dataset file (.json)…').click();
  await (await chooser).setFiles(path.join(TEST_DATA, 'semiconductors.json'));
  const briefing = page.getByRole('combobox', { name: 'Briefing' }).locator('option:checked');
  await expect(briefing).toHaveText(CHIPS_TITLE);
});

test('a site whose main briefing is missing asks for it once and says so', async ({ page, guard }) => {
  // Its own copy, without data/briefings.json (a publisher who renamed the file, say).
  const bare = await siteCopy('no-default', {}, { port: BARE_PORT });
  try {
    fs.rmSync(path.join(bare.root, 'data', 'briefings.json'));
    guard.allowFailedRequest(/\/data\/briefings\.json -> HTTP 404$/);
    guard.allowConsoleError(/404/);
    const requests = recordRequests(page);
    await page.goto(bare.url);
    await expect(page.getByRole('alert')).toContainText('“briefings.json” is not on this site (HTTP 404)');
    // The page's early fetch and the app share one request: the server is not asked twice.
    expect(requests.filter((url) => url.endsWith('/data/briefings.json'))).toHaveLength(1);
  } finally {
    await bare.close();
  }
});

test('an invalid file lists its problems and offers the default', async ({ page }) => {
  await page.goto(`${site.url}#data=broken.json`);
  await expect(page.getByRole('alert')).toContainText(/The dataset “broken\.json” has \d+ problems/);
  await expect(page.locator('.problems li').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show this site’s main briefing' })).toBeVisible();
});

test('a file saved in another encoding is named as such, as an opened file is', async ({ page }) => {
  // The page reads the file's bytes, so the checks see its encoding (a text decoded by the
  // browser would only have been garbled JSON).
  await page.goto(`${site.url}#data=utf16.json`);
  await expect(page.getByRole('alert')).toContainText('The dataset “utf16.json” has 1 problem');
  await expect(page.locator('.problems li')).toHaveCount(1);
  await expect(page.locator('.problems li')).toContainText('This file is UTF-16');
  await expect(page.locator('.problems li')).toContainText('save it as UTF-8');
});

test('the picker lists the site’s datasets from data/index.json and switches between them', async ({ page }) => {
  await page.goto(site.url);
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Briefings on this site' });
  await expect(picker.getByRole('option')).toHaveText(['Harbor City chip projects', 'Nanjing key industrial projects']);
  await expect(picker).toHaveValue('briefings.json');
  await picker.selectOption({ label: 'Nanjing key industrial projects' });
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page).toHaveURL(/#data=nanjing\.json$/);
  await expect(picker).toHaveValue('nanjing.json');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  // On paper the picker goes whole: its label was printed above the handout's title, alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Briefings on this site')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByText('Briefings on this site')).toBeVisible();
});

test('while a file opened on this device is shown, the picker names it, and the site\'s dataset shown before can be chosen again', async ({ page }, testInfo) => {
  await page.goto(`${site.url}#data=nanjing.json`);
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  const file = testInfo.outputPath('mine.json');
  fs.writeFileSync(file, fs.readFileSync(path.join(DIST, 'data/briefings.json')));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open data file…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByText('Showing “mine.json”')).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Briefings on this site' });
  await expect(picker.locator('option:checked')).toHaveText('Opened on this device: “mine.json”');
  await picker.selectOption({ label: 'Nanjing key industrial projects' });
  await expect(page).toHaveURL(/#data=nanjing\.json$/);
  await expect(page.getByText('Showing “mine.json”')).toHaveCount(0);
  await expect(picker).toHaveValue('nanjing.json');
  await expect(picker.getByRole('option', { name: /Opened on this device/ })).toHaveCount(0);
});

test('after Back and Forward the picker names the briefing shown, a failed one too', async ({ page, guard }) => {
  guard.allowFailedRequest(/\/data\/missing\.json -> HTTP 404$/);
  guard.allowConsoleError(/404/);
  await page.goto(`${site.url}#data=missing.json`);
  await expect(page.getByRole('alert')).toContainText('“missing.json” is not on this site');
  await page.getByRole('button', { name: 'Show this site’s main briefing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Briefings on this site' });
  await picker.selectOption({ label: 'Nanjing key industrial projects' });
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  await expect(picker).toHaveValue('briefings.json');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(picker).toHaveValue('nanjing.json');
  await expect(picker.locator('option:checked')).toHaveText('Nanjing key industrial projects');
  // Picking the briefing named before Forward goes back to it.
  await picker.selectOption({ label: 'Harbor City chip projects' });
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  // Back to the failed dataset: the picker names it, not the briefing shown before.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(picker).toHaveValue('nanjing.json');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('alert')).toContainText('“missing.json” is not on this site');
  await expect(picker.locator('option:checked')).toHaveText('From the address, not listed: “missing.json”');
});

test('data/index.json with a byte-order mark and a bad entry offers the good ones and says what is wrong; one with a trailing comma says so', async ({ page, guard }) => {
  const port = E2E_PORT + 18;
  const entries = [
    { file: 'briefings.json', title: 'Harbor City chip projects' },
    { file: 'nanjing.json', name: 'Nanjing key industrial projects' },
    { file: 'utf16.json', title: 'The same, in UTF-16' },
  ];
  const index = (text) => ({ 'data/index.json': { text } });
  const bom = await siteCopy('index-bom', index(`\ufeff${JSON.stringify({ datasets: entries })}`), { port });
  guard.allowOrigin(bom.url);
  try {
    await page.goto(bom.url);
    await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
    const picker = page.getByRole('combobox', { name: 'Briefings on this site' });
    await expect(picker.getByRole('option')).toHaveText(['Harbor City chip projects', 'The same, in UTF-16']);
    const note = page.getByRole('note');
    await expect(note).toContainText('For whoever publishes this site: the list of its briefings, data/index.json, has a problem.');
    await expect(note.getByRole('listitem')).toHaveText([/^data\/index\.json: entry 2 is left out \(unknown field `name`/]);

    fs.writeFileSync(path.join(bom.root, 'data', 'index.json'), '{"datasets": [\n  {"file": "briefings.json", "title": "A"},\n  {"file": "nanjing.json", "title": "B"},\n]}\n');
    await page.goto(`${bom.url}#lang=zh`);
    await page.reload();
    await expect(page.getByRole('note')).toContainText('致本站发布者');
    await expect(page.getByRole('note').getByRole('listitem')).toHaveText([/^无法读取 data\/index\.json（trailing comma at line 4/]);
    await expect(page.getByRole('note')).toContainText('能读取的条目太少，因此不提供选择框');
    await expect(page.getByRole('combobox')).toHaveCount(0);

    // Saved as Windows-1252 ("café" one byte short of UTF-8): named, where the picker showed "caf�".
    fs.writeFileSync(path.join(bom.root, 'data', 'index.json'), Buffer.from('{"datasets": [{"file": "briefings.json", "title": "Harbor caf\xe9"}, {"file": "nanjing.json", "title": "B"}]}', 'latin1'));
    await page.goto(`${bom.url}#lang=en`);
    await page.reload();
    await expect(page.getByRole('note').getByRole('listitem')).toHaveText(['data/index.json is not UTF-8 from byte 62 on (it may be saved as GBK, Latin-1 or Windows-1252); save it as UTF-8.']);
    await expect(page.getByRole('note')).toContainText('too few of its entries could be read to offer a picker');

    // A host that answers a missing file with its own page (a single-page app's fallback): the
    // list is optional, so there is nothing to say.
    fs.copyFileSync(path.join(bom.root, 'index.html'), path.join(bom.root, 'data', 'index.json'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('note')).toHaveCount(0);
  } finally {
    await bom.close();
  }
});

test('a dataset replaced on a host that sends no cache headers shows on the next load', async ({ browser }) => {
  const aged = await siteCopy('cache-by-age', {}, { port: E2E_PORT + 19, cacheByAge: true });
  // A context of its own: routing requests, as the guard does, turns the browser's cache off.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // Files a month old, sent with their date and no Cache-Control: a browser may keep them
    // three days without asking the host again.
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    for (const file of ['index.html', 'data/briefings.json', 'data/index.json']) fs.utimesSync(path.join(aged.root, file), monthAgo, monthAgo);
    await page.goto(aged.url);
    await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
    await page.waitForLoadState('networkidle');
    fs.copyFileSync(path.join(TEST_DATA, 'semiconductors.json'), path.join(aged.root, 'data', 'briefings.json'));
    // The next visit, as a reader who comes back from elsewhere.
    await page.goto('about:blank');
    await page.goto(aged.url);
    await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  } finally {
    await context.close();
    await aged.close();
  }
});

test('a name the site does not list, even one the page refuses, is not offered as one of its briefings', async ({ page }) => {
  await page.goto(`${site.url}#data=../x.json`);
  await expect(page.getByRole('heading', { level: 1, name: 'This briefing could not be shown' })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Briefings on this site' });
  await expect(picker.getByRole('option')).toHaveText(['From the address, not listed: “../x.json”', 'Harbor City chip projects', 'Nanjing key industrial projects']);
});

test('switching datasets keeps the language the address names, so a reload keeps it too', async ({ page }) => {
  await page.goto(`${site.url}#lang=zh`);
  const picker = page.getByRole('combobox', { name: '本站简报' });
  await picker.selectOption({ label: 'Nanjing key industrial projects' });
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page).toHaveURL(/#data=nanjing\.json&lang=zh$/);
  await page.getByRole('group', { name: '产业' }).getByRole('button', { name: /New energy/ }).click();
  await expect(page).toHaveURL(/#data=nanjing\.json&industry=new-energy&lang=zh$/);
  // A reload, or a colleague opening the link, gets the Chinese interface too.
  await page.reload();
  await expect(page.getByRole('group', { name: '产业' })).toBeVisible();
});

test('the briefing picker lists every briefing oldest first, the one in the address chosen', async ({ page }) => {
  // Its first render lists only the chosen briefing; the others follow once the page has
  // painted, around the chosen one, which stays selected.
  await page.goto(`${site.url}#briefing=harbor-2024-03-08`);
  await expect(page.getByRole('heading', { level: 1, name: 'Deputy Mayor revisits the wafer fab' })).toBeVisible();
  const picker = page.getByRole('combobox', { name: 'Briefing', exact: true });
  await expect(picker.getByRole('option')).toHaveText([
    'All briefings',
    'May 12, 2023 · Deputy Mayor inspects chip projects',
    'March 8, 2024 · Deputy Mayor revisits the wafer fab',
  ]);
  await expect(picker).toHaveValue('harbor-2024-03-08');
  // Wide enough to read the chosen briefing (its width is set, not measured from its options),
  // and within the screen on a phone.
  expect((await picker.boundingBox()).width).toBeGreaterThan(300);
  await page.setViewportSize({ width: 390, height: 844 });
  const onPhone = await picker.boundingBox();
  expect(onPhone.width).toBeGreaterThan(200);
  expect(onPhone.x + onPhone.width).toBeLessThanOrEqual(390);
  // The headline below it keeps its distance (on a phone the controls wrap under the app's name).
  const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(headline.y - (onPhone.y + onPhone.height)).toBeGreaterThanOrEqual(8);
  await page.setViewportSize({ width: 1280, height: 800 });
  await picker.selectOption('harbor-2023-05-12');
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  // A fresh load with no briefing in the address chooses the file's first one.
  await page.goto(site.url);
  await expect(page.getByRole('heading', { level: 1, name: CHIPS_TITLE })).toBeVisible();
  await expect(picker.getByRole('option')).toHaveCount(3);
  await expect(picker).toHaveValue('harbor-2023-05-12');
});

test('the built site has a one-entry index, so no picker is offered', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  const index = JSON.parse(fs.readFileSync(path.join(DIST, 'data', 'index.json'), 'utf8'));
  expect(index.datasets.map((entry) => entry.file)).toEqual(['briefings.json']);
  await expect(page.getByRole('combobox', { name: 'Briefings on this site' })).toHaveCount(0);
});

test('the offline file carries the data in a JSON block its policy does not allow to run', async () => {
  const html = fs.readFileSync(OFFLINE_FILE, 'utf8');
  const block = html.match(/<script type="application\/json" id="briefing-data">([\s\S]*?)<\/script>/);
  expect(block, 'an inline data block').not.toBeNull();
  expect(JSON.parse(block[1]).briefings[0].title).toBe(BRIEFING_TITLE);
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  // The hashes of the page's three scripts, the loader module, the early-drop keeper and the
  // watch on the app's start, and no other: the data block is not a script the page may run.
  const hash = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  const allowed = scripts.filter(([, attrs]) => / type="module"|id="early-drop"|id="start-watch"/.test(attrs)).map(([, , body]) => hash(body));
  expect(allowed).toHaveLength(3);
  expect(scriptSrc.match(/'sha256-[^']+'/g).sort()).toEqual(allowed.sort());
  expect(scriptSrc).not.toContain(hash(block[1]));
  expect(scriptSrc).not.toContain("'unsafe-inline'");
});
