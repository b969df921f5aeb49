// The header's buttons (the language switch, each fact's "Source") are big enough to tap on a
// phone: WCAG 2.5.8 (target size, minimum) asks each to be at least 24 by 24 CSS pixels, or,
// smaller, spaced so that a circle of 24 px diameter centred on it overlaps no other target and
// no such circle of another small target. The facts' "Source" controls were 21 px tall, and
// met the spacing exception only where the facts' lengths happened to keep them apart: a
// briefing with two others present put its "Source" right under the officials'.
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './env.mjs';
import { test, expect } from './fixtures.mjs';

const MINIMUM = 24;

/** Each target's box whose 2.5.8 check fails, and why, for a message that names them. */
function failures(boxes) {
  const undersized = (box) => box.width < MINIMUM || box.height < MINIMUM;
  const centre = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  const circleMeetsBox = (point, box) => {
    const nearestX = Math.max(box.x, Math.min(point.x, box.x + box.width));
    const nearestY = Math.max(box.y, Math.min(point.y, box.y + box.height));
    return Math.hypot(point.x - nearestX, point.y - nearestY) < MINIMUM / 2;
  };
  const found = [];
  for (const box of boxes.filter(undersized)) {
    for (const other of boxes.filter((candidate) => candidate !== box)) {
      const meets = circleMeetsBox(centre(box), other)
        || (undersized(other) && Math.hypot(centre(box).x - centre(other).x, centre(box).y - centre(other).y) < MINIMUM);
      if (meets) found.push(`"${box.name}" (${box.width.toFixed(1)}×${box.height.toFixed(1)} at ${box.x.toFixed(0)},${box.y.toFixed(0)}) is too close to "${other.name}"`);
    }
  }
  return found;
}

/** The bundled briefing, with `participants` as the others present. */
const withParticipants = (participants) => {
  const dataset = JSON.parse(fs.readFileSync(path.join(DIST, 'data', 'briefings.json'), 'utf8'));
  dataset.briefings[0].participants = participants;
  return JSON.stringify(dataset);
};

/** The project cards, in the interface's language. */
const cards = (page, lang) => page.getByRole('region', { name: lang === 'zh' ? '项目' : 'Projects' }).getByRole('article');

const BRIEFINGS = [
  ['the bundled briefing', null],
  // Both names are in the sentence of those present, so the fact keeps its "Source".
  ['a briefing with two others present', withParticipants(['Wu Wei', 'Huang Hui'])],
];

for (const [width, height] of [[375, 667], [390, 844]]) {
  for (const lang of ['en', 'zh']) {
    test.describe(`on a ${width}×${height} phone in ${lang}`, () => {
      test.use({ viewport: { width, height }, hasTouch: true, isMobile: true });

      for (const [briefing, data] of BRIEFINGS) {
        test(`every header button of ${briefing} is a 24 px target or spaced as one, and the first card's name is on the first screen`, async ({ page }) => {
          if (data) {
            await page.route('**/data/briefings.json', (route) => route.fulfill({ contentType: 'application/json', body: data }));
          }
          await page.goto(`./#lang=${lang}`);
          await expect(cards(page, lang)).toHaveCount(4);
          const header = page.getByRole('banner');
          // The date's, the officials' and those present's "Source", and the two languages.
          await expect(header.getByRole('button', { name: lang === 'zh' ? /的出处$/ : /^Source for / })).toHaveCount(3);
          const boxes = await header.getByRole('button').evaluateAll((buttons) => buttons.map((button) => {
            const box = button.getBoundingClientRect();
            return { name: button.getAttribute('aria-label') ?? button.textContent, x: box.x, y: box.y, width: box.width, height: box.height };
          }));
          expect(boxes.length).toBe(5);
          expect(failures(boxes), JSON.stringify(boxes)).toEqual([]);
          const name = cards(page, lang).first().getByRole('heading').first();
          expect(await name.evaluate((heading) => heading.getBoundingClientRect().top)).toBeLessThan(height - 30);
        });
      }
    });
  }
}
