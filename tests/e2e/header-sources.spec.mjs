// Each fact of the briefing's header leads to the sentence of the source it came from, as a
// project card's facts do: its "Source" marks that sentence in the source text. A fact no
// sentence states (the bundled briefing's place) says what does instead, and one whose sentences
// name only some of its names says which they leave out.
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from './env.mjs';
import { test, expect, BRIEFING_TITLE } from './fixtures.mjs';

const DATE_SENTENCE = 'February 20, mayor Chen Zhichang special research key industrial project construction.';
const PRESENT_SENTENCE = 'City leaders Liu Wei, Wu Wei, Huang Hui respectively.';

const facts = (page) => page.getByRole('banner').locator('.briefing-facts');
const marks = (page, heading) => page.getByRole('region', { name: heading }).locator('mark');
/** What the source text marks, as one text: a glossary term inside a sentence ("special
 *  research") is a mark of its own, with its reading after it. */
const marked = (page, heading) => marks(page, heading).allTextContents().then((texts) => texts.join(''));

test('the date’s and those present’s "Source" mark their sentences; the place says it is from the note', async ({ page }) => {
  await page.goto('./#lang=en');
  const date = facts(page).getByRole('button', { name: 'Source for the date', exact: true });
  await date.click();
  await expect(page).toHaveURL(/fact=date/);
  await expect(date).toHaveAttribute('aria-pressed', 'true');
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source.getByText('Highlighted: the sentences behind the date')).toBeVisible();
  await expect.poll(() => marked(page, 'Source text')).toBe(DATE_SENTENCE);
  await expect(marks(page, 'Source text').first()).toBeInViewport();

  await facts(page).getByRole('button', { name: 'Source for the others attending', exact: true }).click();
  await expect(page).toHaveURL(/fact=participants/);
  await expect.poll(() => marked(page, 'Source text')).toBe(PRESENT_SENTENCE);
  // The mayor's name is in the date's sentence, which his "Source" marks.
  await facts(page).getByRole('button', { name: 'Source for the officials', exact: true }).click();
  await expect.poll(() => marked(page, 'Source text')).toBe(DATE_SENTENCE);

  // No sentence says where the visit was: the place has no "Source", and says what states it.
  const place = facts(page).getByRole('definition').filter({ hasText: 'Nanjing' });
  await expect(place).toHaveText("Nanjing (from the source's note)");
  await expect(facts(page).getByRole('button', { name: 'Source for the place' })).toHaveCount(0);

  // Back from the source returns to the fact's button; an address with the fact marks it again.
  await source.getByRole('button', { name: "Back to the briefing's details" }).click();
  await expect(facts(page).getByRole('button', { name: 'Source for the officials', exact: true })).toBeFocused();
  await page.goto('./#fact=participants&lang=en');
  await expect.poll(() => marked(page, 'Source text')).toBe(PRESENT_SENTENCE);
});

test('a header fact’s "Source" is reached and pressed from the keyboard', async ({ page }) => {
  await page.goto('./#lang=en');
  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: 'English' }).focus();
  const date = facts(page).getByRole('button', { name: 'Source for the date', exact: true });
  for (let presses = 0; presses < 6 && !(await date.evaluate((button) => button === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(date).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => marked(page, 'Source text')).toBe(DATE_SENTENCE);
});

test('in Chinese, each fact’s 出处 marks its sentence', async ({ page }) => {
  await page.goto('./#lang=zh');
  const date = facts(page).getByRole('button', { name: '“日期”的出处', exact: true });
  await expect(date).toHaveText('出处');
  await date.click();
  await expect(page.getByText('已高亮：“日期”所依据的句子')).toBeVisible();
  await expect.poll(() => marked(page, '来源文本')).toBe(DATE_SENTENCE);
  await facts(page).getByRole('button', { name: '“参加人员”的出处', exact: true }).click();
  await expect.poll(() => marked(page, '来源文本')).toBe(PRESENT_SENTENCE);
  const place = facts(page).getByRole('definition').filter({ hasText: 'Nanjing' });
  await expect(place).toHaveText('Nanjing（据来源说明）');
  await expect(place.getByText('（据来源说明）')).toHaveAttribute('lang', 'zh-Hans');
  await page.goto('./#lang=en');
});

test('the title slide shows the facts without "Source" buttons', async ({ page }) => {
  await page.goto('./#slide=1&lang=en');
  const slideFacts = page.getByRole('dialog', { name: `Presentation: ${BRIEFING_TITLE}` }).locator('.slide-facts');
  await expect(slideFacts).toContainText('Liu Wei, Wu Wei, Huang Hui');
  await expect(slideFacts).toContainText("Nanjing (from the source's note)");
  await expect(slideFacts.getByRole('button')).toHaveCount(0);
});

/** The bundled briefing with Wu Wei, one of those present, renamed Zhou Qiang: the sentence of
 *  those present names the other two, and no sentence names him. */
