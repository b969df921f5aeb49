// The first screen and the search as a first-time visitor meets them: what the page is, the
// briefing at a glance, a phone's screen, several search words, and the way back from the source.
import { test, expect, expectNoA11yViolations, industryButton, projectCards } from './fixtures.mjs';

const PHONE = { width: 390, height: 844 };

/** The search box's placeholder is not cut off. */
async function expectPlaceholderFits(search) {
  const fit = await search.evaluate((input) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, room };
  });
  expect(fit.text, 'placeholder width').toBeLessThanOrEqual(fit.room);
}

test('the first screen says what the page is and sums the briefing up', async ({ page }) => {
  await page.goto('./');
  const header = page.getByRole('banner');
  await expect(header.getByText('filter or search them, and press “Source” to read the sentence behind a fact')).toBeVisible();
  await expect(header.getByText(
    '4 projects · 2 with a stated capacity · 14 directives · source: English machine translation',
  )).toBeVisible();
  // The glossary's reading sits beside the machine-translated headline, as in the source text.
  const glosses = header.locator('.title-glosses');
  await expect(glosses).toContainText('“special investigation”');
  await expect(glosses.locator('.gloss')).toHaveText(/→\sa themed inspection visit/);
  // The data bar says in words which briefing this is, inside a named region.
  const data = page.getByRole('region', { name: 'Data shown' });
  await expect(data.getByText('Briefing shipped with this site')).toBeVisible();
  await expect(data.getByText('Files are read on this device. Nothing is uploaded.')).toBeVisible();
  await expect(page.getByText('Bundled briefing')).toHaveCount(0);
  await expectPlaceholderFits(page.getByRole('searchbox', { name: 'Search' }));
});

// Phones smaller than the one below (a 360×740 Android, a 375×667 iPhone SE, and a 320×568
// iPhone SE of the first generation), in both languages.
for (const [width, height] of [[360, 740], [375, 667], [320, 568]]) {
  for (const lang of ['en', 'zh']) {
    test.describe(`on a ${width}×${height} phone in ${lang}`, () => {
      test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

      test('the first card\'s name is on the first screen, and nothing pans sideways', async ({ page }) => {
        await page.goto(`./#lang=${lang}`);
        const cards = page.getByRole('region', { name: lang === 'zh' ? '项目' : 'Projects' }).getByRole('article');
        await expect(cards).toHaveCount(4);
        const name = cards.first().getByRole('heading').first();
        expect(await name.evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(height - 30);
        // Present, Copy link, Embed and Filters take one row.
        const rows = await page.locator('.sidebar > *').evaluateAll((parts) => new Set(parts.filter((part) => part.getBoundingClientRect().height > 0).map((part) => Math.round(part.getBoundingClientRect().top))).size);
        expect(rows).toBe(1);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
        // Made to fit, the header keeps its facts, and its buttons (the languages, each fact's
        // "Source") stay 24 px targets.
        const header = page.getByRole('banner');
        await expect(header.getByRole('term')).toHaveCount(4);
        const small = await header.getByRole('button').evaluateAll((buttons) => buttons
          .map((button) => button.getBoundingClientRect())
          .filter((box) => box.width < 24 || box.height < 24).length);
        expect(small).toBe(0);
      });

      test('with a shared link\'s three filters ("Filters (3)") the first card\'s name is still on the first screen', async ({ page }) => {
        await page.goto(`./#industry=new-energy&status=full-production&q=BYD&lang=${lang}`);
        const cards = page.getByRole('region', { name: lang === 'zh' ? '项目' : 'Projects' }).getByRole('article');
        await expect(cards).toHaveCount(1);
        await expect(page.getByRole('button', { name: lang === 'zh' ? /筛选.*3/ : 'Filters (3)' })).toBeVisible();
        const name = cards.first().getByRole('heading').first();
        expect(await name.evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(height - 30);
        // "Filters (3)" stays beside Present, Copy link and Embed (at 360 px it took a row of
        // its own, and the card's name then showed one line).
        const rows = await page.locator('.sidebar > *').evaluateAll((parts) => new Set(parts.filter((part) => part.getBoundingClientRect().height > 0).map((part) => Math.round(part.getBoundingClientRect().top))).size);
        expect(rows).toBe(1);
      });
    });
  }
}

test('on an 820 px tablet, Present, Copy link, Embed and the folded Filters take one row, of one height', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto('./');
  await expect(projectCards(page)).toHaveCount(4);
  const boxes = await page.locator('.sidebar .button').evaluateAll((buttons) => buttons.filter((button) => button.getBoundingClientRect().height > 0).map((button) => {
    const box = button.getBoundingClientRect();
    return { top: Math.round(box.top), height: Math.round(box.height) };
  }));
  expect(boxes.length).toBe(4);
  expect(new Set(boxes.map((box) => box.top)).size, JSON.stringify(boxes)).toBe(1);
  expect(new Set(boxes.map((box) => box.height)).size, JSON.stringify(boxes)).toBe(1);
});

test('a search for one long word (a pasted web address) says it finds nothing without widening the page', async ({ page }) => {
  const address = 'https://www.example.gov.cn/xwzx/zwyw/2024/02/20/a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0.html';
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`./#q=${encodeURIComponent(address)}`);
    // Repeated cut to its first 60 characters, which still say what was searched for.
    await expect(page.getByText(`No project matches “${address.slice(0, 60)}…”.`)).toBeVisible();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll, `at ${width}`).toBeLessThanOrEqual(widths.client);
  }
});

