// The explorer as a person uses it: filters, search, the URL, the source view, the keyboard.
import { test, expect, expectNoA11yViolations, BRIEFING_TITLE, industryButton, projectCards } from './fixtures.mjs';

test('the header states the date as the source does', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(page.getByText('February 20 — year not stated')).toBeVisible();
  await expect(page.getByText('Chen Zhichang (Mayor)')).toBeVisible();
  await expect(industryButton(page, /^New energy/)).toHaveAccessibleName('New energy, 2 projects (1 inferred)');
  // A card says what the source leaves out under its label, once: "Capacity: not stated".
  const northMetallurgy = projectCards(page).filter({ hasText: 'North Metallurgy' });
  const capacity = northMetallurgy.getByRole('definition').filter({ hasText: 'not stated' }).first();
  await expect(capacity).toHaveText('not stated');
  await expect(northMetallurgy).not.toContainText('capacity not stated');
});

test('clicking "Magnesium alloys" leaves only Baowu Magnesium; reload keeps it; Back restores all', async ({ page }) => {
  await page.goto('./');
  await expect(projectCards(page)).toHaveCount(4);
  const magnesium = industryButton(page, /Magnesium alloys/);
  await expect(magnesium).toHaveAttribute('aria-pressed', 'false');
  await magnesium.click();
  await expect(magnesium).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/#industry=magnesium-alloys$/);
  await expect(projectCards(page)).toHaveCount(1);
  await expect(projectCards(page).first().getByRole('heading', { level: 3 })).toContainText('Baowu magnesium');
  await expect(page.getByRole('status').filter({ hasText: 'projects shown' })).toHaveText('1 of 4 projects shown');
  await expect(projectCards(page).first()).toContainText('60,000 tons / year');

  await page.reload();
  await expect(projectCards(page)).toHaveCount(1);
  await expect(industryButton(page, /Magnesium alloys/)).toHaveAttribute('aria-pressed', 'true');

  await page.goBack();
  await expect(projectCards(page)).toHaveCount(4);
  await expect(industryButton(page, /Magnesium alloys/)).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(projectCards(page)).toHaveCount(1);
});

test('a filter\'s name says what its count counts, as the button shows it bare; Chinese too', async ({ page }) => {
  await page.goto('./');
  const newEnergy = industryButton(page, /^New energy/);
  await expect(newEnergy).toHaveAccessibleName('New energy, 2 projects (1 inferred)');
  await expect(newEnergy).toHaveText('New energy2(1 inferred)');
  const notStated = page.getByRole('group', { name: 'Status' }).getByRole('button', { name: /^Status not stated/ });
  await expect(notStated).toHaveAccessibleName(/^Status not stated, \d+ projects?$/);
  await page.goto('./#lang=zh');
  const chinese = page.getByRole('group', { name: '产业' }).getByRole('button', { name: /^New energy/ });
  await expect(chinese).toHaveAccessibleName('New energy，2 个项目（其中 1 个为推断）');
  await expect(chinese).toHaveText('New energy2（1 个推断）');
});

test('a directive\'s "Source" is named by the directive\'s first words, as a card\'s by its short name', async ({ page }) => {
  await page.goto('./');
  const directives = page.getByRole('region', { name: 'Directives' });
  const source = directives.getByRole('button', { name: 'Source for Get to grips with building and attracting…', exact: true });
  await expect(source).toHaveText('Source');
  await source.click();
  await expect(page.getByRole('region', { name: 'Source text' }).getByText(/^Highlighted: the sentences behind Get to grips with building/)).toBeVisible();
  // No "Source" carries a whole directive: each name is at most a short name's length.
  const names = await directives.getByRole('button', { name: /^Source for / }).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(10);
  expect(names.filter((name) => name.length > 'Source for '.length + 49)).toEqual([]);
  expect(names).toContain('Source for Improve the quality of service to enterprises.');
});

