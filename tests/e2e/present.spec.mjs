// Presentation mode: the current selection as full-window slides, driven by keys and buttons,
// with the slide number in the URL.
import { test, expect, expectNoA11yViolations, BRIEFING_TITLE, industryButton } from './fixtures.mjs';

test.use({ viewport: { width: 1920, height: 1080 } });

const dialog = (page) => page.getByRole('dialog', { name: `Presentation: ${BRIEFING_TITLE}` });
const indicator = (page) => dialog(page).getByText(/^Slide \d+ of \d+$/);
const slideHeading = (page) => dialog(page).locator('#slide-heading');
const presentButton = (page) => page.getByRole('button', { name: 'Present', exact: true });

/** The slide number in the page's address, or null. Read from the page itself: Playwright's
 *  `page.url()` can end on the address a `goto` asked for when the app replaced it (an
 *  out-of-range slide made the last one) while that navigation was still being reported. */
async function urlSlide(page) {
  const match = /[#&]slide=(\d+)(?:&|$)/.exec(await page.evaluate(() => location.hash));
  return match ? Number(match[1]) : null;
}

async function expectSlide(page, number, total) {
  await expect(indicator(page)).toHaveText(total === undefined ? new RegExp(`^Slide ${number} of \\d+$`) : `Slide ${number} of ${total}`);
  await expect.poll(() => urlSlide(page)).toBe(number);
}

async function slideCount(page) {
  const text = await indicator(page).textContent();
  return Number(/of (\d+)/.exec(text)[1]);
}

/** Opens the app at `hash` and waits until it has mounted. */
async function open(page, hash = '') {
  await page.goto(`./${hash}`);
  await expect(presentButton(page)).toBeVisible();
}

/** Every slide's heading, walking from the first slide to the last with ArrowRight; checks on
 *  the way that no slide needs scrolling (at 1920×1080 everything fits at full size). */
async function allHeadings(page) {
  await page.keyboard.press('Home');
  await expectSlide(page, 1);
  const total = await slideCount(page);
  const headings = [];
  for (let number = 1; number <= total; number += 1) {
    await expectSlide(page, number, total);
    const heading = (await slideHeading(page).textContent()).trim();
    const overflow = await dialog(page).locator('.slide').evaluate((slide) => slide.scrollHeight - slide.clientHeight);
    expect(overflow, `slide ${number} (${heading}) overflows by ${overflow}px`).toBeLessThanOrEqual(1);
    headings.push(heading);
    if (number < total) await page.keyboard.press('ArrowRight');
  }
  return headings;
}

test('p opens the slides at slide 1; arrows, Page keys, Space, Home and End move', async ({ page }) => {
  await open(page);
  await page.keyboard.press('p');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toHaveAttribute('aria-modal', 'true');
  await expectSlide(page, 1);
  await expect(slideHeading(page)).toHaveText(BRIEFING_TITLE);
  await expect(dialog(page)).toContainText('February 20 — year not stated');
  await expect(dialog(page)).toContainText('Nanjing');
  await expect(dialog(page)).toContainText('Chen Zhichang (Mayor)');
  // Focus moved into the dialog.
  expect(await dialog(page).evaluate((element) => element.contains(document.activeElement))).toBe(true);
  const total = await slideCount(page);

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2, total);
  await page.keyboard.press('ArrowDown');
  await expectSlide(page, 3, total);
  await page.keyboard.press('PageDown');
  await expectSlide(page, 4, total);
  await page.keyboard.press('Space');
  await expectSlide(page, 5, total);
  await page.keyboard.press('Shift+Space');
  await expectSlide(page, 4, total);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 3, total);
  await page.keyboard.press('ArrowUp');
  await expectSlide(page, 2, total);
  await page.keyboard.press('PageUp');
  await expectSlide(page, 1, total);
  // At the first slide, going back stays there.
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, 1, total);
  await page.keyboard.press('End');
  await expectSlide(page, total, total);
  await expect(slideHeading(page)).toHaveText('End of the briefing');
  // At the last slide, going on stays there.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, total, total);
  await page.keyboard.press('Home');
  await expectSlide(page, 1, total);
  // The page's own shortcuts are off while presenting: "/" does not reach the search box.
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).not.toBeFocused();
});

test('the whole briefing: title, 3 industries, 4 projects, directives, closing', async ({ page }) => {
  await open(page, '#slide=1');
  await expect(dialog(page)).toBeVisible();
  const headings = await allHeadings(page);
  expect(headings.slice(0, 8)).toEqual([
    BRIEFING_TITLE,
    'New materials',
    'New energy',
    'Magnesium alloys',
    'North Metallurgy alloys',
    'Longdian Huaxin copper foil',
    'BYD drive motors',
    'Baowu magnesium die-casting',
  ]);
  const directives = headings.slice(8, -1);
  expect(directives.length).toBeGreaterThan(0);
  for (const heading of directives) expect(heading).toMatch(/^Directives/);
  expect(headings.at(-1)).toBe('End of the briefing');
});

test('reloading at #slide=3 opens slide 3; an out-of-range slide shows the last one', async ({ page }) => {
  await open(page, '#slide=3');
  await expect(dialog(page)).toBeVisible();
  await expectSlide(page, 3);
  await expect(slideHeading(page)).toHaveText('New energy');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  await page.reload();
  await expectSlide(page, 4);
  await expect(slideHeading(page)).toHaveText('Magnesium alloys');

  await open(page, '#slide=99');
  const total = await slideCount(page);
  expect(total).toBeLessThan(99);
  await expectSlide(page, total, total);
});

