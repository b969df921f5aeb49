// An industry the source does not name is shown as inferred: the bundled Longdian Huaxin copper
// foil project's "New energy" comes from the paragraph on Nanjing's new energy industry, while
// BYD's is stated. The card, the industry filter and the charts' tables say so, in English and in
// Chinese, the data's words in the data's language and the mark in the interface's.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, industryButton, projectCards } from './fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const industryOf = (card, term) => card.getByRole('term').filter({ hasText: term }).locator('xpath=following-sibling::dd');

test('the card and the industry filter say an inferred industry is inferred', async ({ page }) => {
  await page.goto('./#lang=en');
  const longdian = projectCards(page).filter({ hasText: 'Longdian Huaxin' });
  const byd = projectCards(page).filter({ hasText: 'BYD' });
  await expect(industryOf(longdian, 'Industry')).toHaveText('New energy (inferred)');
  await expect(industryOf(longdian, 'Industry').getByText('(inferred)')).toHaveAttribute('title', /does not name this project's industry/);
  await expect(industryOf(byd, 'Industry')).toHaveText('New energy');
  const newEnergy = industryButton(page, /^New energy/);
  await expect(newEnergy).toHaveAccessibleName('New energy, 2 projects (1 inferred)');
  await expect(newEnergy).toHaveText('New energy2(1 inferred)');
  // Under a status filter only BYD is left, whose industry the source states.
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: /^Full production/ }).click();
  await expect(newEnergy).toHaveAccessibleName('New energy, 1 project');

  // Its sentence is among those its "Source" marks in the source text.
  await page.goto('./#lang=en');
  await longdian.getByRole('button', { name: 'Source for Longdian Huaxin copper foil' }).click();
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source.locator('mark').filter({ hasText: 'Nanjing is accelerating to build a new energy industry highland' })).toBeVisible();
});

test('in Chinese the card and the filter say 推断', async ({ page }) => {
  await page.goto('./#lang=zh');
  const cards = page.getByRole('region', { name: '项目' }).getByRole('article');
  const longdian = cards.filter({ hasText: 'Longdian Huaxin' });
  await expect(industryOf(longdian, '产业')).toHaveText('New energy（推断）');
  await expect(industryOf(cards.filter({ hasText: 'BYD' }), '产业')).toHaveText('New energy');
  const newEnergy = page.getByRole('group', { name: '产业' }).getByRole('button', { name: /^New energy/ });
  await expect(newEnergy).toHaveAccessibleName('New energy，2 个项目（其中 1 个为推断）');
  await expect(newEnergy).toHaveText('New energy2（1 个推断）');
});

/** Each run of text in `element` with the language it is spoken in: its nearest `lang`. */
const spokenLanguages = (element) => element.evaluate((root) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const runs = [];
  while (walker.nextNode()) {
    const text = walker.currentNode.textContent;
    if (text.trim()) runs.push([text, walker.currentNode.parentElement.closest('[lang]').getAttribute('lang')]);
  }
  return runs;
});

test('in the Chinese charts\' table only the industry\'s English words are marked English, and the CSV counts the inferred projects', async ({ page }) => {
  // BYD's industry inferred, from its own sentence: a capacity bar whose industry is inferred.
  const bundled = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/briefings.json'), 'utf8'));
  const byd = bundled.briefings[0].projects.find((project) => project.id === 'byd');
  byd.industry_inferred = { quote: byd.quotes[0] };
  await page.goto('./#lang=zh');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开数据文件…' }).click();
  await (await chooser).setFiles({ name: 'inferred.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bundled)) });
  await expect(page.getByText('正在显示“inferred.json”', { exact: false })).toBeVisible();
  const charts = page.getByRole('region', { name: '图表' });
  await charts.getByRole('button', { name: '以表格显示' }).click();
  const industry = charts.getByRole('row', { name: /^BYD drive motors/ }).getByRole('cell').first();
  await expect(industry).toHaveText('New energy（推断）');
  // The industry's label in the data's English; the mark 推断, the interface's, in Chinese.
  expect(await spokenLanguages(industry)).toEqual([['New energy', 'en'], ['（推断）', 'zh-Hans']]);
  const stated = charts.getByRole('row', { name: /^Baowu/ }).getByRole('cell').first();
  expect(await spokenLanguages(stated)).toEqual([['Magnesium alloys', 'en']]);

  // The industries' table says "2（其中 2 个为推断）"; its CSV gives the count of those in a column.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    charts.getByRole('button', { name: '下载 CSV：各产业项目数' }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  const rows = csv.trimEnd().split('\r\n');
  expect(rows[0]).toBe('产业,项目数,其中产业为推断的项目数');
  expect(rows).toContain('New energy,2,2');
  expect(rows).toContain('Magnesium alloys,1,0');
});