test('a search or filter that leaves no project says why in its live count, not only "0 of 4"', async ({ page }) => {
  await page.goto('./');
  await expect(projectCards(page)).toHaveCount(4);
  const count = page.getByRole('status').filter({ hasText: 'projects shown' });
  await expect(count).toHaveText('4 of 4 projects shown');
  await industryButton(page, /^Magnesium alloys/).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('copper');
  await expect(page.getByText('No project matches “copper” with Industry: Magnesium alloys.', { exact: true })).toBeVisible();
  // The live region says the count and the reason, as two sentences.
  await expect(count).toMatchAriaSnapshot('- status: "0 of 4 projects shown. No project matches “copper” with Industry: Magnesium alloys."');
  // The reason is heard, not shown twice, nor found twice by the browser's Find: the page's text
  // holds it once, where it is seen, and the count shows as it did.
  await expect(count).toHaveText('0 of 4 projects shown');
  await expect(page.getByText('No project matches “copper” with Industry: Magnesium alloys.')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(count).toHaveText('1 of 4 projects shown');
});

test('a reading note is read as one phrase, its closing bracket right after the reading: "(reads as: a themed inspection visit)"', async ({ page }) => {
  await page.goto('./');
  const glosses = page.getByRole('banner').locator('.title-glosses');
  await expect(glosses).toMatchAriaSnapshot('- paragraph: /“special investigation” \\(reads as:\\sa themed inspection visit\\)$/');
  // The English interface shows the reading alone, without the original wording.
  await expect(glosses).not.toContainText('专题调研');
});

test('with forced colours (high contrast), a filter that is on still looks unlike one that is off', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./#industry=new-energy');
  const on = industryButton(page, /^New energy/);
  const off = industryButton(page, /^Magnesium alloys/);
  await expect(on).toHaveAttribute('aria-pressed', 'true');
  await page.mouse.move(0, 0);
  const looks = (button) => button.evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.backgroundColor} ${style.color}`;
  });
  expect(await looks(on)).not.toBe(await looks(off));
});

test('counts reflect the other filters, and the empty state offers a way out', async ({ page }) => {
  await page.goto('./#status=not-stated');
  await expect(projectCards(page)).toHaveCount(2);
  await expect(industryButton(page, /New materials/)).toHaveAccessibleName('New materials, 0 projects');
  await industryButton(page, /New materials/).click();
  await expect(page.getByText('No project matches Industry: New materials · Status: not stated.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all projects' }).click();
  await expect(projectCards(page)).toHaveCount(4);
  await expect(page).not.toHaveURL(/#./);
});

// At 820 px the search box is in the folded filters: "/" unfolds them, and "copper" is a search,
// not "p" starting the slides.
for (const [width, height] of [[1280, 800], [820, 1180]]) {
  test(`at ${width} px, / focuses search, "copper" finds Longdian Huaxin and Esc clears it`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await expect(projectCards(page)).toHaveCount(4);
    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await expect(search).toBeFocused();
    await page.keyboard.type('copper');
    await expect(projectCards(page)).toHaveCount(1);
    await expect(projectCards(page).first().getByRole('heading', { level: 3 })).toContainText('Longdian Huaxin');
    await expect(page).toHaveURL(/q=copper/);
    await expect(page).not.toHaveURL(/slide=/);
    await expect(page.getByRole('dialog', { name: /^Presentation/ })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(projectCards(page)).toHaveCount(4);
  });
}

test('a malformed hash shows a notice and the full briefing', async ({ page }) => {
  await page.goto('./#industry=steel&%zz&slide=x');
  await expect(page.getByText('Part of the address was not understood')).toBeVisible();
  await expect(page.getByText('Ignored unknown industry “steel” in the address.')).toBeVisible();
  await expect(projectCards(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('Part of the address was not understood')).toHaveCount(0);
});

test('"Source" on BYD highlights the sentence with 840,000 sets', async ({ page }) => {
  await page.goto('./');
  const byd = projectCards(page).filter({ hasText: 'BYD' });
  await byd.getByRole('button', { name: /^Source/ }).click();
  await expect(page).toHaveURL(/project=byd/);
  const source = page.getByRole('region', { name: 'Source text' });
  const marks = source.locator('mark');
  await expect(marks.filter({ hasText: '840,000 sets' })).toHaveCount(1);
  await expect(marks.filter({ hasText: '60,000 tons' })).toHaveCount(0);
  await expect(marks.filter({ hasText: '840,000 sets' })).toBeInViewport();
  await expect(source.getByText('Highlighted: the sentences behind BYD')).toBeVisible();
  // The glossary's reading sits beside the source's own wording, which stays.
  await expect(source).toContainText('landing in Ningbo');
  await expect(source).toContainText('Nanjing');
  // The source's serif face is a Latin one for English: a curly quote is not a CJK font's
  // full-width one (Chromium on Linux fell through to Noto Serif CJK).
  const quoteWidth = await source.locator('.source-text').evaluate((text) => {
    const probe = document.createElement('span');
    probe.textContent = '\u201C';
    text.append(probe);
    const ratio = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
    probe.remove();
    return ratio;
  });
  expect(quoteWidth).toBeLessThan(0.75);
});

test('city-wide directives stay when filtering; project ones follow', async ({ page }) => {
  await page.goto('./');
  const directives = page.getByRole('region', { name: 'Directives' });
  // The bundled briefing's fourteen, once the app shows them (the first view before it is
  // inert, out of the accessibility tree: counting then found none).
  await expect(directives.getByRole('listitem')).toHaveCount(14);
  await industryButton(page, /Magnesium alloys/).click();
  await expect(directives.getByRole('listitem')).toHaveCount(13);
  await expect(directives.getByText('City-wide').first()).toBeVisible();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./#project=byd');
    await expect(projectCards(page)).toHaveCount(4);
    await expectNoA11yViolations(page);
  });

  test(`a filled button's label stays readable under the pointer (${colorScheme})`, async ({ page }) => {
    // axe-core checks colours at rest only; a hover rule once wrote the Present button's label in
    // the colour it is filled with.
    await page.emulateMedia({ colorScheme });
    await page.goto('./');
    const present = page.getByRole('button', { name: /Present/ });
    await present.hover();
    const contrast = await present.evaluate((button) => {
      const style = getComputedStyle(button);
      const luminance = (colour) => {
        const probe = document.createElement('canvas').getContext('2d');
        probe.fillStyle = colour;
        probe.fillRect(0, 0, 1, 1);
        const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
        const linear = (c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      const [text, fill] = [luminance(style.color), luminance(style.backgroundColor)];
      return (Math.max(text, fill) + 0.05) / (Math.min(text, fill) + 0.05);
    });
    expect(contrast).toBeGreaterThanOrEqual(4.5);
  });
}

