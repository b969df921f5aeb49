// Keyboard use beyond the tab order: where focus goes when the control pressed goes away, a
// focused control always on screen, "Source" pressed again, tables that scroll sideways on a
// phone, and reading a slide taller than its screen with the keys.
import { test, expect, expectNoA11yViolations, BRIEFING_TITLE, industryButton, projectCards } from './fixtures.mjs';

async function open(page, hash = '') {
  await page.goto(`./${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.getByText(/of 4 projects shown/)).toBeVisible();
}

test('focus stays on the page when the control pressed goes away or is disabled', async ({ page }) => {
  await open(page, '#industry=new-energy');
  // Clear filters is disabled once nothing is filtered: focus goes to the first filter.
  const clear = page.getByRole('button', { name: 'Clear filters' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('4 of 4 projects shown')).toBeVisible();
  await expect(clear).toBeDisabled();
  await expect(industryButton(page, /New materials/)).toBeFocused();

  // "Show all projects" goes with the empty result it belongs to: focus goes to the projects.
  const search = page.getByRole('searchbox', { name: /Search/ });
  await search.fill('zzqx');
  const showAll = page.getByRole('button', { name: 'Show all projects' });
  await showAll.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('4 of 4 projects shown')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Projects' })).toBeFocused();

  // Closing the embed panel returns to its button.
  const embed = page.getByRole('button', { name: 'Embed' });
  await embed.focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('region', { name: 'Embed in an article' });
  // The preview is a page of its own: it has loaded before the panel closes.
  await expect(panel.frameLocator('iframe').getByRole('heading', { level: 2 }).first()).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(embed).toBeFocused();
  await expect(embed).toHaveAttribute('aria-expanded', 'false');
});

test('dismissing the address notices moves focus to the projects', async ({ page }) => {
  await page.goto('./#embed=everything');
  const notice = page.getByText('Ignored unknown embedded part “everything” in the address.');
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Projects' })).toBeFocused();
});

test('"Source" pressed again for the same fact takes you to its sentence again', async ({ page }) => {
  await open(page);
  const byd = projectCards(page).filter({ hasText: 'BYD' });
  const sourceButton = byd.getByRole('button', { name: /^Source/ });
  const source = page.getByRole('region', { name: 'Source text' });
  const mark = source.locator('mark').filter({ hasText: '840,000 sets' });
  await sourceButton.focus();
  await page.keyboard.press('Enter');
  await expect(source).toBeFocused();
  await expect(mark).toBeInViewport();
  // Back to the card, then Source again: the same fact, the same address.
  await source.getByRole('button', { name: 'Back to the card' }).click();
  await expect(sourceButton).toBeFocused();
  await expect(mark).not.toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(source).toBeFocused();
  await expect(mark).toBeInViewport();
  // And by mouse, after scrolling back up by hand.
  await sourceButton.scrollIntoViewIfNeeded();
  await expect(mark).not.toBeInViewport();
  await sourceButton.click();
  await expect(mark).toBeInViewport();
  await expect(page).toHaveURL(/project=byd$/);
});

test('a control focused in a sidebar taller than the window is on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const panel = page.getByRole('region', { name: 'Embed in an article' });
  await expect(panel.frameLocator('iframe').getByRole('heading', { level: 2 }).first()).toBeVisible();
  // Tab from the code box to the address alone, Copy code, Copy address and Close, as a
  // keyboard does.
  await panel.getByRole('textbox', { name: 'Code for your page' }).focus();
  const stops = [
    panel.getByRole('textbox', { name: 'Address alone' }),
    ...['Copy code', 'Copy address', 'Close'].map((name) => panel.getByRole('button', { name })),
  ];
  for (const control of stops) {
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  // A short window with normal text: the last filter control too.
  await panel.getByRole('button', { name: 'Close' }).click();
  await page.setViewportSize({ width: 1024, height: 600 });
  await page.goto('./#industry=new-energy');
  const clear = page.getByRole('button', { name: 'Clear filters' });
  await expect(clear).toBeEnabled();
  await clear.focus();
  await expect(clear).toBeInViewport({ ratio: 1 });
});

test('on a phone, chart tables fit, or with text enlarged scroll in a region named by the chart, which a keyboard reaches; axe passes', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  const charts = page.getByRole('region', { name: 'Charts' });
  await charts.getByRole('button', { name: 'Show as table' }).click();
  const table = charts.getByRole('table', { name: 'Capacity in sets per year' });
  await expect(table).toContainText('840,000');
  // The figures are in view, not cut off at the box's edge.
  const figure = table.getByRole('cell', { name: '840,000' });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toBeInViewport({ ratio: 1 });
  const box = page.locator('.chart-table-wrap').first();
  const fits = await box.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
  expect(fits, 'the table fits a 320 px screen').toBe(true);
  // A box that does not scroll is nothing to land on: no region, no tab stop.
  await expect(charts.getByRole('region', { name: 'Capacity in sets per year' })).toHaveCount(0);
  await expectNoA11yViolations(page);
  // Text at twice its size: the table no longer fits, and its box scrolls in a named region
  // that Tab reaches, so that a keyboard can scroll it.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const region = charts.getByRole('region', { name: 'Capacity in sets per year' });
  await expect(region).toBeVisible();
  await expect(region.getByRole('table', { name: 'Capacity in sets per year' })).toBeVisible();
  await expect(region).toHaveAttribute('tabindex', '0');
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expectNoA11yViolations(page);
});

test('a slide taller than its screen is read to its end with ↓, Page Down and Space before the next', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('./#slide=7');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'BYD drive motors' })).toBeVisible();
  const slide = dialog.locator('[aria-roledescription="slide"]');
  const room = () => slide.evaluate((element) => ({ top: element.scrollTop, below: element.scrollHeight - element.clientHeight - element.scrollTop }));
  expect((await room()).below, 'this slide runs below a phone screen').toBeGreaterThan(100);
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await room()).top).toBeGreaterThan(0);
  await expect(dialog.getByRole('heading', { name: 'BYD drive motors' })).toBeVisible();
  // Page Down and Space read on to the end; the next press moves to the next slide.
  for (let press = 0; press < 20 && (await room()).below >= 1; press += 1) {
    await page.keyboard.press(press % 2 ? 'Space' : 'PageDown');
    await page.waitForTimeout(50);
  }
  expect((await room()).below).toBeLessThan(1);
  await expect(dialog.getByText('Slide 7 of 13', { exact: true })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(dialog.getByText('Slide 8 of 13', { exact: true })).toBeVisible();
  // A screen reader hears where the move led: the number and the new slide's heading.
  const heading = await slide.locator('h2').first().innerText();
  await expect(dialog.getByRole('status')).toHaveText(`Slide 8 of 13: ${heading}`);
  // → always moves on, even on a slide with more below.
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByText('Slide 7 of 13', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByText('Slide 8 of 13', { exact: true })).toBeVisible();
});