test('a search of a page of text is repeated cut, with its way out on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`./#q=${'x'.repeat(5000)}`);
  await expect(page.getByText(`No project matches “${'x'.repeat(60)}…”.`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show all projects' })).toBeInViewport();
});

test('a search of invisible characters alone (a right-to-left override) is no search', async ({ page }) => {
  await page.goto('./#q=%E2%80%AE');
  await expect(projectCards(page)).toHaveCount(4);
  await expect(page.getByText(/^No project matches/)).toHaveCount(0);
  // Inside a word, it is nothing either.
  await page.goto('./#q=BY%E2%80%8BD');
  await page.reload();
  await expect(projectCards(page)).toHaveCount(1);
});

test('Tab from the top reaches "Reading notes", below the source text, with it on screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await expect(projectCards(page)).toHaveCount(4);
  const notes = page.locator('summary', { hasText: 'Reading notes' });
  for (let presses = 0; presses < 120 && !(await notes.evaluate((summary) => summary === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(notes).toBeFocused();
  // The source above it is laid out near the viewport only; the control stays where Tab took it.
  await page.waitForTimeout(300);
  const box = await notes.evaluate((summary) => summary.getBoundingClientRect().toJSON());
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(800);
});

test('a click on the source text leaves the page where it is', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await expect(projectCards(page)).toHaveCount(4);
  // The source's top on the screen, the rest of it below.
  const source = page.getByRole('region', { name: 'Source text' });
  // Twice: the paragraphs come near the viewport and are laid out at their real heights.
  for (let times = 0; times < 2; times += 1) {
    await source.evaluate((section) => window.scrollTo(0, window.scrollY + section.getBoundingClientRect().top - 300));
    await page.waitForTimeout(300);
  }
  const before = await page.evaluate(() => window.scrollY);
  await source.locator('p').first().click();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(before);
});

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('the first card starts on the first screen, nothing pans sideways, the filters fold away', async ({ page }) => {
    await page.goto('./');
    await expect(projectCards(page)).toHaveCount(4);
    // The first card's name, not only its edge: its first line (about 26 px) is on the screen.
    const name = projectCards(page).first().getByRole('heading').first();
    const top = await name.evaluate((heading) => heading.getBoundingClientRect().top);
    expect(top).toBeLessThan(PHONE.height - 30);
    // The three downloads take one row under "Download", their names still saying it all.
    const downloads = page.getByRole('group', { name: 'Download' }).getByRole('button');
    await expect(downloads).toHaveText(['CSV', 'JSON', 'Directives CSV']);
    await expect(downloads.first()).toHaveAccessibleName('Download CSV of the projects shown (4)');
    const rows = await downloads.evaluateAll((buttons) => new Set(buttons.map((button) => button.getBoundingClientRect().top)).size);
    expect(rows).toBe(1);
    // Every part of the page, the charts' hidden tooltips included, fits the screen's width.
    await page.getByRole('region', { name: 'Charts' }).scrollIntoViewIfNeeded();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.scroll).toBe(widths.viewport);

    const toggle = page.getByRole('button', { name: 'Filters', exact: true });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await expect(search).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(search).toBeVisible();
    // No keyboard shortcuts are offered on a touch screen.
    await expect(page.getByText('Press / to search, Esc to clear')).toBeHidden();
    await expectPlaceholderFits(search);

    await industryButton(page, /^New energy/).click();
    await search.fill('copper');
    await expect(projectCards(page)).toHaveCount(1);
    const folded = page.getByRole('button', { name: 'Filters (2)' });
    await expect(folded).toBeVisible();

    // Escape first clears the search, then folds the filters away, back to their button.
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(search).toBeVisible();
    await search.press('Escape');
    await expect(search).toBeHidden();
    const filters = page.getByRole('button', { name: 'Filters (1)' });
    await expect(filters).toBeFocused();
    await expect(filters).toHaveAttribute('aria-expanded', 'false');
    // From a filter button too.
    await filters.click();
    await industryButton(page, /^New energy/).press('Escape');
    await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeFocused();
    await expect(industryButton(page, /^New energy/)).toBeHidden();
  });
});