test('every control is reachable with Tab and shows a focus ring', async ({ page }) => {
  await page.goto('./');
  await expect(projectCards(page)).toHaveCount(4);
  const seen = new Set();
  for (let step = 0; step < 20; step += 1) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const element = document.activeElement;
      const style = getComputedStyle(element);
      return { name: element.textContent.trim().slice(0, 30), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(info.outline, `focus ring on ${info.name}`).not.toBe('none');
    expect(info.width).toBeGreaterThan(0);
    seen.add(info.name);
  }
  expect([...seen].some((name) => name.startsWith('Magnesium alloys'))).toBe(true);
});

test('a card the filters hide takes no room and no focus; shown again, each card is back in its place', async ({ page }) => {
  await page.goto('./');
  await expect(projectCards(page)).toHaveCount(4);
  const region = page.getByRole('region', { name: 'Projects' });
  // Each card's box within the page (a click may scroll it).
  const boxes = () => projectCards(page).evaluateAll((cards) => cards.map((card) => {
    const box = card.getBoundingClientRect();
    return { name: card.querySelector('h3').textContent, x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
  }));
  const before = await boxes();

  await industryButton(page, /^Magnesium alloys/).click();
  await expect(projectCards(page)).toHaveCount(1);
  const [shown] = await boxes();
  // The one card left takes the first place, and the list ends with it: the hidden cards leave
  // no empty cell and no height behind.
  expect(shown.x).toBeCloseTo(before[0].x, 0);
  expect(shown.y).toBeCloseTo(before[0].y, 0);
  expect(shown.width).toBeCloseTo(before[0].width, 0);
  const listEnd = await region.evaluate((list) => list.getBoundingClientRect().bottom + scrollY);
  expect(listEnd - (shown.y + shown.height)).toBeLessThan(48);
  // Tab from the filter goes through the shown card's button and never into a hidden card.
  const reached = [];
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => ({
      label: document.activeElement.getAttribute('aria-label') ?? '',
      inHiddenCard: Boolean(document.activeElement.closest('[hidden]')),
    })));
  }
  expect(reached.filter((focus) => focus.inHiddenCard)).toEqual([]);
  expect(reached.map((focus) => focus.label)).toContain('Source for Baowu magnesium die-casting');

  await industryButton(page, /^Magnesium alloys/).click();
  await expect(projectCards(page)).toHaveCount(4);
  expect(await boxes()).toEqual(before);
});

