// One press of End on the explorer, with the browser's keyboard scrolling jumping, not animated
// (a file of its own: the browser is launched for it with other flags).
import { test, expect, projectCards } from './fixtures.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './env.mjs';

// Chromium animates End whatever the page's reduced-motion setting. While it animates, the
// sections it passes are laid out, smaller than guessed, and the browser's scroll anchoring,
// adjusting the scroll for them, could stop it up to about 130 px short of the end (3 runs in
// 50 under load; none in 50 with the animation off). The animation off, End jumps, and what is
// measured is the guess for the sections at the end: one guessed shorter than it is grows
// when End brings it into view, and leaves the reader mid-page.
test.use({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-smooth-scrolling'] } });

for (const [width, height] of [[1280, 800], [390, 844]]) {
  test(`at ${width}×${height} one End reaches the page's end: the sections not yet laid out are guessed no shorter than they are`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await expect(projectCards(page)).toHaveCount(4);
    // The sections below the cards come a few paints after them; the last of them is there.
    const notes = page.locator('summary', { hasText: 'Reading notes' });
    await expect(notes).toBeAttached();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    await page.keyboard.press('End');
    // What comes near the viewport is laid out at its real height; the page must not have
    // grown past the window, leaving the reader mid-page.
    await page.waitForTimeout(500);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight - (scrollY + innerHeight))).toBeLessThanOrEqual(1);
    await expect(notes).toBeInViewport();
  });
}
