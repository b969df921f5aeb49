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
  // No line ends between a term and its note: a no-break space parts them.
  expect(await copiedText(headline)).toBe('“special investigation”\u00a0(reads as: a themed inspection visit)');
  await expect(headline).toMatchAriaSnapshot('- paragraph: /“special investigation” \\(reads as:\\sa themed inspection visit\\)$/');

  // In the source text, a copied paragraph closes each of its notes before its own next words.
  const source = page.getByRole('region', { name: 'Source text' });
  const paragraph = source.locator('p').filter({ has: page.locator('.gloss') }).first();
  const copied = await copiedText(paragraph);
  const opened = copied.split('(reads as: ').length - 1;
  expect(opened, copied).toBeGreaterThan(0);
  expect(copied.match(/\(reads as: [^()]*\)/g) ?? [], copied).toHaveLength(opened);
  expect(copied, 'the arrow is shown, not copied: the words read aloud say what it shows').not.toContain('→');
});

test('in Chinese, a reading note is copied whole with its closing bracket, and read so', async ({ page }) => {
  const headline = await headlineNote(page, 'zh');
  expect(await copiedText(headline)).toBe('“special investigation”（应理解为：专题调研（a themed inspection visit））');
  await expect(headline).toMatchAriaSnapshot('- paragraph: /“special investigation” ?（应理解为：\\s?专题调研（a themed inspection visit））$/');
});

test('in Chinese, a reading note never starts its line apart from the term it reads, whose bracket a line may otherwise break before', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await headlineNote(page, 'zh');
  const source = page.getByRole('region', { name: '来源文本' });
  await expect(source.locator('.term + .gloss').first()).toBeAttached();
  const apart = await source.evaluate((element) => [...element.querySelectorAll('.term + .gloss')].flatMap((gloss) => {
    const termEnd = [...gloss.previousElementSibling.getClientRects()].at(-1);
    const arrow = gloss.querySelector('.gloss-arrow').getClientRects()[0];
    return Math.abs(termEnd.bottom - arrow.bottom) > 2 ? [gloss.previousElementSibling.textContent] : [];
  }));
  expect(apart).toEqual([]);
});