test('several words find what holds them all, or each that holds any, and are marked', async ({ page }) => {
  await page.goto('./');
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('BYD full');
  await expect(projectCards(page)).toHaveCount(1);
  const byd = projectCards(page).first();
  await expect(byd.getByRole('heading', { level: 3 })).toContainText('BYD');
  await expect(byd.locator('mark').filter({ hasText: /^BYD$/ }).first()).toBeVisible();
  await expect(byd.locator('mark').filter({ hasText: /^Full$/ })).toBeVisible();

  await search.fill('motors copper');
  await expect(projectCards(page)).toHaveCount(2);
  await expect(page.getByText('No project or directive mentions all of “motors copper”, so those mentioning any of these words are shown.')).toBeVisible();
  await expect(projectCards(page).filter({ hasText: 'BYD' }).locator('mark').filter({ hasText: /^motors$/ }).first()).toBeVisible();
  await expect(projectCards(page).filter({ hasText: 'Longdian' }).locator('mark').filter({ hasText: /^copper$/i }).first()).toBeVisible();

  // A figure is marked however it was typed: the card writes "840,000", in Chinese "84万".
  await search.fill('840000');
  await expect(projectCards(page)).toHaveCount(1);
  await expect(projectCards(page).first().locator('mark').filter({ hasText: /^840,000$/ })).toHaveCount(2);
  // In the heading too, which names the project by its output.
  await expect(projectCards(page).first().getByRole('heading', { level: 3 }).locator('mark')).toHaveText('840,000');
  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: '中文' }).click();
  const chineseCards = page.getByRole('region', { name: '项目' }).getByRole('article');
  await expect(chineseCards.first().locator('mark').filter({ hasText: /^84万$/ })).toBeVisible();
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();

  // Directives mark the words too.
  await search.fill('service');
  const directives = page.getByRole('region', { name: 'Directives' });
  await expect(directives.locator('mark').filter({ hasText: /^service$/i }).first()).toBeVisible();
});

