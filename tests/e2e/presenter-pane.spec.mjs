// The presenter view's pane on the screens a speaker has: what the speaker sees without
// scrolling, and lines that read as lines, for every kind of slide.
import { test, expect, BRIEFING_TITLE } from './fixtures.mjs';

/** A laptop's, a projector laptop's mirror (800×600) and a projector's own sizes. */
const SIZES = [[1280, 800], [1366, 768], [1440, 900], [1920, 1080], [800, 600]];
/** One slide of each kind in the deck of the whole briefing. */
const KINDS = [[1, 'title'], [2, 'overview'], [3, 'an industry'], [4, 'a project'], [11, 'directives'], [13, 'closing']];

/** The presenter view's window, named in the interface's language. */
const view = (page, lang = 'en') => page.getByRole('region', {
  name: lang === 'zh' ? `演讲者视图：${BRIEFING_TITLE}` : `Presenter view: ${BRIEFING_TITLE}`,
});

/** Opens the presenter view at slide `number` and waits for it to show that slide. */
async function openPresenter(page, number, lang = 'en') {
  await page.goto(`./#slide=${number}&presenter&lang=${lang}`);
  await expect(view(page, lang).locator('.presenter-current .slide')).toHaveAttribute('data-slide', String(number));
}

/** The number of characters on each line of each of `elements`, read from where each
 *  character is drawn; and how many of its own characters, on average, each one's box is wide. */
function measureLines(elements) {
  const context = document.createElement('canvas').getContext('2d');
  const range = document.createRange();
  return elements.map((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const lines = new Map();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let offset = 0; offset < node.data.length; offset += 1) {
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const box = [...range.getClientRects()].find((rect) => rect.width > 0);
        if (!box) continue;
        const top = Math.round(box.top);
        lines.set(top, (lines.get(top) ?? 0) + 1);
      }
    }
    context.font = getComputedStyle(element).font;
    const text = element.textContent.trim();
    const width = element.getBoundingClientRect().width / (context.measureText(text).width / text.length);
    return { lines: [...lines.entries()].sort(([a], [b]) => a - b).map(([, count]) => count), width: Math.round(width) };
  });
}

test('at 1366×768 every kind of slide shows its first sentence, the clock and Next without scrolling, and its last sentence with them', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const sources = view(page).getByRole('region', { name: 'From the source, for this slide' });
  const clock = view(page).locator('.presenter-time');
  const next = view(page).getByRole('button', { name: 'Next slide' });
  for (const [number, kind] of KINDS) {
    await openPresenter(page, number);
    // What the source says of the slide comes first in the pane: its first sentence, or the
    // line saying what the source leaves unstated.
    const said = sources.locator('blockquote, .presenter-unstated');
    await expect(said.first(), `${kind}: first sentence`).toBeInViewport({ ratio: 0.9 });
    await expect(clock, `${kind}: clock`).toBeInViewport({ ratio: 1 });
    await expect(next, `${kind}: Next`).toBeInViewport({ ratio: 1 });
    // The window itself never scrolls: the sentences scroll in their box, under the clock.
    const overflow = await view(page).evaluate((element) => element.scrollHeight - element.clientHeight);
    expect(overflow, `${kind}: the window scrolls by ${overflow}px`).toBeLessThanOrEqual(1);
    await said.last().scrollIntoViewIfNeeded();
    await expect(said.last(), `${kind}: last sentence`).toBeInViewport({ ratio: 0.9 });
    await expect(clock, `${kind}: clock, at the last sentence`).toBeInViewport({ ratio: 1 });
    await expect(next, `${kind}: Next, at the last sentence`).toBeInViewport({ ratio: 1 });
  }
  // And on the other screens the clock stays with the directives' last sentence.
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await openPresenter(page, 11);
    await expect(sources.locator('blockquote').first(), `${width}×${height}`).toBeInViewport({ ratio: 0.9 });
    await sources.locator('blockquote').last().scrollIntoViewIfNeeded();
    await expect(clock, `${width}×${height}`).toBeInViewport({ ratio: 1 });
    await expect(next, `${width}×${height}`).toBeInViewport({ ratio: 1 });
  }
});

test('the pane\'s headings and sentences run 40 to 80 characters a line on a laptop, a projector and its 800×600 mirror, in English and Chinese', async ({ page }) => {
  const narrow = [];
  for (const lang of ['en', 'zh']) {
    const headings = view(page, lang).locator('.presenter-source-label');
    const quotes = view(page, lang).locator('.presenter-quote');
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      // The overview's project names, and the directives' summaries, which run as long as sentences.
      for (const number of [2, 11, 12]) {
        await openPresenter(page, number, lang);
        await expect(headings.first()).toBeAttached();
        const where = `${lang} ${width}×${height}, slide ${number}`;
        for (const { lines } of await headings.evaluateAll(measureLines)) {
          // Every line but a heading's last is full enough to read as a line, not a few words.
          if (lines.slice(0, -1).some((count) => count < 40) || lines.some((count) => count > 80)) {
            narrow.push(`${where}: a heading's lines of ${lines.join(', ')} characters`);
          }
        }
        for (const { width: characters } of await quotes.evaluateAll(measureLines)) {
          if (characters < 45 || characters > 80) narrow.push(`${where}: a sentence ${characters} characters wide`);
        }
      }
    }
  }
  expect(narrow).toEqual([]);
  await page.goto('./#lang=en');
});

test('at 800×600 the current slide is half the window wide, with its heading at a reading size, in English and Chinese', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  for (const lang of ['en', 'zh']) {
    // A project's slide, whose heading is a project's name; at 36% of the window it was 276 px
    // wide, its heading set at 10 px.
    await openPresenter(page, 4, lang);
    const slide = view(page, lang).locator('.presenter-current .slide');
    const width = await slide.evaluate((element) => element.getBoundingClientRect().width);
    expect(width, `${lang}: the slide's width`).toBeGreaterThanOrEqual(0.48 * 800);
    const heading = slide.locator('#presenter-current-heading');
    const size = await heading.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size, `${lang}: the heading's size`).toBeGreaterThanOrEqual(13);
    await expect(view(page, lang).locator('.presenter-next .slide')).toBeInViewport({ ratio: 1 });
  }
  await page.goto('./#lang=en');
});

test('at 1920×1080 the pane reaches across its side of the window, with no wide empty margin to its right', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  // A project with notes (both parts of the pane) and the directives (the sentences alone).
  for (const number of [4, 11]) {
    await openPresenter(page, number);
    // At a 36em measure of the view's type the sentences stopped 200 px short of the window's
    // edge, a tenth of it, beside a slide whose size the window's height holds back.
    for (const part of ['.presenter-notes', '.presenter-sources']) {
      const right = await view(page).locator(part).evaluate((element) => element.getBoundingClientRect().right);
      expect(1920 - right, `slide ${number}: the empty margin to the right of ${part}`).toBeLessThanOrEqual(1920 / 12);
    }
  }
});

