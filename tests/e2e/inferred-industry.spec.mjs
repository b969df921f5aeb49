// An industry the source does not name is shown as inferred: the bundled Longdian Huaxin copper
// foil project's "New energy" comes from the paragraph on Nanjing's new energy industry, while
// BYD's is stated. The card and the industry filter say so, in English and in Chinese.
import { test, expect, industryButton, projectCards } from './fixtures.mjs';

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