test('words that one directive holds all of find that directive alone, and no project', async ({ page }) => {
  await page.goto('./#q=land%20that%20is%20started');
  const directives = page.getByRole('region', { name: 'Directives' });
  await expect(page.getByText('0 of 4 projects shown')).toBeVisible();
  await expect(projectCards(page)).toHaveCount(0);
  // The page says where the directive is, not that nothing matched, nor that any word did.
  await expect(page.getByText('No project matches “land that is started”. The search finds 1 directive, under Directives below.')).toBeVisible();
  await expect(page.getByText(/mentions all of/)).toHaveCount(0);
  await expect(directives.getByRole('listitem')).toHaveCount(1);
  await expect(directives.getByRole('listitem')).toContainText('Raise the share of projects that start construction');
  await expect(directives.locator('mark').filter({ hasText: /^started$/i })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('number of real integration');
  await expect(directives.getByRole('listitem')).toHaveCount(1);
  await expect(directives.getByRole('listitem')).toContainText('Vigorously promote the integration of the digital economy');
  await expect(projectCards(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show all projects' })).toBeVisible();

  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.getByText('没有项目匹配“number of real integration”。搜索找到 1 条部署，见下方“工作部署”。')).toBeVisible();
  await expect(page.getByRole('region', { name: '工作部署' }).getByRole('listitem')).toHaveCount(1);
});

test('zero results say why and offer to clear', async ({ page }) => {
  await page.goto('./');
  await industryButton(page, /^Magnesium alloys/).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('copper');
  await expect(projectCards(page)).toHaveCount(0);
  await expect(page.getByText('No project matches “copper” with Industry: Magnesium alloys.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all projects' }).click();
  await expect(projectCards(page)).toHaveCount(4);
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
});

/** Opens the page and BYD's card's Source: the button pressed and the source region. */
async function openBydSource(page) {
  await page.goto('./');
  const sourceButton = projectCards(page).filter({ hasText: 'BYD' }).getByRole('button', { name: /^Source/ });
  await sourceButton.click();
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source.locator('mark').first()).toBeInViewport();
  return { sourceButton, source };
}

test('the browser\'s Back out of a highlighted source returns to the card or directive it came from, its Source button focused', async ({ page }) => {
  const { sourceButton, source } = await openBydSource(page);
  await expect(page).toHaveURL(/project=byd/);
  // The browser puts back the scroll position it kept for the entry before, which it kept
  // after the scroll to the source: the page must go back to the card itself.
  await page.goBack();
  await expect(page).not.toHaveURL(/project=/);
  await expect(source.locator('mark')).toHaveCount(0);
  await expect(sourceButton).toBeFocused();
  await expect(sourceButton).toBeInViewport();
  await page.waitForTimeout(300);
  await expect(sourceButton, 'still in view once the browser is done').toBeInViewport();

  // A directive's, from the phone's narrow page too.
  await page.setViewportSize({ width: 390, height: 844 });
  const directive = page.getByRole('region', { name: 'Directives' }).getByRole('listitem').first();
  const directiveButton = directive.getByRole('button', { name: /^Source/ });
  await directiveButton.click();
  await expect(source.locator('mark').first()).toBeInViewport();
  await page.goBack();
  await expect(directiveButton).toBeFocused();
  await page.waitForTimeout(300);
  await expect(directiveButton).toBeInViewport();
  // Forward goes to the highlight again.
  await page.goForward();
  await expect(source.locator('mark').first()).toBeInViewport();
});

test('the skip link is the first tab stop and does not cover the data bar', async ({ page }) => {
  await page.goto('./');
  await expect(projectCards(page)).toHaveCount(4);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to projects' });
  await expect(skip).toBeFocused();
  const link = await skip.boundingBox();
  const bar = await page.locator('.data-bar').boundingBox();
  expect(link.y + link.height, 'the skip link ends above the data bar').toBeLessThanOrEqual(bar.y);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Projects' })).toBeFocused();
});

test('"Back to the card" and "Clear highlight" return focus to the card\'s Source button', async ({ page }) => {
  const { sourceButton, source } = await openBydSource(page);
  await source.getByRole('button', { name: 'Back to the card' }).click();
  await expect(sourceButton).toBeFocused();
  await expect(sourceButton).toBeInViewport();
  await expect(page).toHaveURL(/project=byd/);

  await sourceButton.click();
  await source.getByRole('button', { name: 'Clear highlight' }).click();
  await expect(sourceButton).toBeFocused();
  await expect(page).not.toHaveURL(/project=/);

  // The same for a directive.
  const directive = page.getByRole('region', { name: 'Directives' }).getByRole('listitem').first();
  await directive.getByRole('button', { name: /^Source/ }).click();
  await source.getByRole('button', { name: 'Back to the directive' }).click();
  await expect(directive.getByRole('button', { name: /^Source/ })).toBeFocused();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core's best-practice rules pass too (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./#q=motors+copper');
    await expect(projectCards(page)).toHaveCount(2);
    await expectNoA11yViolations(page, {
      tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
  });
}