test('a glossary reading never starts its line apart from the words it reads: no empty piece of its box ends a line', async ({ page }) => {
  await page.goto('./');
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source.locator('.gloss').first()).toBeAttached();
  // At every width the arrow that opens a reading shares a line with the end of its term.
  const apart = [];
  for (let width = 360; width <= 1400; width += 8) {
    await page.setViewportSize({ width, height: 900 });
    apart.push(...await source.evaluate((element, width) => [...element.querySelectorAll('.term + .gloss')].flatMap((gloss) => {
      const termEnd = [...gloss.previousElementSibling.getClientRects()].at(-1);
      const arrow = gloss.querySelector('.gloss-arrow').getClientRects()[0];
      return Math.abs(termEnd.bottom - arrow.bottom) > 2 ? [`${width}px: ${gloss.previousElementSibling.textContent}`] : [];
    }), width));
  }
  expect(apart).toEqual([]);
});

test('a project whose sector the data leaves empty says "not stated" under Sector', async ({ page }) => {
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.briefings[0].projects[0].sector = '';
    await route.fulfill({ response, json: data });
  });
  await page.goto('./');
  const card = projectCards(page).first();
  await expect(card.getByRole('term').filter({ hasText: 'Sector' })).toBeVisible();
  await expect(card.locator('div').filter({ has: page.getByRole('term').filter({ hasText: 'Sector' }) }).getByRole('definition')).toHaveText('not stated');
});

test('a title of one long word wraps inside the page, which never scrolls sideways', async ({ page }) => {
  const word = 'VeryLongTitleWithoutAnySpacesToBreak'.repeat(4);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.briefings[0].title = word;
    await route.fulfill({ response, json: data });
  });
  await page.goto('./');
  const heading = page.getByRole('heading', { level: 1, name: word });
  await expect(heading).toBeVisible();
  const box = await heading.boundingBox();
  expect(box.x + box.width).toBeLessThanOrEqual(1280);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('a long source shows a page of paragraphs, the marked sentence in its own page, and more on request', async ({ page }) => {
  // 1,500 paragraphs before the briefing's own text: BYD's sentence is far down.
  let total = 0;
  let bydAt = 0;
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    const source = data.briefings[0].source;
    const filler = Array.from({ length: 1500 }, (_, index) => `Filler paragraph ${index + 1}.`);
    source.text = `${filler.join('\n')}\n${source.text}`;
    const paragraphs = source.text.split('\n').filter((line) => line.trim());
    total = paragraphs.length;
    // The first paragraph BYD's facts quote (0-based), whatever the source says of it.
    bydAt = paragraphs.findIndex((line) => line.includes('BYD'));
    await route.fulfill({ response, json: data });
  });
  await page.goto('./');
  const source = page.getByRole('region', { name: 'Source text' });
  const paragraph = (number) => source.getByText(`Filler paragraph ${number}.`, { exact: true });
  await expect(source.getByText(`Paragraphs 1–200 of ${total.toLocaleString('en')} shown.`)).toBeAttached();
  await expect(paragraph(200)).toBeAttached();
  await expect(paragraph(201)).toHaveCount(0);
  await source.getByRole('button', { name: 'Show 200 more' }).click();
  await expect(paragraph(400)).toBeAttached();
  await expect(paragraph(401)).toHaveCount(0);
  // Each press gives focus to the first paragraph it adds, on screen; pressed until the end, the
  // button goes, and the last page's first paragraph has focus.
  await expect(paragraph(201)).toBeFocused();
  await expect(paragraph(201)).toBeInViewport();
  const more = source.getByRole('button', { name: /^Show \d+ more$/ });
  let end = 400;
  for (; end + 200 < total; end += 200) {
    await more.click();
    await expect(source.getByText(`Paragraphs 1–${(end + 200).toLocaleString('en')} of ${total.toLocaleString('en')} shown.`)).toBeAttached();
  }
  await more.evaluate((element) => element.closest('.show-more').scrollIntoView({ block: 'start' }));
  await more.click();
  await expect(more).toHaveCount(0);
  await expect(paragraph(1500)).toBeAttached();
  const lastPageStart = source.locator('.source-text > p').nth(end);
  await expect(lastPageStart).toBeFocused();
  await expect(lastPageStart).toBeInViewport();

  // BYD's sentence is shown marked, with the page around it, not the source's first pages.
  const byd = projectCards(page).filter({ hasText: 'BYD' });
  await byd.getByRole('button', { name: /^Source/ }).click();
  await expect(source.locator('mark').filter({ hasText: '840,000 sets' })).toBeInViewport();
  // A little of what comes before it: the page starts among the filler, 50 paragraphs before
  // the first of BYD's sentences.
  const shownLine = await source.getByText(/^Paragraphs [\d,]+–[\d,]+ of [\d,]+ shown\.$/).textContent();
  const [first, last] = shownLine.match(/[\d,]+/g).map((number) => Number(number.replaceAll(',', '')));
  expect(first).toBe(bydAt - 49);
  expect(last).toBe(Math.min(first + 199, total));
  await expect(paragraph(first)).toBeAttached();
  await expect(paragraph(first - 1)).toHaveCount(0);
  await source.getByRole('button', { name: 'Show 200 earlier' }).click();
  await expect(paragraph(first - 200)).toBeAttached();
  await expect(paragraph(first - 201)).toHaveCount(0);
  // The earlier page comes in where the button stood, its first paragraph focused.
  await expect(paragraph(first - 200)).toBeFocused();
  await expect(paragraph(first - 200)).toBeInViewport();
  await expect(source.locator('mark').filter({ hasText: '840,000 sets' })).toHaveCount(1);

  // Paper has the whole source; the screen gets its pages back after printing.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(paragraph(1)).toBeAttached();
  await expect(source.getByRole('button', { name: /^Show 200 (earlier|more)$/ })).toHaveCount(0);
  await expect(source.locator('.source-text > p')).toHaveCount(total);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(paragraph(1)).toHaveCount(0);
  await expect(paragraph(first - 200)).toBeAttached();

  // Pressed until the start, the button goes, and the source's first paragraph has focus.
  const earlier = source.getByRole('button', { name: /^Show \d+ earlier$/ });
  for (let from = first - 200; from > 1; from -= 200) {
    await earlier.click();
    await expect(paragraph(Math.max(1, from - 200))).toBeAttached();
  }
  await expect(earlier).toHaveCount(0);
  await expect(paragraph(1)).toBeFocused();
  await expect(paragraph(1)).toBeInViewport();

  // The same in Chinese.
  await byd.getByRole('button', { name: /^Source/ }).click();
  await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('region', { name: '来源文本' }).getByRole('button', { name: '显示前面 200 个' })).toBeVisible();
});

