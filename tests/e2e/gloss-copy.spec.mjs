// A reading note copied with the text around it comes whole, with its closing bracket, and is
// read aloud as one phrase with the bracket right after the reading.
import { test, expect, BRIEFING_TITLE } from './fixtures.mjs';

/** What a reader copies who selects the whole of `locator`'s text. */
const copiedText = (locator) => locator.evaluate((element) => {
  const selection = window.getSelection();
  selection.removeAllRanges();
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.addRange(range);
  return selection.toString();
});

/** The headline's reading note, in the interface of `lang`. */
async function headlineNote(page, lang) {
  await page.goto(`./#lang=${lang}`);
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  return page.getByRole('banner').locator('.title-glosses');
}

test('a reading note is copied whole with the source text, "(reads as: a themed inspection visit)", and read with its bracket right after the reading', async ({ page }) => {
  const headline = await headlineNote(page, 'en');
  // A plain space parts a term and its note, as a reader pasting it would type it: the style
  // sheet, not a no-break space, keeps a line from ending there.
  const copiedHeadline = await copiedText(headline);
  expect(copiedHeadline).toBe('“special investigation” (reads as: a themed inspection visit)');
  expect(copiedHeadline, 'no no-break space is copied').not.toContain('\u00a0');
  await expect(headline).toMatchAriaSnapshot('- paragraph: /“special investigation” \\(reads as:\\sa themed inspection visit\\)$/');

  // In the source text, a copied paragraph closes each of its notes before its own next words.
  const source = page.getByRole('region', { name: 'Source text' });
  const paragraph = source.locator('p').filter({ has: page.locator('.gloss') }).first();
  const copied = await copiedText(paragraph);
  const opened = copied.split('(reads as: ').length - 1;
  expect(opened, copied).toBeGreaterThan(0);
  expect(copied.match(/\(reads as: [^()]*\)/g) ?? [], copied).toHaveLength(opened);
  expect(copied, 'the arrow is shown, not copied: the words read aloud say what it shows').not.toContain('→');
  expect(copied, 'no no-break space is copied').not.toContain('\u00a0');
});

test('in Chinese, a reading note is copied whole with its closing bracket, and read so', async ({ page }) => {
  const headline = await headlineNote(page, 'zh');
  const copied = await copiedText(headline);
  expect(copied).toBe('“special investigation”（应理解为：专题调研（a themed inspection visit））');
  expect(copied, 'no no-break space is copied').not.toContain('\u00a0');
  await expect(headline).toMatchAriaSnapshot('- paragraph: /“special investigation” ?（应理解为：\\s?专题调研（a themed inspection visit））$/');
});

/** The terms in `region` whose reading note's arrow is not on the line the term ends on. */
const notesApart = (region) => region.evaluate((element) => [...element.querySelectorAll('.term + .gloss')].flatMap((gloss) => {
  const termEnd = [...gloss.previousElementSibling.getClientRects()].at(-1);
  const arrow = gloss.querySelector('.gloss-arrow').getClientRects()[0];
  return Math.abs(termEnd.bottom - arrow.bottom) > 2 ? [gloss.previousElementSibling.textContent] : [];
}));

test('in Chinese, a reading note never starts its line apart from the term it reads, whose bracket a line may otherwise break before', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await headlineNote(page, 'zh');
  const source = page.getByRole('region', { name: '来源文本' });
  await expect(source.locator('.term + .gloss').first()).toBeAttached();
  expect(await notesApart(source)).toEqual([]);
});

test('in English, a reading note never starts its line apart from the term it reads, at the plain space between them', async ({ page }) => {
  await headlineNote(page, 'en');
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source.locator('.term + .gloss').first()).toBeAttached();
  // Phone widths a few pixels apart, so that some term ends where its line is full.
  for (let width = 320; width <= 430; width += 5) {
    await page.setViewportSize({ width, height: 844 });
    expect(await notesApart(source), `${width}px wide`).toEqual([]);
  }
});
