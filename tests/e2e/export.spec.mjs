// Downloads of the current view: CSV (one row per project shown), JSON (a dataset file) and the
// directives CSV (one row per directive shown).
import fs from 'node:fs/promises';
import { test, expect, BRIEFING_TITLE } from './fixtures.mjs';

/** RFC 4180 records (CRLF line ends; quoted fields may hold commas, quotes and newlines). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field); records.push(record); record = []; field = ''; i++;
    } else field += c;
  }
  expect(quoted, 'no unterminated quoted field').toBe(false);
  expect(field === '' && record.length === 0, 'the last record ends with CRLF').toBe(true);
  return records;
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  expect(await file.failure()).toBeNull();
  return { name: file.suggestedFilename(), text: await fs.readFile(await file.path(), 'utf8') };
}

async function filterBy(page, facet) {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${facet}`) }).click();
}

test('CSV of a filtered view: a header and one row per project shown', async ({ page }) => {
  await filterBy(page, 'New energy');
  const cards = page.locator('#projects article:visible');
  await expect(cards).toHaveCount(2);
  const shown = await cards.locator('h3').allTextContents();

  const { name, text } = await download(page, /^Download CSV/);
  expect(name).toBe('nanjing-key-projects-feb-20-projects-new-energy.csv');
  expect(text.startsWith('\uFEFF'), 'a UTF-8 byte order mark for spreadsheets').toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(['Briefing', 'Project ID', 'Project', 'Enterprise', 'Industry', 'Sector', 'Status', 'Capacity', 'Capacity unit', 'Capacity period', 'Capacity of', 'Requests', 'Notes', 'Source quotes', 'Capacity bound', 'Date', 'Status quote', 'Capacity quote', 'Industry basis', 'Industry quote']);
  expect(rows).toHaveLength(shown.length);
  expect(rows.map((row) => row[header.indexOf('Project')])).toEqual(shown);
  const byId = Object.fromEntries(rows.map((row) => [row[header.indexOf('Project ID')], row]));
  expect(byId.byd[header.indexOf('Capacity')]).toBe('840000');
  // Not stated: words for the status and the capacity (never 0, never a blank).
  expect(byId['longdian-huaxin'][header.indexOf('Status')]).toBe('not stated');
  expect(byId['longdian-huaxin'][header.indexOf('Capacity')]).toBe('not stated');
  // Each stated fact beside the sentence that states it, and the briefing's date.
  expect(byId.byd[header.indexOf('Capacity quote')]).toContain('840,000 sets');
  expect(byId.byd[header.indexOf('Date')]).toBe('February 20 — year not stated');
  // Requests and notes, one per line inside the cell.
  expect(text).toContain('Focus on niche areas.');
  expect(byId['longdian-huaxin'][header.indexOf('Requests')].split('\n')).toEqual([
    'Focus on niche areas.',
    'Increase investment in innovation and research.',
    'Keep growing the enterprise\'s scale and its products\' competitiveness.',
  ]);
  expect(byId.byd[header.indexOf('Notes')].split('\n')).toHaveLength(2);
});

test('directives CSV: one row per directive shown, with scope names and quotes', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  const { name, text } = await download(page, /^Download directives CSV/);
  expect(name).toBe('nanjing-key-projects-feb-20-directives.csv');
  expect(text.startsWith('\uFEFF'), 'a UTF-8 byte order mark for spreadsheets').toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual(['Briefing', 'Theme', 'Summary', 'Scope', 'Source quotes']);
  expect(rows).toHaveLength(14);
  expect(rows.every((row) => row[0] === 'nanjing-key-projects-feb-20')).toBe(true);
  expect(rows.filter((row) => row[3] === 'City-wide')).toHaveLength(13);
  expect(rows.map((row) => row[3])).toContain('North Metallurgy alloys');
  expect(rows.some((row) => row[4].includes('To improve the quality of service enterprises'))).toBe(true);
  // The same directives, in the same order, as the list on the page.
  const summaries = await page.locator('#directives .directive-summary').allTextContents();
  expect(rows.map((row) => row[2])).toEqual(summaries);
});

test('directives CSV of a filtered view leaves out what the list hides', async ({ page }) => {
  await filterBy(page, 'Magnesium alloys');
  await expect(page.locator('#directives .directive')).toHaveCount(13);
  const { name, text } = await download(page, /^Download directives CSV/);
  expect(name).toBe('nanjing-key-projects-feb-20-directives-magnesium-alloys.csv');
  const [, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  expect(rows).toHaveLength(13);
  expect(rows.map((row) => row[3])).not.toContain('North Metallurgy alloys');
});

test('the directives CSV button names one directive shown in the singular', async ({ page }) => {
  await page.goto('./#q=Ningbo');
  await expect(page.locator('#directives .directive')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Download directives CSV: the 1 directive shown', exact: true })).toBeEnabled();
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Download directives CSV: the 14 directives shown', exact: true })).toBeEnabled();
});

test('CSV with the Magnesium alloys filter has exactly the Baowu row', async ({ page }) => {
  await filterBy(page, 'Magnesium alloys');
  await expect(page.locator('#projects article:visible')).toHaveCount(1);
  const { name, text } = await download(page, /^Download CSV/);
  expect(name).toBe('nanjing-key-projects-feb-20-projects-magnesium-alloys.csv');
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
  expect(records).toHaveLength(2);
  expect(records[1][1]).toBe('baowu-magnesium');
  expect(records[1][3]).toBe('Baowu Magnesium');
  expect(records[1][records[0].indexOf('Capacity')]).toBe('60000');
  expect(records[1][records[0].indexOf('Capacity bound')]).toBe('');
});

test('JSON of a filtered view is a dataset with the projects shown', async ({ page }) => {
  await filterBy(page, 'Magnesium alloys');
  await expect(page.locator('#projects article:visible')).toHaveCount(1);
  const { name, text } = await download(page, /^Download JSON/);
  expect(name).toBe('nanjing-key-projects-feb-20-projects-magnesium-alloys.json');
  const dataset = JSON.parse(text);
  expect(dataset.industries.map((industry) => industry.id)).toEqual(['new-materials', 'new-energy', 'magnesium-alloys']);
  expect(dataset.briefings).toHaveLength(1);
  expect(dataset.briefings[0].projects.map((project) => project.id)).toEqual(['baowu-magnesium']);
  expect(dataset.briefings[0].source.text).toContain('840,000');
});

test('the buttons are disabled when no project is shown', async ({ page }) => {
  await page.goto('./#q=zzzz-no-such-project');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.locator('#projects article:visible')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Download CSV/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Download JSON/ })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Download directives CSV/ })).toBeDisabled();
});