/**
 * Serves the bundled data with `count` more reading notes on its first briefing, each on a word
 * of its own line at the end of the source ("Glossed word 7x appears here.", read as "reading
 * 7"), with `more(index)`'s fields; `total` is the notes' count once the data is served.
 */
async function glossMoreWords(page, count, more = () => ({})) {
  const served = { total: 0 };
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    const briefing = data.briefings[0];
    const words = Array.from({ length: count }, (_, index) => `Glossed word ${index + 1}x`);
    briefing.source.text += `\n${words.map((word) => `${word} appears here.`).join('\n')}`;
    briefing.glossary.push(...words.map((term, index) => ({ term, reading: `reading ${index + 1}`, ...more(index) })));
    served.total = briefing.glossary.length;
    await route.fulfill({ response, json: data });
  });
  return served;
}

test('a glossary too long to search at once gives the source its readings a moment later, and search its original wordings', async ({ page }) => {
  // 30,000 notes more: their search is built over several tasks, so the Source view first shows
  // the text alone.
  await glossMoreWords(page, 30000, (index) => ({ original: `原文${index + 1}` }));
  await page.goto('./');
  const byd = projectCards(page).filter({ hasText: 'BYD' });
  await byd.getByRole('button', { name: /^Source/ }).click();
  const source = page.getByRole('region', { name: 'Source text' });
  await expect(source.locator('mark').filter({ hasText: '840,000 sets' })).toBeInViewport();
  // The briefing's own readings come once the search is built.
  const reading = source.locator('.gloss').filter({ hasText: 'in Nanjing (宁 abbreviates Nanjing' });
  await expect(reading.first()).toBeAttached();
  await expect(source).toContainText('landing in Ningbo');
  // The same search finds the records whose sentences a note glosses by its original wording.
  await page.getByRole('searchbox', { name: 'Search' }).fill('宁');
  await expect(projectCards(page)).toHaveCount(2);
  await expect(projectCards(page).filter({ hasText: 'BYD' })).toHaveCount(1);
});