test('slides present the filter; Esc returns to the same filtered view and focus', async ({ page }) => {
  await open(page, '#industry=magnesium-alloys');
  await expect(industryButton(page, /Magnesium alloys/)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('p');
  await expect(dialog(page)).toBeVisible();
  await expectSlide(page, 1);
  expect(page.url()).toMatch(/#industry=magnesium-alloys&slide=1$/);

  const headings = await allHeadings(page);
  expect(headings.slice(0, 3)).toEqual([BRIEFING_TITLE, 'Magnesium alloys', 'Baowu magnesium die-casting']);
  for (const heading of headings.slice(3, -1)) expect(heading).toMatch(/^Directives/);
  expect(headings.at(-1)).toBe('End of the briefing');
  for (const other of ['BYD', 'Longdian', 'North Metallurgy', 'New energy', 'New materials']) {
    expect(headings.join('\n')).not.toContain(other);
  }

  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect.poll(() => urlSlide(page)).toBe(null);
  expect(page.url()).toMatch(/#industry=magnesium-alloys$/);
  await expect(industryButton(page, /Magnesium alloys/)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'projects shown' })).toHaveText('1 of 4 projects shown');
  await expect(presentButton(page)).toBeFocused();
});

test('the Present, previous, next and Exit buttons work by click', async ({ page }) => {
  await open(page);
  await presentButton(page).click();
  await expect(dialog(page)).toBeVisible();
  await expectSlide(page, 1);
  const previous = dialog(page).getByRole('button', { name: 'Previous slide' });
  const next = dialog(page).getByRole('button', { name: 'Next slide' });
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await next.click();
  await expectSlide(page, 2);
  await next.click();
  await expectSlide(page, 3);
  await previous.click();
  await expectSlide(page, 2);
  // The page behind the dialog is inert.
  expect(await presentButton(page).evaluate((button) => button.closest('[inert]') !== null)).toBe(true);
  await dialog(page).getByRole('button', { name: 'Exit presentation' }).click();
  await expect(dialog(page)).toBeHidden();
  await expect.poll(() => urlSlide(page)).toBe(null);
  await expect(presentButton(page)).toBeFocused();
});

test('a project slide shows the figure large, the requests and the source sentence', async ({ page }) => {
  await open(page, '#slide=7');
  await expect(slideHeading(page)).toHaveText('BYD drive motors');
  await expect(dialog(page).locator('.slide-figure')).toHaveText('840,000 sets / year');
  await expect(dialog(page).getByRole('listitem').filter({ hasText: 'Continue to expand production capacity.' })).toBeVisible();
  await expect(dialog(page).locator('blockquote')).toContainText("Learning that BYD's annual output of 840,000 sets");

  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(slideHeading(page)).toHaveText('New energy');
  await expect(dialog(page)).toContainText('Longdian Huaxin copper foil');
  await expect(dialog(page).getByRole('listitem').filter({ hasText: 'Longdian Huaxin copper foil' })).toContainText('Capacity not stated');
  await expect(dialog(page).getByRole('listitem').filter({ hasText: 'BYD drive motors' })).toContainText('840,000 sets / year');
});

test('body text is at least 28px at 1920×1080 and the dialog passes axe', async ({ page }) => {
  await open(page, '#slide=7');
  await expect(slideHeading(page)).toHaveText('BYD drive motors');
  const sizes = await dialog(page).evaluate((element) => {
    const px = (selector) => parseFloat(getComputedStyle(selector ? element.querySelector(selector) : element).fontSize);
    return {
      dialog: px(null),
      request: px('.slide-list li'),
      quote: px('blockquote'),
      indicator: px('.slide-indicator'),
      kicker: px('.slide-kicker'),
    };
  });
  for (const [what, size] of Object.entries(sizes)) expect(size, what).toBeGreaterThanOrEqual(28);
  // Nothing on the slide is cut off or scrolled away.
  const overflow = await dialog(page).locator('.slide').evaluate((slide) => slide.scrollHeight - slide.clientHeight);
  expect(overflow).toBeLessThanOrEqual(1);
  await expectNoA11yViolations(page, { include: '.presentation' });
});

test('a refused fullscreen request leaves no error, and leaving fullscreen ends the slides', async ({ page }) => {
  await page.addInitScript(() => {
    window.__fullscreen = null;
    Object.defineProperty(Document.prototype, 'fullscreenElement', { configurable: true, get: () => window.__fullscreen });
    window.__refuse = true;
    Element.prototype.requestFullscreen = function requestFullscreen() {
      if (window.__refuse) return Promise.reject(new TypeError('Permissions check failed'));
      window.__fullscreen = this;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    };
    Document.prototype.exitFullscreen = function exitFullscreen() {
      window.__fullscreen = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      return Promise.resolve();
    };
  });
  await open(page);
  // Refused: the overlay still fills the window, and the guard sees no unhandled rejection.
  await page.keyboard.press('p');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();

  // Allowed: leaving fullscreen the browser's way (Esc never reaches the page) ends the slides.
  await page.evaluate(() => { window.__refuse = false; });
  await presentButton(page).click();
  await expect(dialog(page)).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await page.evaluate(() => {
    window.__fullscreen = null;
    document.dispatchEvent(new Event('fullscreenchange'));
  });
  await expect(dialog(page)).toBeHidden();
  await expect.poll(() => urlSlide(page)).toBe(null);
});