const withZhouQiang = () => {
  const dataset = JSON.parse(fs.readFileSync(path.join(DIST, 'data', 'briefings.json'), 'utf8'));
  dataset.briefings[0].participants = ['Liu Wei', 'Zhou Qiang', 'Huang Hui'];
  return JSON.stringify(dataset);
};

test('those present, one of whom no sentence names, say so and their "Source" marks the others’ sentence', async ({ page }) => {
  const body = withZhouQiang();
  await page.route('**/data/briefings.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./#lang=en');
  const present = facts(page).getByRole('definition').filter({ hasText: 'Huang Hui' });
  await expect(present).toHaveText('Liu Wei, Zhou Qiang, Huang Hui (no sentence of the source names Zhou Qiang)');
  // Marking the sentence of the two must not pass as the source of all three.
  await expect(facts(page).getByRole('button', { name: 'Source for the others attending', exact: true })).toHaveCount(0);
  const partly = facts(page).getByRole('button', { name: 'Source for the others attending, except Zhou Qiang', exact: true });
  await expect(partly).toHaveText('Source');
  await partly.click();
  await expect(page).toHaveURL(/fact=participants/);
  await expect(partly).toHaveAttribute('aria-pressed', 'true');
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source.getByText('Highlighted: the sentences behind the others attending (no sentence of the source names Zhou Qiang)')).toBeVisible();
  await expect.poll(() => marked(page, 'Source text')).toBe(PRESENT_SENTENCE);
  // The date and the mayor are stated whole, as before.
  await expect(facts(page).getByRole('button', { name: 'Source for the date', exact: true })).toBeVisible();

  await page.goto('./#fact=participants&lang=zh');
  const zhPresent = facts(page).getByRole('definition').filter({ hasText: 'Huang Hui' });
  await expect(zhPresent).toHaveText('Liu Wei、Zhou Qiang、Huang Hui（来源文本中没有提到Zhou Qiang的句子）');
  // The words are the interface's, the name in them the data's.
  const said = zhPresent.locator('.muted');
  await expect(said).toHaveAttribute('lang', 'zh-Hans');
  await expect(said.getByText('Zhou Qiang')).toHaveAttribute('lang', 'en');
  await expect(facts(page).getByRole('button', { name: '“参加人员”的出处（Zhou Qiang除外）', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const notice = page.getByText('已高亮：“参加人员”所依据的句子（来源文本中没有提到Zhou Qiang的句子）');
  await expect(notice).toBeVisible();
  // The notice names him in the data's words, as the header does.
  await expect(notice.getByText('Zhou Qiang')).toHaveAttribute('lang', 'en');
  await expect.poll(() => marked(page, '来源文本')).toBe(PRESENT_SENTENCE);
  await page.goto('./#lang=en');
});

test('a name only the source’s note holds is said to be there, not nowhere', async ({ page }) => {
  const dataset = JSON.parse(withZhouQiang());
  dataset.briefings[0].source.note += ' Zhou Qiang checked the translation.';
  const body = JSON.stringify(dataset);
  await page.route('**/data/briefings.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./#lang=en');
  const present = facts(page).getByRole('definition').filter({ hasText: 'Huang Hui' });
  await expect(present).toHaveText("Liu Wei, Zhou Qiang, Huang Hui (only the source's note names Zhou Qiang)");
  // His name is not in the sentence its "Source" marks, which still says it leaves him out.
  const partly = facts(page).getByRole('button', { name: 'Source for the others attending, except Zhou Qiang', exact: true });
  await partly.click();
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source.getByText("Highlighted: the sentences behind the others attending (only the source's note names Zhou Qiang)")).toBeVisible();
  await expect.poll(() => marked(page, 'Source text')).toBe(PRESENT_SENTENCE);
  await expect(source.locator('.source-note')).toContainText('Zhou Qiang checked the translation.');

  // The presenter view says it under the title slide's sentences of those present.
  await page.goto('./#slide=1&presenter&lang=en');
  const sources = page.getByRole('region', { name: 'From the source, for this slide' });
  await expect(sources).toContainText("Only the source's note names Zhou Qiang.");
  await expect(sources).not.toContainText('No sentence of the source names');

  await page.goto('./#fact=participants&lang=zh');
  const zhPresent = facts(page).getByRole('definition').filter({ hasText: 'Huang Hui' });
  await expect(zhPresent).toHaveText('Liu Wei、Zhou Qiang、Huang Hui（Zhou Qiang仅见于来源说明）');
  const notice = page.getByText('已高亮：“参加人员”所依据的句子（Zhou Qiang仅见于来源说明）');
  await expect(notice).toBeVisible();
  await expect(notice.getByText('Zhou Qiang')).toHaveAttribute('lang', 'en');
  await page.goto('./#lang=en');
});