test('a long glossary shows its reading notes a page at a time, and more on request', async ({ page }) => {
  // 450 notes more than the briefing's own.
  const served = await glossMoreWords(page, 450);
  await page.goto('./');
  const source = page.getByRole('region', { name: 'Source text' });
  await source.getByText('Reading notes', { exact: true }).click();
  const notes = source.locator('.glossary dt');
  await expect(notes).toHaveCount(200);
  const more = source.getByRole('button', { name: 'Show 200 more reading notes' });
  await more.click();
  await expect(notes).toHaveCount(400);
  // The first note the press adds has focus, on screen.
  const firstAdded = source.locator('.glossary dl > div').nth(200);
  await expect(firstAdded).toBeFocused();
  await expect(firstAdded).toBeInViewport();
  await source.getByRole('button', { name: `Show ${served.total - 400} more reading notes` }).click();
  await expect(notes).toHaveCount(served.total);
  await expect(source.getByRole('button', { name: /more reading notes/ })).toHaveCount(0);
  await expect(source.getByText('“Glossed word 450x”')).toBeAttached();
  // The paragraphs' own page is not changed by the notes'.
  await expect(source.getByText(/^Paragraphs 1–200 of [\d,]+ shown\.$/)).toBeAttached();
});

test('a briefing that lists no project says so plainly, and offers no "Show all projects"', async ({ page }) => {
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    const briefing = data.briefings[0];
    briefing.projects = [];
    briefing.directives = briefing.directives.filter((directive) => directive.scope === 'city-wide');
    await route.fulfill({ response, json: data });
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  const projects = page.getByRole('region', { name: 'Projects' });
  await expect(projects.getByText('This briefing lists no project.', { exact: true })).toBeVisible();
  await expect(projects.getByRole('button', { name: 'Show all projects' })).toHaveCount(0);
  // A search hides nothing where there is nothing: the page still says why, as plainly.
  await page.getByRole('searchbox', { name: 'Search' }).fill('zinc');
  await expect(page).toHaveURL(/q=zinc/);
  await expect(projects.getByText('This briefing lists no project.', { exact: true })).toBeVisible();
  await expect(projects.getByRole('button', { name: 'Show all projects' })).toHaveCount(0);
  await page.goto('./#lang=zh');
  const chinese = page.getByRole('region', { name: '项目' });
  await expect(chinese.getByText('此简报未列出任何项目。', { exact: true })).toBeVisible();
  await expect(chinese.getByRole('button', { name: '显示全部项目' })).toHaveCount(0);
});

test('a search that hides every project offers "Show all projects", which brings them back', async ({ page }) => {
  await page.goto('./#q=zinc');
  const projects = page.getByRole('region', { name: 'Projects' });
  await expect(projects.getByText('No project matches “zinc”.', { exact: true })).toBeVisible();
  await projects.getByRole('button', { name: 'Show all projects' }).click();
  await expect(projectCards(page)).toHaveCount(4);
});

test('a reading note\'s original wording stays whole on its line, on a phone as wide', async ({ page }) => {
  await page.goto('./#lang=zh');
  const source = page.getByRole('region', { name: '来源文本' });
  await source.getByText('阅读注释', { exact: true }).click();
  const original = source.locator('.glossary .original').filter({ hasText: '数实融合' });
  await expect(original).toBeVisible();
  await expect(source.locator('.gloss').filter({ hasText: '数实融合' }).first()).toBeAttached();
  // Each original wording (in the notes and beside its term in the text) on one line at every
  // width: its pieces of line box, where it was split, each have their own top.
  const split = [];
  for (let width = 320; width <= 720; width += 4) {
    await page.setViewportSize({ width, height: 900 });
    split.push(...await source.evaluate((element, width) => {
      const originals = [...element.querySelectorAll('.glossary .original, .gloss > span[lang]')]
        .filter((span) => span.matches(':lang(zh)') && /[\u4e00-\u9fff]/.test(span.textContent));
      return originals.flatMap((span) => {
        const tops = new Set([...span.getClientRects()].filter((rect) => rect.width > 1).map((rect) => Math.round(rect.top)));
        return tops.size > 1 ? [`${width}px: ${span.textContent}`] : [];
      });
    }, width));
    // Nothing runs off the side of the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), `${width}px`).toBeLessThanOrEqual(0);
  }
  expect(split).toEqual([]);
});
