// Presentation mode: the current selection as full-window slides, driven by keys and buttons,
// with the slide number in the URL.
import fs from 'node:fs';
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
  // Who else took part, as the page's header and the handout say.
  await expect(dialog(page).locator('.slide-facts div').filter({ hasText: 'Also present' })).toContainText('Liu Wei, Wu Wei, Huang Hui');
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

test('the whole briefing: title, overview, each industry with its projects, directives, closing', async ({ page }) => {
  await open(page, '#slide=1');
  await expect(dialog(page)).toBeVisible();
  const headings = await allHeadings(page);
  expect(headings.slice(0, 9)).toEqual([
    BRIEFING_TITLE,
    'Projects in view',
    'New materials',
    'North Metallurgy alloys',
    'New energy',
    'Longdian Huaxin copper foil',
    'BYD drive motors',
    'Magnesium alloys',
    'Baowu magnesium die-casting',
  ]);
  const directives = headings.slice(9, -1);
  expect(directives.length).toBeGreaterThan(0);
  for (const heading of directives) expect(heading).toMatch(/^Directives/);
  expect(headings.at(-1)).toBe('End of the briefing');
});

test('a project slide says what the source does not state: its status, its capacity', async ({ page }) => {
  // Longdian Huaxin (slide 6) has neither a status nor a capacity in the source; BYD (slide 7) both.
  await open(page, '#slide=6');
  await expectSlide(page, 6);
  await expect(dialog(page).getByText('Status not stated')).toBeVisible();
  await expect(dialog(page).getByText('Capacity not stated')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 7);
  await expect(dialog(page).getByText('Status not stated')).toHaveCount(0);
});

test('reloading at #slide=5 opens slide 5; an out-of-range slide shows the nearest one and says so', async ({ page }) => {
  await open(page, '#slide=5');
  await expect(dialog(page)).toBeVisible();
  await expectSlide(page, 5);
  await expect(slideHeading(page)).toHaveText('New energy');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 6);
  await page.reload();
  await expectSlide(page, 6);
  await expect(slideHeading(page)).toHaveText('Longdian Huaxin copper foil');

  await open(page, '#slide=99');
  const total = await slideCount(page);
  expect(total).toBe(13);
  await expectSlide(page, total, total);
  // The address asked for a slide the deck lacks: the page says so, as it does of any part of
  // the address it could not follow, and names the deck's size and the slide it opened.
  await expect(page.getByText('Part of the address was not understood')).toBeVisible();
  await expect(page.locator('.notice').getByText('There is no slide 99: the presentation has 13 slides. It opens at slide 13.')).toHaveCount(1);
  // The slides cover the page's notice: they say it over the slide opened, until the next move.
  const overSlide = dialog(page).getByText('There is no slide 99: the presentation has 13 slides. It opens at slide 13.');
  await expect(overSlide).toBeVisible();
  expect(await overSlide.evaluate((notice) => {
    const box = notice.getBoundingClientRect();
    return notice.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2));
  }), 'the notice over the slide is on top').toBe(true);
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, total - 1, total);
  await expect(overSlide).toHaveCount(0);

  // Slides are numbered from 1: a 0 opens the first, and says so.
  await open(page, '#slide=0');
  await expectSlide(page, 1, total);
  await expect(dialog(page).getByText('There is no slide 0: the presentation has 13 slides. It opens at slide 1.')).toBeVisible();

  // In Chinese, in Chinese.
  await page.goto('./#lang=zh&slide=999');
  await expect(page.getByRole('dialog').getByText('没有第 999 页：本演示共 13 页，现显示第 13 页。')).toBeVisible();
});

test('slides present the filter; Esc returns to the same filtered view and focus', async ({ page }) => {
  await open(page, '#industry=magnesium-alloys');
  await expect(industryButton(page, /Magnesium alloys/)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('p');
  await expect(dialog(page)).toBeVisible();
  await expectSlide(page, 1);
  expect(page.url()).toMatch(/#industry=magnesium-alloys&slide=1$/);

  const headings = await allHeadings(page);
  expect(headings.slice(0, 4)).toEqual([BRIEFING_TITLE, 'Projects in view', 'Magnesium alloys', 'Baowu magnesium die-casting']);
  for (const heading of headings.slice(4, -1)) expect(heading).toMatch(/^Directives/);
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

/** The computed font size (px) of an element of the current slide. */
const fontSize = (locator) => locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

test('a project slide: the name largest, then the figure, the requests, notes and the source sentence', async ({ page }) => {
  await open(page, '#slide=7');
  await expect(slideHeading(page)).toHaveText('BYD drive motors');
  await expect(dialog(page).locator('.slide-figure')).toContainText('840,000 sets / year');
  await expect(dialog(page).getByRole('listitem').filter({ hasText: 'Continue to expand production capacity.' })).toBeVisible();
  await expect(dialog(page).locator('blockquote')).toContainText("Learning that BYD's annual output of 840,000 sets");
  // Nothing on the slide is larger than the project's name.
  const largest = await dialog(page).locator('.slide').evaluate((slide) => Math.max(...[...slide.querySelectorAll('*')].map((element) => parseFloat(getComputedStyle(element).fontSize))));
  expect(await fontSize(slideHeading(page))).toBe(largest);

  // Without a stated capacity, a quiet line: body-sized or smaller, upright, not bold.
  await open(page, '#slide=6');
  await expect(slideHeading(page)).toHaveText('Longdian Huaxin copper foil');
  const quiet = dialog(page).locator('.slide-not-stated');
  await expect(quiet).toHaveText('Capacity not stated');
  const style = await quiet.evaluate((element) => ({ size: parseFloat(getComputedStyle(element).fontSize), body: parseFloat(getComputedStyle(element.closest('.presentation')).fontSize), italic: getComputedStyle(element).fontStyle, weight: Number(getComputedStyle(element).fontWeight) }));
  expect(style.size).toBeLessThanOrEqual(style.body);
  expect(style.italic).toBe('normal');
  expect(style.weight).toBeLessThan(600);
});

test('the slide for North Metallurgy shows the glossary reading beside the source wording, and the notes', async ({ page }) => {
  await open(page, '#slide=4');
  await expect(slideHeading(page)).toHaveText('North Metallurgy alloys');
  const quote = dialog(page).locator('blockquote');
  await expect(quote.locator('.term')).toHaveText('transformation of Ningbo');
  // The reading follows the wording it explains, as in the source view.
  const gloss = quote.locator('.gloss');
  await expect(gloss).toContainText('in Nanjing');
  expect(await quote.locator('.term').evaluate((term) => term.nextElementSibling?.classList.contains('gloss'))).toBe(true);
  await expect(dialog(page).getByRole('heading', { name: 'Notes' })).toBeVisible();
  await expect(dialog(page).getByRole('listitem').filter({ hasText: 'most likely means research results put to use in Nanjing' })).toBeVisible();

  await open(page, '#slide=9');
  await expect(slideHeading(page)).toHaveText('Baowu magnesium die-casting');
  await expect(dialog(page).getByRole('listitem').filter({ hasText: /^A listed enterprise$/ })).toBeVisible();
});

test('the overview slide lists every project in view with industry, status and capacity', async ({ page }) => {
  await open(page, '#slide=2');
  await expect(slideHeading(page)).toHaveText('Projects in view');
  const rows = dialog(page).locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveText(/North Metallurgy alloys\s*New materials\s*Under construction\s*not stated/);
  await expect(rows.filter({ hasText: 'BYD drive motors' })).toContainText('840,000 sets / year');
  await expect(rows.filter({ hasText: 'Baowu magnesium die-casting' })).toContainText('60,000 tons / year');

  await open(page, '#industry=new-energy&slide=2');
  await expect(dialog(page).locator('tbody tr')).toHaveCount(2);
});

test('an industry slide charts its projects across the slide with labels of at least 24px, each bar with its figure', async ({ page }) => {
  await open(page, '#slide=5');
  await expect(slideHeading(page)).toHaveText('New energy');
  const chart = dialog(page).locator('.slide-chart');
  await expect(chart.locator('.slide-bar-label')).toHaveText(['BYD drive motors']);
  await expect(dialog(page).locator('.slide-not-stated')).toHaveText('Capacity not stated: Longdian Huaxin copper foil');
  // Each bar carries its figure, for the presenter to read out.
  await expect(chart.locator('.slide-bar-value')).toHaveText(['840,000 sets']);
  for (const label of [...await chart.locator('.slide-bar-label, .slide-bar-value, .slide-tick').all()]) {
    expect(await fontSize(label)).toBeGreaterThanOrEqual(24);
  }
  const widths = await dialog(page).locator('.slide').evaluate((slide) => ({
    slide: slide.clientWidth,
    chart: slide.querySelector('.slide-chart').getBoundingClientRect().width,
  }));
  expect(widths.chart).toBeGreaterThan(widths.slide * 0.8);
});

test('a filtered deck says what it shows on its title slide; the whole briefing says nothing', async ({ page }) => {
  await open(page, '#industry=new-energy&q=BYD&slide=1');
  await expect(dialog(page).getByText('Selection: New energy · “BYD”')).toBeVisible();
  await page.goto('./#lang=zh&industry=new-energy&slide=1');
  await expect(page.getByText('筛选：New energy')).toBeVisible();
  await open(page, '#lang=en&slide=1');
  await expect(slideHeading(page)).toHaveText(BRIEFING_TITLE);
  await expect(dialog(page).getByText(/^Selection:/)).toHaveCount(0);
});

test('a deck of a search that finds no project says so on its title slide, in both languages', async ({ page }) => {
  await open(page, '#q=zinc&slide=1');
  await expect(dialog(page).getByText('No project matches “zinc”.', { exact: true })).toBeVisible();
  await page.goto('./#q=zinc&slide=1&lang=zh');
  await expect(page.getByRole('dialog').getByText('没有项目匹配“zinc”。', { exact: true })).toBeVisible();
  // A deck with projects says nothing of the kind.
  await page.goto('./#q=BYD&slide=1&lang=en');
  await expect(dialog(page).getByText('Selection: “BYD”')).toBeVisible();
  await expect(dialog(page).getByText(/^No project matches/)).toHaveCount(0);
});

test('every briefing: a project visited in two briefings is told apart by its date on the slides', async ({ page }) => {
  await page.route('**/data/briefings.json', (route) => route.fulfill({
    path: new URL('../data/semiconductors.json', import.meta.url).pathname,
    contentType: 'application/json',
  }));
  await open(page, '#briefing=all&slide=2');
  const slides = page.getByRole('dialog', { name: /^Presentation:/ });
  const rows = slides.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const name of ['Tidewater fab (May 12, 2023)', 'Bright Panel line', 'Tidewater fab (March 8, 2024)']) {
    await expect(rows.getByRole('rowheader', { name, exact: true })).toBeVisible();
  }
  // Each visit has its own project slide, headed with its date.
  const headings = [];
  const total = Number((await slides.getByText(/^Slide \d+ of \d+$/).textContent()).split(' of ')[1]);
  for (let slide = 2; slide <= total; slide += 1) {
    await expect(slides.getByText(`Slide ${slide} of ${total}`, { exact: true })).toBeVisible();
    headings.push(await slides.locator('#slide-heading').textContent());
    await page.keyboard.press('ArrowRight');
  }
  expect(headings).toContain('Tidewater fab (May 12, 2023)');
  expect(headings).toContain('Tidewater fab (March 8, 2024)');
});

test('every briefing: the cards of a project visited in two briefings have Source buttons told apart by the date', async ({ page }) => {
  await page.route('**/data/briefings.json', (route) => route.fulfill({
    path: new URL('../data/semiconductors.json', import.meta.url).pathname,
    contentType: 'application/json',
  }));
  await page.goto('./#briefing=all');
  const projects = page.getByRole('region', { name: 'Projects' });
  await expect(projects.getByRole('article')).toHaveCount(3);
  for (const name of ['Source for Tidewater fab (May 12, 2023)', 'Source for Bright Panel line', 'Source for Tidewater fab (March 8, 2024)']) {
    await expect(projects.getByRole('button', { name, exact: true })).toBeVisible();
  }
  // One briefing at a time, the name stands alone.
  await page.getByRole('combobox', { name: 'Briefing' }).selectOption({ index: 1 });
  await expect(projects.getByRole('button', { name: 'Source for Tidewater fab', exact: true })).toBeVisible();
  await expect(projects.getByRole('button', { name: /^Source for Tidewater fab \(/ })).toHaveCount(0);
});

test('with forced colours (high contrast), an industry slide still shows its bars', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page, '#slide=5');
  await expect(slideHeading(page)).toHaveText('New energy');
  // A bar is seen when its colour differs from the slide's behind it.
  const colours = await dialog(page).locator('.slide').evaluate((slide) => {
    const painted = (element) => {
      for (let at = element; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)') return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    return {
      bar: painted(slide.querySelector('.slide-bar')),
      swatch: painted(slide.querySelector('.slide-swatch')),
      behind: painted(slide.querySelector('.slide-bar').parentElement.parentElement),
    };
  });
  expect(colours.bar).not.toBe(colours.behind);
  expect(colours.swatch).not.toBe(colours.behind);
});

test('fifteen projects are listed on two overview slides, each fitting a 1280×720 slide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    const projects = data.briefings[0].projects;
    for (let copy = 1; copy <= 3; copy += 1) {
      projects.push(...projects.slice(0, 4).map((project) => ({ ...project, id: `${project.id}-${copy}` })));
    }
    projects.length = 15;
    await route.fulfill({ response, json: data });
  });
  await open(page, '#slide=2');
  for (const [part, rows] of [[1, 8], [2, 7]]) {
    await expect(slideHeading(page)).toHaveText(`Projects in view (${part} of 2)`);
    await expect(dialog(page).getByRole('row')).toHaveCount(rows + 1);
    const slide = dialog(page).locator('.slide');
    expect(await slide.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
    // The last row is above the slide's controls.
    const lastRow = await dialog(page).getByRole('row').last().boundingBox();
    const controls = await dialog(page).getByRole('button', { name: /^Exit/ }).boundingBox();
    expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(controls.y);
    await page.keyboard.press('ArrowRight');
  }
  await expect(slideHeading(page)).toHaveText('New materials');
});

test('overview slides of projects with long names hold fewer rows, each slide fitting at 1280×720', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    const projects = data.briefings[0].projects;
    const long = 'Extremely Long Short Name That Is Not Short At All Really Verylongunbrokenwordwithoutspaces';
    for (let copy = 1; copy <= 4; copy += 1) {
      projects.push(...projects.slice(0, 4).map((project) => ({ ...project, id: `${project.id}-${copy}`, short_name: `${long} ${copy}` })));
    }
    await route.fulfill({ response, json: data });
  });
  await open(page, '#slide=2');
  for (let part = 1; part <= 3; part += 1) {
    await expect(slideHeading(page)).toHaveText(`Projects in view (${part} of 3)`);
    const slide = dialog(page).locator('.slide');
    expect(await slide.evaluate((element) => element.scrollHeight - element.clientHeight), `part ${part}`).toBeLessThanOrEqual(1);
    expect(await slide.evaluate((element) => element.scrollWidth - element.clientWidth), `part ${part}`).toBeLessThanOrEqual(1);
    const lastRow = await dialog(page).getByRole('row').last().boundingBox();
    const controls = await dialog(page).getByRole('button', { name: /^Exit/ }).boundingBox();
    expect(lastRow.y + lastRow.height).toBeLessThanOrEqual(controls.y);
    await page.keyboard.press('ArrowRight');
  }
});

test('an industry of many projects in several units keeps its slide to what fits at 1280×720, and counts the rest', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    const projects = data.briefings[0].projects;
    const byd = projects.find((project) => project.id === 'byd');
    const longdian = projects.find((project) => project.industry === 'new-energy' && !project.capacity);
    // Each plant's figure is stated by a sentence of its own, as a capacity's quote must state it.
    const source = data.briefings[0].source;
    for (let copy = 1; copy <= 20; copy += 1) {
      const quote = `BYD plant ${copy} makes ${(1000 * copy).toLocaleString('en-US')} sets a year.`;
      source.text += `\n\n${quote}`;
      projects.push({ ...byd, id: `byd-${copy}`, short_name: `BYD plant ${copy}`, capacity: { ...byd.capacity, value: 1000 * copy, quote } });
    }
    for (const unit of ['tons', 'wafers', 'GW']) {
      for (let copy = 1; copy <= 5; copy += 1) {
        projects.push({ ...byd, id: `${unit.toLowerCase()}-${copy}`, capacity: { ...byd.capacity, unit } });
      }
    }
    for (let copy = 1; copy <= 10; copy += 1) projects.push({ ...longdian, id: `longdian-${copy}` });
    await route.fulfill({ response, json: data });
  });
  // The title, the overview's three slides, the new-materials industry and its project, then
  // new energy.
  await open(page, '#slide=7');
  await expect(slideHeading(page)).toHaveText('New energy');
  const slide = dialog(page).locator('.slide');
  await expect(slide.getByRole('figure')).toHaveCount(1);
  await expect(slide).toContainText('and 15 more projects with capacity in sets per year');
  await expect(slide).toContainText('… and 3 more capacity charts, in other units');
  await expect(slide).toContainText(/Capacity not stated: (Longdian Huaxin copper foil, ){4}Longdian Huaxin copper foil and 6 more/);
  expect(await slide.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
  const last = await slide.locator('.slide-not-stated').boundingBox();
  const controls = await dialog(page).getByRole('button', { name: /^Exit/ }).boundingBox();
  expect(last.y + last.height).toBeLessThanOrEqual(controls.y);
});

test('a long capacity unit wraps in the overview table, which then fits the slide width', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const unit = 'sets of drive motors and electric assembly core parts for new energy vehicles';
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.briefings[0].projects.find((project) => project.id === 'byd').capacity.unit = unit;
    await route.fulfill({ response, json: data });
  });
  await open(page, '#slide=2');
  await expect(slideHeading(page)).toHaveText('Projects in view');
  const figure = dialog(page).getByRole('cell', { name: new RegExp(`^840,000 ${unit}`) });
  await expect(figure).toBeVisible();
  const slide = dialog(page).locator('.slide');
  expect(await slide.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
  // It wraps rather than running past the slide: its text takes more than one line.
  const lines = await figure.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBeGreaterThan(1);
});

test('at 1280×720 the chart and its ticks are not cut off, and no page scrollbar shows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, '#slide=8');
  await expect(slideHeading(page)).toHaveText('Magnesium alloys');
  const box = await dialog(page).locator('.slide').evaluate((slide) => {
    const bounds = slide.getBoundingClientRect();
    const parts = [...slide.querySelectorAll('.slide-tick, .slide-bar-label, .slide-bar, .slide-bar-value')].map((element) => element.getBoundingClientRect());
    return {
      inside: parts.every((part) => part.left >= bounds.left && part.right <= bounds.right && part.bottom <= bounds.bottom),
      count: parts.length,
      overflow: slide.scrollHeight - slide.clientHeight,
    };
  });
  expect(box.count).toBeGreaterThan(2);
  expect(box.inside).toBe(true);
  expect(box.overflow).toBeLessThanOrEqual(1);
  // The page behind the slides shows no scrollbar (not even a reserved gutter).
  expect(await page.evaluate(() => window.innerWidth - document.documentElement.clientWidth)).toBe(0);
});

test('the last slide says Esc or Exit end the slides, with a keyboard', async ({ page }) => {
  await open(page, '#slide=99');
  await expect(dialog(page).getByText('Press Esc, or choose Exit, to return to the explorer.', { exact: true })).toBeVisible();
  await expect(dialog(page).getByText('Choose Exit to return to the explorer.', { exact: true })).toBeHidden();
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the last slide says to choose Exit, with no word of an Esc key the phone does not have, in both languages', async ({ page }) => {
    for (const [hash, touch, keys] of [
      ['#slide=99', 'Choose Exit to return to the explorer.', 'Press Esc, or choose Exit, to return to the explorer.'],
      ['#slide=99&lang=zh', '点击“退出”返回浏览页面。', '按 Esc 或点击“退出”返回浏览页面。'],
    ]) {
      await page.goto(`./${hash}`);
      const slides = page.getByRole('dialog', { name: /^(Presentation|演示)/ });
      await expect(slides.getByText(touch, { exact: true })).toBeVisible();
      await expect(slides.getByText(keys, { exact: true })).toBeHidden();
    }
  });
});

test.describe('on a tablet held upright, by touch', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });

  test('the slides\' buttons are at least 44 px, a fingertip\'s size', async ({ page }) => {
    await page.goto('./#slide=2');
    const controls = page.getByRole('navigation', { name: 'Slide controls' });
    await expect(controls.getByRole('button').first()).toBeVisible();
    const sizes = await controls.getByRole('button').evaluateAll((buttons) => buttons
      .filter((button) => button.getBoundingClientRect().height > 0)
      .map((button) => ({ name: button.textContent.trim(), width: button.getBoundingClientRect().width, height: button.getBoundingClientRect().height })));
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    for (const size of sizes) {
      expect(size.height, size.name).toBeGreaterThanOrEqual(44);
      expect(size.width, size.name).toBeGreaterThanOrEqual(44);
    }
  });
});

test('on a phone held upright every slide fits its width, and its controls and ticks do not overlap', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '#slide=1');
  const total = await slideCount(page);
  for (let number = 1; number <= total; number += 1) {
    await expectSlide(page, number, total);
    const layout = await dialog(page).evaluate((presentation) => {
      const boxes = (selector) => [...presentation.querySelectorAll(selector)]
        .filter((element) => element.checkVisibility({ visibilityProperty: true }))
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0);
      const overlap = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      const anyOverlap = (list) => list.some((a, i) => list.slice(i + 1).some((b) => overlap(a, b)));
      const controls = boxes('.slide-controls button, .slide-indicator');
      const axes = [...presentation.querySelectorAll('.slide-axis')];
      const slide = presentation.querySelector('.slide');
      return {
        controls: controls.length,
        controlsOverlap: anyOverlap(controls),
        controlsOutside: controls.some((box) => box.left < 0 || box.right > innerWidth || box.bottom > innerHeight),
        ticksOverlap: anyOverlap(boxes('.slide-tick')),
        // Each axis still shows where its scale starts and ends.
        endsShown: axes.every((axis) => [axis.firstElementChild, axis.lastElementChild]
          .every((tick) => tick.checkVisibility({ visibilityProperty: true }))),
        sideways: slide.scrollWidth - slide.clientWidth,
        // A chart's names are whole, and its bars have most of the slide's width.
        labelsCut: [...presentation.querySelectorAll('.slide-bar-label')].filter((name) => name.scrollHeight > name.clientHeight + 1).map((name) => name.textContent),
        narrowTracks: boxes('.slide-bar-track').filter((track) => track.width < slide.clientWidth / 2).length,
      };
    });
    const label = `slide ${number} of ${total}`;
    expect(layout.controls, label).toBeGreaterThanOrEqual(4);
    expect(layout.controlsOverlap, `${label}: controls overlap`).toBe(false);
    expect(layout.controlsOutside, `${label}: a control is off screen`).toBe(false);
    expect(layout.ticksOverlap, `${label}: chart ticks overlap`).toBe(false);
    expect(layout.endsShown, `${label}: an axis hides its scale's end`).toBe(true);
    expect(layout.sideways, `${label}: runs past the screen's width`).toBeLessThanOrEqual(1);
    expect(layout.labelsCut, `${label}: a chart's name is cut`).toEqual([]);
    expect(layout.narrowTracks, `${label}: bars squeezed beside their names`).toBe(0);
    if (number < total) await dialog(page).getByRole('button', { name: 'Next slide' }).click();
  }
  // A project slide longer than the screen scrolls to its end: the source sentence is reachable.
  await open(page, '#slide=4');
  const quote = dialog(page).locator('.slide-quote blockquote');
  await quote.scrollIntoViewIfNeeded();
  await expect(quote).toBeInViewport();
});

test('a swipe to the left goes to the next slide, to the right back', async ({ page }) => {
  await open(page, '#slide=3');
  await expectSlide(page, 3);
  const swipe = (from, to) => dialog(page).locator('.slide').evaluate((slide, [from, to]) => {
    const at = (type, x) => slide.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 7, pointerType: 'touch', isPrimary: true, clientX: x, clientY: 400 }));
    at('pointerdown', from);
    at('pointermove', (from + to) / 2);
    at('pointerup', to);
  }, [from, to]);
  await swipe(900, 500);
  await expectSlide(page, 4);
  await swipe(900, 500);
  await expectSlide(page, 5);
  await swipe(500, 900);
  await expectSlide(page, 4);
  // A short move is a tap, not a swipe.
  await swipe(500, 520);
  await expectSlide(page, 4);
});

test('the presenter view shows the current and next slides, notes and a clock, and stays in step', async ({ page, context }) => {
  await open(page, '#slide=3');
  await expectSlide(page, 3);
  // S opens the presenter view in a second window at the same slide.
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await popup.waitForLoadState();
  expect(popup.url()).toMatch(/#slide=3&presenter$/);
  await popup.close();

  const presenter = await context.newPage();
  await presenter.goto('./#slide=3&presenter');
  const view = presenter.getByRole('region', { name: `Presenter view: ${BRIEFING_TITLE}` });
  await expect(view).toBeVisible();
  const current = view.locator('.presenter-current .slide');
  const next = view.locator('.presenter-next .slide');
  await expect(current.locator('#presenter-current-heading')).toHaveText('New materials');
  await expect(next.locator('#presenter-next-heading')).toHaveText('North Metallurgy alloys');
  await expect(view.locator('.presenter-time')).toHaveText(/^\d+:\d\d$/);
  // The clock counts on, a second at a time, while the slides beside it stay as they were.
  await expect(view.locator('.presenter-time')).toHaveText(/^0:0[1-9]$/, { timeout: 5000 });
  await expect(current.locator('#presenter-current-heading')).toHaveText('New materials');

  // The audience's window moves: the presenter view follows, with the project's notes and quotes.
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  await expect(current.locator('#presenter-current-heading')).toHaveText('North Metallurgy alloys');
  await expect.poll(() => urlSlide(presenter)).toBe(4);
  // They are the project's notes from the data, which the audience's slide shows too, and the
  // heading says so: a presenter must not take them for notes kept from the room.
  const notes = view.getByRole('region', { name: 'Project notes (on the slide too)' });
  await expect(notes).toContainText('most likely means research results put to use in Nanjing');
  await expect(dialog(page)).toContainText('most likely means research results put to use in Nanjing');
  const sources = view.getByRole('region', { name: 'From the source, for this slide' });
  await expect(sources.locator('.gloss').first()).toContainText('in Nanjing');
  await expect(sources).toContainText('He urged the relevant');
  await expect(next.locator('#presenter-next-heading')).toHaveText('New energy');

  // And the other way: a move in the presenter view moves the audience's window.
  await view.getByRole('button', { name: 'Next slide' }).click();
  await expect(current.locator('#presenter-current-heading')).toHaveText('New energy');
  await expectSlide(page, 5);
  await presenter.keyboard.press('End');
  await expectSlide(page, 13, 13);
  await expect(view.locator('.presenter-next')).toContainText('This is the last slide.');
  await expectNoA11yViolations(presenter);
  // Two project slides side by side (Longdian Huaxin, then BYD) keep axe's best-practice rules
  // too: one banner at most, and no two landmarks of one name.
  await presenter.keyboard.press('Home');
  for (let step = 0; step < 5; step += 1) await presenter.keyboard.press('ArrowRight');
  await expectSlide(page, 6);
  await expect(current.locator('#presenter-current-heading')).toHaveText('Longdian Huaxin copper foil');
  await expect(next.locator('#presenter-next-heading')).toHaveText('BYD drive motors');
  await expectNoA11yViolations(presenter, { tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
});

/** The presenter view's window, its slide indicator and its current slide's heading. */
function presenterParts(presenter) {
  const view = presenter.getByRole('region', { name: `Presenter view: ${BRIEFING_TITLE}` });
  return {
    view,
    indicator: view.getByText(/^Slide \d+ of \d+$/),
    heading: view.locator('#presenter-current-heading'),
    outOfStep: view.getByRole('status').filter({ hasText: "The slides have ended in the audience's window" }),
  };
}

test('the presenter view follows the slides started again and another filter\'s deck, and says when they end', async ({ page, context }) => {
  await open(page);
  await page.keyboard.press('p');
  for (let move = 0; move < 5; move += 1) await page.keyboard.press('ArrowRight');
  await expectSlide(page, 6, 13);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const { view, indicator: presenterIndicator, heading, outOfStep } = presenterParts(presenter);
  await expect(presenterIndicator).toHaveText('Slide 6 of 13');
  await expect(outOfStep).toHaveCount(0);

  // The audience leaves the slides: the presenter view says so.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(outOfStep).toBeVisible();
  // Started again, the slides resume where they were left, and the presenter view is there
  // too; its next move is to the slide after it.
  await page.keyboard.press('p');
  await expectSlide(page, 6, 13);
  await expect(presenterIndicator).toHaveText('Slide 6 of 13');
  await expect(heading).toHaveText(await slideHeading(page).textContent());
  await expect(outOfStep).toHaveCount(0);
  await view.getByRole('button', { name: 'Next slide' }).click();
  await expectSlide(page, 7, 13);
  // Home goes to the first slide, in both windows.
  await page.keyboard.press('Home');
  await expectSlide(page, 1, 13);
  await expect(presenterIndicator).toHaveText('Slide 1 of 13');
  await expect(heading).toHaveText(BRIEFING_TITLE);

  // Started again with another filter: the presenter view shows that deck, at its slides.
  await page.keyboard.press('Escape');
  await industryButton(page, /New energy/).click();
  await presentButton(page).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3, 9);
  await expect(presenterIndicator).toHaveText('Slide 3 of 9');
  await expect(heading).toHaveText(await slideHeading(page).textContent());
  await expect.poll(() => presenter.evaluate(() => location.hash)).toBe('#industry=new-energy&slide=3&presenter');
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(page, 4, 9);
});

test('b, . and w in the presenter view blank the audience\'s screen and bring it back; the presenter view says so, and follows the audience\'s own keys', async ({ page, context }) => {
  await open(page, '#slide=4');
  await expectSlide(page, 4);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const { view, indicator: presenterIndicator } = presenterParts(presenter);
  await expect(presenterIndicator).toHaveText('Slide 4 of 13');
  const blank = dialog(page).locator('.slide-blank');
  const blankedStatus = view.getByRole('status').filter({ hasText: "The audience's screen is blanked" });

  // A clicker's "blank screen" button (b) in the presenter's window blanks the room's screen.
  await presenter.keyboard.press('b');
  await expect(blank).toBeVisible();
  expect(await blank.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(0, 0, 0)');
  await expect(blankedStatus).toHaveText("The audience's screen is blanked to black. Press any key to show the slide again.");
  await expect(presenter.locator('.slide-blank')).toHaveCount(0);
  await expectNoA11yViolations(presenter);
  // Pressed again, the slide is back in both windows, at the same slide.
  await presenter.keyboard.press('b');
  await expect(blank).toHaveCount(0);
  await expect(blankedStatus).toHaveCount(0);
  await expectSlide(page, 4, 13);
  await expect(presenterIndicator).toHaveText('Slide 4 of 13');

  // w blanks it to white; any key brings the slide back and does nothing else, as in the
  // audience's window.
  await presenter.keyboard.press('w');
  await expect(blankedStatus).toHaveText("The audience's screen is blanked to white. Press any key to show the slide again.");
  expect(await blank.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 255, 255)');
  await presenter.keyboard.press('ArrowRight');
  await expect(blank).toHaveCount(0);
  await expect(blankedStatus).toHaveCount(0);
  await expectSlide(page, 4, 13);

  // The audience's window blanked and brought back by its own keys: the presenter view keeps
  // in step.
  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await expect(blankedStatus).toHaveText(/blanked to black/);
  await page.keyboard.press('x');
  await expect(blank).toHaveCount(0);
  await expect(blankedStatus).toHaveCount(0);
  await presenter.keyboard.press('.');
  await expect(blank).toBeVisible();
  await blank.click();
  await expect(blankedStatus).toHaveCount(0);
  // Not blanked, the presenter's keys move the slides again.
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(page, 5, 13);
});

test('the presenter view moves only the deck it was opened from, on its own page', async ({ page, context }) => {
  // Another filter of the same page, and the same deck at another address of the site's page
  // (another folder's site, or another one-file build, has another path in the same way).
  await open(page, '#industry=new-energy&slide=1');
  const otherFilter = await context.newPage();
  await open(otherFilter, '#industry=magnesium-alloys&slide=1');
  const otherPath = await context.newPage();
  await otherPath.goto('./index.html#industry=new-energy&slide=1');
  await expect(indicator(otherPath)).toHaveText(/^Slide 1 of \d+$/);
  const presenter = await context.newPage();
  await presenter.goto('./#industry=new-energy&slide=1&presenter');
  const { indicator: presenterIndicator } = presenterParts(presenter);
  await expect(presenterIndicator).toHaveText('Slide 1 of 9');
  for (let move = 0; move < 3; move += 1) await presenter.keyboard.press('ArrowRight');
  await expectSlide(page, 4, 9);
  await expect(presenterIndicator).toHaveText('Slide 4 of 9');
  await expectSlide(otherFilter, 1);
  await expectSlide(otherPath, 1);
});

test('on a laptop the presenter view holds a project\'s notes and sentences without scrolling; on a phone, one column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#slide=4&presenter');
  const view = page.getByRole('region', { name: `Presenter view: ${BRIEFING_TITLE}` });
  await expect(view.getByRole('region', { name: 'From the source' })).toContainText('He urged the relevant');
  // The notes and the sentences sit beside the slides: nothing below the window.
  const overflow = await view.evaluate((element) => element.scrollHeight - element.clientHeight);
  expect(overflow).toBeLessThanOrEqual(1);
  // Baowu's five sentences beside its notes, on a projector's laptop at 1920×1080.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./#slide=9&presenter');
  await expect(view.locator('#presenter-current-heading')).toHaveText('Baowu magnesium die-casting');
  await expect(view.getByRole('region', { name: 'From the source' })).toContainText('high-end, intelligent, green');
  expect(await view.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeLessThanOrEqual(1);
  // And on the common laptops, 1366×768 and 1280×720, where they ran 28 and 78 px past the end.
  for (const [width, height] of [[1366, 768], [1280, 720]]) {
    await page.setViewportSize({ width, height });
    await expect.poll(() => view.evaluate((element) => element.scrollHeight - element.clientHeight), `${width}×${height}`).toBeLessThanOrEqual(1);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  const lefts = await Promise.all(['.presenter-current', '.presenter-notes', '.presenter-sources', '.presenter-next']
    .map((selector) => view.locator(selector).evaluate((element) => Math.round(element.getBoundingClientRect().left))));
  expect(new Set(lefts).size, 'one column on a phone').toBe(1);
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
  // Focus in the controls keeps them from fading (with the pointer still for 3 s) under axe.
  await dialog(page).getByRole('button', { name: 'Next slide' }).focus();
  await expectNoA11yViolations(page, { include: '.presentation' });
});

/** The body's size on the current slide, and how far its content overflows the slide. */
const slideFit = (page) => dialog(page).locator('.slide').evaluate((slide) => ({
  body: parseFloat(getComputedStyle(slide).fontSize),
  overflow: slide.scrollHeight - slide.clientHeight,
  fill: slide.firstElementChild.getBoundingClientRect().height / slide.clientHeight,
}));

test('on a tablet held upright slides grow into the height, and no word of the overview breaks', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  // The width alone gives 18px; the slides used a quarter of the screen's height at that size.
  for (const slide of [1, 3, 5, 8, 13]) {
    await open(page, `#slide=${slide}`);
    await expect.poll(async () => (await slideFit(page)).body, `slide ${slide} grew`).toBeGreaterThan(28);
    expect((await slideFit(page)).overflow, `slide ${slide} fits`).toBeLessThanOrEqual(1);
  }
  // The overview grows only as far as each word still fits its column: grown to the height,
  // "construction" broke into "constructi" and "on".
  await open(page, '#slide=2');
  await expect(slideHeading(page)).toHaveText('Projects in view');
  await expect.poll(async () => (await slideFit(page)).body).toBeGreaterThan(18.5);
  expect(await brokenWords(page)).toEqual([]);
});

/** The words of the overview slide's table in `slides` (the bundled briefing's by default) laid out on two lines. */
const brokenWords = (page, slides = dialog(page)) => slides.locator('.slide-table').evaluate((table) => {
  const words = [];
  for (const cell of table.querySelectorAll('th, td')) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // A word, up to a space or a hyphen ("die-casting" may break after its hyphen).
      for (const match of node.data.matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        // A word laid out on two lines has two boxes.
        if (range.getClientRects().length > 1) words.push(match[0]);
      }
    }
  }
  return words;
});

test('on a laptop and a projector each of the overview\'s cells is one line: the status has its room', async ({ page }) => {
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await open(page, '#slide=2');
    await expect(slideHeading(page)).toHaveText('Projects in view');
    // At 18% of the table, "Under construction" took two lines beside names with room to spare.
    await expect.poll(() => dialog(page).locator('.slide-table').evaluate((table) => [...table.querySelectorAll('th, td')]
      .filter((cell) => {
        // The text's boxes, a line's apart (not a swatch's box beside its words).
        const tops = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          tops.push(...[...range.getClientRects()].map((box) => box.top));
        }
        return tops.some((top) => Math.abs(top - tops[0]) > 8);
      })
      .map((cell) => cell.textContent.trim())), { message: `${width}×${height}` }).toEqual([]);
  }
});

test('the overview slide never splits a long capacity figure, at any screen size', async ({ page }) => {
  // The Bright Panel line made a thousand trillion panels a year: the number, with its quote and
  // the source's sentence, is the longest a capacity can be written.
  const made = fs.readFileSync(new URL('../data/semiconductors.json', import.meta.url), 'utf8')
    .replaceAll('2,500,000 panels', '1,000,000,000,000,000 panels')
    .replace('"value": 2500000', '"value": 1000000000000000');
  await page.route('**/data/briefings.json', (route) => route.fulfill({ body: made, contentType: 'application/json' }));
  for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 768], [820, 1180]]) {
    await page.setViewportSize({ width, height });
    await open(page, '#briefing=all&slide=2');
    const slides = page.getByRole('dialog', { name: /^Presentation:/ });
    const row = slides.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Bright Panel line', exact: true }) });
    const figure = row.getByRole('cell').last();
    await expect(figure).toHaveText('1,000,000,000,000,000 panels / year');
    // The slide fits itself to the screen over a frame or two after a resize; the words are
    // read once it has settled.
    await expect.poll(() => brokenWords(page, slides), { message: `${width}×${height}` }).toEqual([]);
    // The number stays within its column.
    const overrun = await figure.evaluate((cell) => cell.querySelector('.slide-figure-number').getBoundingClientRect().right
      - (cell.getBoundingClientRect().right - parseFloat(getComputedStyle(cell).paddingRight)));
    expect(overrun, `${width}×${height}`).toBeLessThanOrEqual(0.5);
  }
});

test('on a 4:3 projector slides grow into the spare height as far as they fit, and go back at 16:9', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  // The width alone gives 17px (18 at least); the height, as at 1920×1080, 22.8px.
  await open(page, '#slide=2');
  await expect(slideHeading(page)).toHaveText('Projects in view');
  await expect.poll(async () => (await slideFit(page)).body).toBeGreaterThan(22.5);
  for (const slide of [1, 4, 7, 11]) {
    await open(page, `#slide=${slide}`);
    // Grown above the width's 18px, and so filling more of the height than it did. The slide is
    // fitted after its first paint, so the size is waited for, not read once (it read 18 once).
    await expect.poll(async () => (await slideFit(page)).body, `slide ${slide} grew`).toBeGreaterThan(18.5);
    const fit = await slideFit(page);
    expect(fit.overflow, `slide ${slide} fits`).toBeLessThanOrEqual(1);
  }
  // The grown chart's tick labels do not run into each other ("800,000" into "1,000,000"):
  // a crowded one is left out, the scale's ends stay.
  await open(page, '#slide=5');
  await expect(slideHeading(page)).toHaveText('New energy');
  const ticks = dialog(page).locator('.slide-tick');
  await expect(ticks.first()).toBeVisible();
  const shown = await ticks.evaluateAll((elements) => elements
    .filter((element) => element.checkVisibility({ visibilityProperty: true }))
    .map((element) => { const box = element.getBoundingClientRect(); return { text: element.textContent, left: box.left, right: box.right }; }));
  expect(shown[0].text).toBe('0');
  expect(shown.at(-1).text).toBe('1,000,000');
  for (let index = 1; index < shown.length; index += 1) {
    expect(shown[index].left, `${shown[index - 1].text} then ${shown[index].text}`).toBeGreaterThan(shown[index - 1].right);
  }
  // A project's slide, dense with notes, grows only as far as it still fits.
  await open(page, '#slide=7');
  await expect(slideHeading(page)).toHaveText('BYD drive motors');
  await expect.poll(async () => (await slideFit(page)).fill).toBeGreaterThan(0.7);
  const project = await slideFit(page);
  expect(project.body).toBeLessThan(22.5);
  // Back at 16:9 the slide is set as it was designed, 32px, whatever it was grown to before.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(async () => (await slideFit(page)).body).toBeCloseTo(32, 0);
});

/** A page whose fullscreen is the test's to give and take (`window.__fullscreen`). */
async function fakeFullscreen(page) {
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
}

test('a refused fullscreen request leaves no error, and leaving fullscreen ends the slides', async ({ page }) => {
  await fakeFullscreen(page);
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
  // A stray Esc mid-talk costs no presses: started again, the slides resume at the slide they
  // were left at, in fullscreen.
  await presentButton(page).click();
  await expectSlide(page, 2);
  expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
});

test('opening the presenter view keeps the slides when the browser leaves fullscreen for its window', async ({ page, context }) => {
  await fakeFullscreen(page);
  // Firefox and WebKit leave fullscreen as the new window takes the focus.
  await page.addInitScript(() => {
    const open = window.open;
    window.open = function openLeavingFullscreen(...args) {
      const opened = open.apply(this, args);
      window.__fullscreen = null;
      document.dispatchEvent(new Event('fullscreenchange'));
      return opened;
    };
  });
  await open(page);
  await page.evaluate(() => { window.__refuse = false; });
  await page.keyboard.press('p');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  const popup = context.waitForEvent('page');
  await page.keyboard.press('s');
  await (await popup).waitForLoadState();
  // The audience's window still shows the slides, at the same one, and still follows keys.
  await expect(dialog(page)).toBeVisible();
  await expectSlide(page, 2);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 3);
});

test('Back while presenting returns to the filtered view the slides began from, out of fullscreen', async ({ page }) => {
  await fakeFullscreen(page);
  await open(page);
  await page.evaluate(() => { window.__refuse = false; });
  await industryButton(page, /New energy/).click();
  await expect(page).toHaveURL(/#industry=new-energy$/);
  await presentButton(page).click();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await page.goBack();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/#industry=new-energy$/);
  await expect(industryButton(page, /New energy/)).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.fullscreenElement)).toBe(null);
});

test('After Esc ends the slides, one Back goes to the view before the one they began from', async ({ page }) => {
  await open(page);
  await industryButton(page, /New materials/).click();
  await expect(page).toHaveURL(/#industry=new-materials$/);
  await presentButton(page).click();
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 2);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(/#industry=new-materials$/);
  await expect(industryButton(page, /New materials/)).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(industryButton(page, /New materials/)).toHaveAttribute('aria-pressed', 'false');
  expect(new URL(page.url()).hash).toBe('');
});

test('b, . and w blank the screen until any key or a click; Enter and Backspace move; Space moves even after a click', async ({ page }) => {
  await open(page, '#slide=3');
  await expectSlide(page, 3);
  const blank = dialog(page).locator('.slide-blank');
  const said = dialog(page).locator('.visually-hidden[aria-live="polite"]');
  await page.keyboard.press('b');
  await expect(blank).toBeVisible();
  expect(await blank.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(0, 0, 0)');
  await expect(said).toHaveText('The screen is blanked. Press any key to show the slide again.');
  // Any key brings the slide back and does nothing else.
  await page.keyboard.press('ArrowRight');
  await expect(blank).toHaveCount(0);
  await expect(said).toHaveText('');
  await expectSlide(page, 3);
  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await blank.click();
  await expect(blank).toHaveCount(0);
  await page.keyboard.press('w');
  expect(await blank.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 255, 255)');
  await page.keyboard.press('x');
  await expect(blank).toHaveCount(0);
  await expectSlide(page, 3);

  // PowerPoint's Enter and Backspace.
  await page.keyboard.press('Enter');
  await expectSlide(page, 4);
  await page.keyboard.press('Backspace');
  await expectSlide(page, 3);
  // After a click on a control, Space and Enter still move on and Shift+Space back: they do
  // not press the control clicked again.
  await dialog(page).getByRole('button', { name: 'Previous slide' }).click();
  await expectSlide(page, 2);
  await page.keyboard.press('Space');
  await expectSlide(page, 3);
  await dialog(page).getByRole('button', { name: 'Previous slide' }).click();
  await page.keyboard.press('Enter');
  await expectSlide(page, 3);
  await dialog(page).getByRole('button', { name: 'Next slide' }).click();
  await expectSlide(page, 4);
  await page.keyboard.press('Shift+Space');
  await expectSlide(page, 3);
});

test('Tab goes round the slides\' controls and never leaves the dialog', async ({ page }) => {
  await open(page);
  await page.keyboard.press('p');
  await expectSlide(page, 1);
  const exit = dialog(page).getByRole('button', { name: 'Exit presentation' });
  await exit.focus();
  for (let press = 0; press < 8; press += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog(page).evaluate((element) => element.contains(document.activeElement) && element !== document.activeElement)).toBe(true);
  }
  await exit.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(exit).toBeFocused();
});

test('F5 and Shift+F5 keep the slides; f and a control go back into fullscreen where the slides are without it', async ({ page }) => {
  await fakeFullscreen(page);
  // A link to a slide (or a reload) shows the slides without fullscreen: a control offers it.
  await open(page, '#slide=4');
  const control = dialog(page).getByRole('button', { name: 'Full screen' });
  await expect(control).toBeVisible();
  await expect(control).toHaveAttribute('aria-keyshortcuts', 'f');
  // A clicker's "start slideshow" does not reload the page.
  const prevented = await page.evaluate(() => [false, true].map((shiftKey) => {
    const event = new KeyboardEvent('keydown', { key: 'F5', shiftKey, bubbles: true, cancelable: true });
    return !document.body.dispatchEvent(event);
  }));
  expect(prevented).toEqual([true, true]);
  // It goes back into fullscreen, at the same slide.
  await page.evaluate(() => { window.__refuse = false; });
  await page.keyboard.press('Shift+F5');
  expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await expect(control).toBeHidden();
  await expectSlide(page, 4);

  await open(page, '#slide=5');
  await page.evaluate(() => { window.__refuse = false; });
  await page.keyboard.press('f');
  expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await expectSlide(page, 5);
  // Leaving a fullscreen asked for from the slides goes back to them, at the same slide, with
  // the control to go back in: the slides were on screen before it, and a notification or a
  // screen-sharing tool that takes fullscreen away must not end them.
  await page.evaluate(() => { window.__fullscreen = null; document.dispatchEvent(new Event('fullscreenchange')); });
  await expect(control).toBeVisible();
  await expectSlide(page, 5);

  await open(page, '#slide=6');
  await page.evaluate(() => { window.__refuse = false; });
  await dialog(page).getByRole('button', { name: 'Full screen' }).click();
  expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await expectSlide(page, 6);
  await page.evaluate(() => document.exitFullscreen());
  await expect(control).toBeVisible();
  await expectSlide(page, 6);
  // Slides started in fullscreen (p, here at the slide they were left at) still end with it:
  // Esc in fullscreen never reaches the page.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await page.keyboard.press('p');
  await expectSlide(page, 6);
  await page.evaluate(() => document.exitFullscreen());
  await expect(dialog(page)).toBeHidden();
});

const keyHelp = (page, name = 'Keys for the slides') => page.getByRole('dialog', { name });

/** The key help's lines, each its keys and what they do: "B .: Blank the screen to black". */
const keyHelpRows = (help) => help.locator('.key-help-row').evaluateAll((rows) => rows.map((row) => {
  const keys = [...row.querySelectorAll('dt kbd')].map((key) => key.textContent).join(' ');
  return `${keys}: ${row.querySelector('dd').textContent}`;
}));

test('? lists every key the slides answer, in a dialog over them; ? or Esc closes it and the slides stay', async ({ page }) => {
  await open(page, '#slide=3');
  await expectSlide(page, 3);
  // The bar says the list is there.
  const button = dialog(page).getByRole('navigation', { name: 'Slide controls' }).getByRole('button', { name: '? Keys' });
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-keyshortcuts', '?');
  await expect(keyHelp(page)).toHaveCount(0);
  // ? is Shift+/ on a US keyboard.
  await page.keyboard.press('Shift+Slash');
  const help = keyHelp(page);
  await expect(help).toBeVisible();
  await expect(help).toHaveAttribute('aria-modal', 'true');
  await expect(help).toBeFocused();
  expect(await keyHelpRows(help)).toEqual([
    '→ ↓ Page Down Space Enter: Next slide',
    '← ↑ Page Up Shift+Space Backspace: Previous slide',
    'Home: First slide',
    'End: Last slide',
    'B .: Blank the screen to black',
    'W: Blank the screen to white',
    'Any key: Show the slide again after blanking',
    'S: Open the presenter view',
    'F F5: Full screen',
    '? H: Show or hide this list',
    'Esc: Exit presentation',
  ]);
  await expect(help).toContainText('Press ? or Esc to close this list.');
  await expectNoA11yViolations(page, { include: '.key-help' });
  // Modal over the slides: their keys leave them as they are, and Tab stays in the list.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('b');
  await expect(dialog(page).locator('.slide-blank')).toHaveCount(0);
  await expectSlide(page, 3);
  const close = help.getByRole('button', { name: 'Close' });
  for (const press of ['Tab', 'Tab', 'Shift+Tab']) {
    await page.keyboard.press(press);
    await expect(close).toBeFocused();
  }
  // Esc closes the list, not the slides, and focus goes back where it was.
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(dialog(page)).toBeVisible();
  await expectSlide(page, 3);
  await expect(dialog(page)).toBeFocused();
  // ? closes it too, and h opens it; then the keys move the slides again.
  await page.keyboard.press('Shift+Slash');
  await expect(help).toBeVisible();
  await page.keyboard.press('Shift+Slash');
  await expect(help).toHaveCount(0);
  await page.keyboard.press('h');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, 4);
  // Opened from the bar with the keyboard, it gives focus back to the button.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(help).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
  // Opened with the mouse, a click beside it closes it.
  await button.click();
  await expect(help).toBeVisible();
  await page.mouse.click(20, 20);
  await expect(help).toHaveCount(0);
  await expectSlide(page, 4);

  // In Chinese, in Chinese; the keys keep the names printed on them.
  await page.goto('./#lang=zh&slide=2');
  await expect(page.getByRole('button', { name: '? 快捷键' })).toBeVisible();
  await page.keyboard.press('Shift+Slash');
  const chinese = keyHelp(page, '演示快捷键');
  await expect(chinese).toBeVisible();
  expect(await keyHelpRows(chinese)).toEqual([
    '→ ↓ Page Down 空格 Enter: 下一页',
    '← ↑ Page Up Shift+空格 Backspace: 上一页',
    'Home: 第一页',
    'End: 最后一页',
    'B .: 黑屏',
    'W: 白屏',
    '任意键: 黑屏或白屏时重新显示幻灯片',
    'S: 打开演讲者视图',
    'F F5: 全屏',
    '? H: 显示或隐藏此列表',
    'Esc: 退出演示',
  ]);
  await expect(chinese).toContainText('按 ? 或 Esc 关闭此列表。');
  await expect(chinese.getByRole('button', { name: '关闭' })).toBeVisible();
});

test('in fullscreen, the Esc that closes the key help leaves the slides on screen', async ({ page }) => {
  await fakeFullscreen(page);
  await open(page);
  await page.evaluate(() => { window.__refuse = false; });
  await page.keyboard.press('p');
  await expectSlide(page, 1);
  expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
  await page.keyboard.press('Shift+Slash');
  await expect(keyHelp(page)).toBeVisible();
  // Esc in real fullscreen never reaches the page: the browser leaves fullscreen, and the page
  // sees only that.
  await page.evaluate(() => { window.__fullscreen = null; document.dispatchEvent(new Event('fullscreenchange')); });
  await expect(keyHelp(page)).toHaveCount(0);
  await expectSlide(page, 1);
  await expect(dialog(page).getByRole('button', { name: 'Full screen' })).toBeVisible();
});

test('? in the presenter view lists the presenter view\'s keys, in its own window only', async ({ page, context }) => {
  await open(page, '#slide=4');
  await expectSlide(page, 4);
  // Whatever the presenter view does, the room's screen never shows a key help.
  await page.evaluate(() => {
    window.__keyHelpShown = false;
    new MutationObserver(() => { window.__keyHelpShown ||= Boolean(document.querySelector('.key-help')); })
      .observe(document.body, { childList: true, subtree: true });
  });
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const { view, indicator: presenterIndicator } = presenterParts(presenter);
  await expect(presenterIndicator).toHaveText('Slide 4 of 13');
  await expect(view.getByRole('button', { name: '? Keys' })).toBeVisible();
  await presenter.keyboard.press('Shift+Slash');
  const help = keyHelp(presenter);
  await expect(help).toBeVisible();
  await expect(help).toBeFocused();
  // Its moves move the room's slides too, its b, . and w blank the room's screen; it has no
  // Esc, S or F of its own.
  expect(await keyHelpRows(help)).toEqual([
    '→ ↓ Page Down Space Enter: Next slide',
    '← ↑ Page Up Shift+Space Backspace: Previous slide',
    'Home: First slide',
    'End: Last slide',
    "B .: Blank the audience's screen to black",
    "W: Blank the audience's screen to white",
    'Any key: Show the slide again after blanking',
    '? H: Show or hide this list',
  ]);
  await expectNoA11yViolations(presenter);
  // Under the list the keys move nothing, here or in the room.
  await presenter.keyboard.press('ArrowRight');
  await expect(presenterIndicator).toHaveText('Slide 4 of 13');
  await presenter.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(view).toBeFocused();
  // The next move reaches the room's window after anything said before it.
  await presenter.keyboard.press('ArrowRight');
  await expectSlide(page, 5, 13);
  await expect(dialog(page)).toBeVisible();
  expect(await page.evaluate(() => window.__keyHelpShown)).toBe(false);
});

test('the slides\' buttons fade with the pointer still for 3 s, leaving the slide number; a move or focus in the bar brings them back', async ({ page }) => {
  await page.clock.install();
  await open(page, '#slide=3');
  await expectSlide(page, 3, 13);
  const controls = dialog(page).getByRole('navigation', { name: 'Slide controls' });
  const buttons = controls.getByRole('button');
  const opacities = () => buttons.evaluateAll((all) => all.map((button) => getComputedStyle(button).opacity));
  const next = controls.getByRole('button', { name: 'Next slide' });
  // From here the page's time moves only as the test moves it.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.mouse.move(960, 400);
  await expect(next).toHaveCSS('opacity', '1');
  await page.clock.runFor(2900);
  await expect(next).toHaveCSS('opacity', '1');
  await page.clock.runFor(200);
  await expect(next).toHaveCSS('opacity', '0');
  await expect.poll(opacities).toEqual(Array(await buttons.count()).fill('0'));
  // The room still sees which slide it is.
  const number = controls.getByText('Slide 3 of 13');
  await expect(number).toBeVisible();
  await expect(number).toHaveCSS('opacity', '1');
  // The keys move the slides without bringing the buttons back; a move of the pointer does.
  await page.keyboard.press('ArrowRight');
  // (The address follows on a timer, which the paused clock holds.)
  await expect(indicator(page)).toHaveText('Slide 4 of 13');
  await expect(next).toHaveCSS('opacity', '0');
  await page.mouse.move(900, 420);
  await expect(next).toHaveCSS('opacity', '1');
  await page.clock.runFor(3100);
  await expect(next).toHaveCSS('opacity', '0');
  // Focus in the bar shows it, for as long as focus stays there.
  await page.keyboard.press('Tab');
  await expect(controls.getByRole('button', { name: '? Keys' })).toBeFocused();
  await expect.poll(opacities).toEqual(Array(await buttons.count()).fill('1'));
  await page.clock.runFor(5000);
  await expect(next).toHaveCSS('opacity', '1');
  // They fade; with reduced motion they go and come at once.
  expect(await next.evaluate((button) => getComputedStyle(button).transitionDuration)).not.toBe('0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await next.evaluate((button) => getComputedStyle(button).transitionDuration)).toBe('0s');
});

// The slides at a reader's zoom and on small screens, and what a screen reader reads of them
// (an accessibility review and a native Chinese reader's review).

/** The slides' dialog, in English or Chinese. */
const slidesDialog = (page) => page.getByRole('dialog', { name: /^(Presentation: |演示：)/ });

/** Opens the page afresh at `hash`: a language chosen by an earlier address stays for an
 *  address without `lang=` opened in the same document. */
async function openAfresh(page, hash) {
  await page.goto('about:blank');
  await page.goto(`./${hash}`);
}

/** The deck's size, from the slide number ("Slide 2 of 13", "第 2 / 13 页"). */
const deckSize = async (slides) => Number(/(\d+)\D*$/.exec(await slides.locator('.slide-indicator').textContent())[1]);

/** How far apart, top to bottom, the lines holding `text` lie in `root` (0 when it is on one
 *  line), and the type's size there: `text` may span several elements ("84万" in one, " sets/年"
 *  in the next). Every occurrence is measured; the widest spread is returned. */
const spreadOf = (root, text) => root.evaluate((element, wanted) => {
  const nodes = [];
  let all = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes.push({ node, start: all.length });
    all += node.data;
  }
  const at = (offset, atEnd) => {
    const { node, start } = nodes.findLast((piece) => (atEnd ? piece.start < offset : piece.start <= offset));
    return [node, offset - start];
  };
  let spread = null;
  let size = 0;
  for (let found = all.indexOf(wanted); found >= 0; found = all.indexOf(wanted, found + 1)) {
    const range = document.createRange();
    range.setStart(...at(found, false));
    range.setEnd(...at(found + wanted.length, true));
    const tops = [...range.getClientRects()].filter((box) => box.width > 0).map((box) => box.top);
    spread = Math.max(spread ?? 0, Math.max(...tops) - Math.min(...tops));
    size = parseFloat(getComputedStyle(range.startContainer.parentElement).fontSize);
  }
  return { spread, size };
}, text);

/** Where two pieces of a slide's text stand apart on the screen (on two lines, or more than a
 *  fifth of an em apart) but run together in what is read of it (innerText, which a screen
 *  reader's line and a copy follow): "840,000 sets / yearof drive motors". */
const runTogether = (slide) => slide.evaluate((element) => {
  const read = element.innerText;
  const pieces = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A word joiner alone (before a reading note, keeping it on its term's line) is no piece.
    if (node.data.replace(/\u2060/g, '').trim() && node.parentElement.checkVisibility({ visibilityProperty: true })) pieces.push(node);
  }
  const box = (node, start) => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + 1);
    return range.getBoundingClientRect();
  };
  const joined = [];
  pieces.forEach((node, index) => {
    const following = pieces[index + 1];
    if (!following) return;
    const last = node.data.trimEnd();
    const first = following.data.trimStart();
    const end = box(node, last.length - 1);
    const start = box(following, following.data.length - first.length);
    const em = parseFloat(getComputedStyle(following.parentElement).fontSize);
    const apart = start.top >= end.bottom - 1 || start.left - end.right > em / 5;
    const words = `${last.split(/\s+/).pop()}${first.split(/\s+/)[0]}`;
    // Words said after an element (`data-spoken-after`, generated by the style sheet and so
    // missing from innerText) part it from what follows when read aloud; so do words said and
    // not seen (`.spoken-inline`), a reading note's brackets, from the words on either side:
    // "Ningbo（应理解为：", "visit),".
    const spokenAfter = node.parentElement.closest('[data-spoken-after], .spoken-inline');
    const spokenNext = following.parentElement.closest('.spoken-inline');
    const partedBySpeech = (spokenAfter && !spokenAfter.contains(following)) || (spokenNext && !spokenNext.contains(node));
    if (apart && !partedBySpeech && read.includes(words)) joined.push(words);
  });
  return joined;
});

test('at 320 px wide (400% zoom) no slide runs past the screen: the overview stacks each project, its capacity whole under its name', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    for (const [width, height] of [[320, 568], [320, 256]]) {
      await page.setViewportSize({ width, height });
      await page.goto(`./#slide=1${lang === 'zh' ? '&lang=zh' : ''}`);
      const slides = slidesDialog(page);
      await expect(slides.locator('.slide')).toHaveAttribute('data-slide', '1');
      const total = await deckSize(slides);
      for (let number = 1; number <= total; number += 1) {
        const label = `${lang} ${width}×${height}, slide ${number} of ${total}`;
        await expect(slides.locator('.slide')).toHaveAttribute('data-slide', String(number));
        // Nothing to scroll sideways to, in the slide or in its controls.
        const sideways = await slides.evaluate((presentation) => ['.slide', '.slide-controls']
          .map((selector) => presentation.querySelector(selector))
          .map((part) => part.scrollWidth - part.clientWidth));
        expect(sideways, `${label}: runs past the screen's width`).toEqual([0, 0]);
        if (number < total) await page.keyboard.press('ArrowRight');
      }
      // Each project of the overview is whole on the screen, its capacity under its name.
      await page.goto(`./#slide=2${lang === 'zh' ? '&lang=zh' : ''}`);
      const slide = slides.locator('.slide');
      await expect(slide).toHaveAttribute('data-slide', '2');
      const slideBox = await slide.boundingBox();
      for (const [name, figure] of [
        ['BYD drive motors', lang === 'zh' ? '84万 sets/年' : '840,000 sets / year'],
        ['Baowu magnesium die-casting', lang === 'zh' ? '6万 tons/年' : '60,000 tons / year'],
      ]) {
        const row = slides.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
        const capacity = row.getByRole('cell').last();
        await expect(capacity).toHaveText(figure);
        const nameBox = await row.getByRole('rowheader').boundingBox();
        const textBox = await capacity.evaluate((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          const { left, right } = range.getBoundingClientRect();
          return { left, right };
        });
        const capacityBox = await capacity.boundingBox();
        expect(textBox.left, `${lang} ${width}×${height}: ${name}'s capacity starts in the slide`).toBeGreaterThanOrEqual(slideBox.x);
        expect(textBox.right, `${lang} ${width}×${height}: ${name}'s capacity ends in the slide`).toBeLessThanOrEqual(slideBox.x + slideBox.width);
        expect(capacityBox.y, `${lang} ${width}×${height}: ${name}'s capacity under its name`).toBeGreaterThanOrEqual(nameBox.y + nameBox.height - 1);
      }
    }
  }
});

test('the slides\' controls never overlap: a click at each one\'s centre lands on it, from 320 px to 1920, in both languages, with and without Full screen', async ({ page }) => {
  await fakeFullscreen(page);
  for (const lang of ['en', 'zh']) {
    for (const [width, height] of [[640, 360], [320, 568], [1920, 1080]]) {
      for (const inFullscreen of [false, true]) {
        const label = `${lang} ${width}×${height}, ${inFullscreen ? 'in fullscreen' : 'with Full screen'}`;
        await page.setViewportSize({ width, height });
        // A fresh page each time: fullscreen, faked, is the page's to leave.
        await openAfresh(page, `#slide=2${lang === 'zh' ? '&lang=zh' : ''}`);
        const slides = slidesDialog(page);
        const bar = slides.getByRole('navigation');
        const fullscreen = bar.getByRole('button', { name: lang === 'zh' ? '全屏' : 'Full screen' });
        await expect(fullscreen).toBeVisible();
        if (inFullscreen) {
          await page.evaluate(() => { window.__refuse = false; });
          await page.keyboard.press('f');
          await expect(fullscreen).toBeHidden();
        }
        const layout = await bar.evaluate((nav) => {
          const shown = (element) => element.checkVisibility() && element.getBoundingClientRect().width > 0;
          const buttons = [...nav.querySelectorAll('button')].filter(shown);
          const parts = [...buttons, ...[...nav.querySelectorAll('.slide-indicator')].filter(shown)]
            .map((element) => ({ element, name: element.getAttribute('aria-label') ?? element.textContent.trim(), box: element.getBoundingClientRect() }));
          const overlaps = [];
          parts.forEach((a, index) => parts.slice(index + 1).forEach((b) => {
            if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom) overlaps.push(`${a.name} × ${b.name}`);
          }));
          const covered = parts.filter(({ element }) => element.tagName === 'BUTTON').flatMap(({ element, name, box }) => {
            const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return element.contains(hit) ? [] : [`${name} under ${hit?.closest('button')?.textContent.trim() ?? hit?.className}`];
          });
          const offScreen = parts.filter(({ box }) => box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight).map(({ name }) => name);
          // A button's label on one line: "Presenter view" on two stood over Next.
          const wrapped = parts.filter(({ element }) => element.tagName === 'BUTTON').filter(({ element }) => {
            const range = document.createRange();
            range.selectNodeContents(element);
            const tops = [...range.getClientRects()].map((box) => box.top);
            return Math.max(...tops) - Math.min(...tops) > parseFloat(getComputedStyle(element).fontSize) / 2;
          }).map(({ name }) => name);
          const rows = new Set(parts.map(({ box }) => Math.round((box.top + box.bottom) / 8))).size;
          return { buttons: buttons.length, overlaps, covered, offScreen, wrapped, rows };
        });
        expect(layout.buttons, label).toBeGreaterThanOrEqual(inFullscreen ? 4 : 5);
        expect(layout.overlaps, `${label}: controls overlap`).toEqual([]);
        expect(layout.covered, `${label}: a click at a button's centre lands elsewhere`).toEqual([]);
        expect(layout.offScreen, `${label}: a control is off screen`).toEqual([]);
        expect(layout.wrapped, `${label}: a button's label wraps`).toEqual([]);
        // Where there is room, one row: the bar takes no more of the slide's height than it needs.
        if (width === 1920) expect(layout.rows, `${label}: rows of controls`).toBe(1);
        // Next, clicked where a person sees it, goes on: it opened the presenter view at 640×360.
        const next = bar.getByRole('button', { name: lang === 'zh' ? '下一页' : 'Next slide' });
        const box = await next.boundingBox();
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await expect(slides.locator('.slide'), label).toHaveAttribute('data-slide', '3');
      }
    }
  }
});

test('what is read of a slide keeps its pieces apart: a capacity and what it is of, the source and its note', async ({ page }) => {
  await open(page, '#slide=7');
  const slide = dialog(page).locator('.slide');
  await expect(slideHeading(page)).toHaveText('BYD drive motors');
  // Read as the screen shows it (innerText), and as the text itself runs (textContent, which
  // a copy of the slide's words and some readers take).
  for (const read of ['innerText', 'textContent']) {
    expect(await slide.evaluate((element, property) => element[property], read), read).toMatch(/840,000 sets \/ year\s+of drive motors and electric assembly core parts/);
  }
  await page.keyboard.press('End');
  await expect(slideHeading(page)).toHaveText('End of the briefing');
  for (const read of ['innerText', 'textContent']) {
    expect(await slide.evaluate((element, property) => element[property], read), read).toMatch(/key industrial project construction\s+English machine translation/);
  }
  // On every slide, in both languages: what stands apart on the screen is read apart.
  for (const lang of ['en', 'zh']) {
    await page.goto(`./#slide=1${lang === 'zh' ? '&lang=zh' : ''}`);
    const slides = slidesDialog(page);
    await expect(slides.locator('.slide')).toHaveAttribute('data-slide', '1');
    const total = await deckSize(slides);
    for (let number = 1; number <= total; number += 1) {
      await expect(slides.locator('.slide')).toHaveAttribute('data-slide', String(number));
      expect(await runTogether(slides.locator('.slide')), `${lang} slide ${number}`).toEqual([]);
      if (number < total) await page.keyboard.press('ArrowRight');
    }
  }
  // The presenter view's slides too.
  await openAfresh(page, '#slide=7&presenter');
  const current = page.locator('.presenter-current .slide');
  await expect(current).toHaveAttribute('data-slide', '7');
  expect(await current.innerText()).toContain('840,000 sets / year of drive motors');
  expect(await runTogether(current)).toEqual([]);
});

test('the presenter view nests each slide\'s headings under "Now showing" and "Next", and says the new slide\'s heading at each move', async ({ page }) => {
  await page.goto('./#slide=7&presenter');
  const view = page.getByRole('region', { name: `Presenter view: ${BRIEFING_TITLE}` });
  const now = view.getByRole('region', { name: 'Now showing' });
  const next = view.getByRole('region', { name: 'Next', exact: true });
  await expect(now.getByRole('heading', { name: 'BYD drive motors', level: 3 })).toBeVisible();
  await expect(now.getByRole('heading', { name: 'Asked of the enterprise', level: 4 })).toBeVisible();
  await expect(now.getByRole('heading', { level: 2 })).toHaveText(['Now showing']);
  await expect(next.getByRole('heading', { name: 'Magnesium alloys', level: 3 })).toBeVisible();
  await expect(next.getByRole('heading', { level: 2 })).toHaveText(['Next']);
  // The audience's slides keep theirs at the top of their dialog.
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('status')).toHaveText('Slide 8 of 13: Magnesium alloys');
  await expect(now.getByRole('heading', { name: 'Magnesium alloys', level: 3 })).toBeVisible();
  await openAfresh(page, '#slide=7&presenter&lang=zh');
  const zhView = page.getByRole('region', { name: `演讲者视图：${BRIEFING_TITLE}` });
  await expect(zhView.getByRole('region', { name: '当前页' }).getByRole('heading', { name: 'BYD drive motors', level: 3 })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(zhView.getByRole('status')).toHaveText('第 6 / 13 页：Longdian Huaxin copper foil');
});

test('on a phone a capacity\'s number, unit and period stay on one line, in Chinese too', async ({ page }) => {
  // Phones' widths: at 320 px a project's figure in English ("840,000 sets / year") is wider than
  // the slide, and wraps inside as it must.
  for (const width of [360, 390, 412]) {
    await page.setViewportSize({ width, height: 844 });
    for (const [hash, figures] of [
      ['#slide=2&lang=zh', ['84万 sets/年', '6万 tons/年']],
      ['#slide=7&lang=zh', ['84万 sets/年']],
      ['#slide=9&lang=zh', ['6万 tons/年']],
      ['#slide=2', ['840,000 sets / year', '60,000 tons / year']],
      ['#slide=7', ['840,000 sets / year']],
      ['#slide=9', ['60,000 tons / year']],
    ]) {
      await openAfresh(page, hash);
      const slide = slidesDialog(page).locator('.slide');
      await expect(slide).toHaveAttribute('data-slide', hash.match(/slide=(\d+)/)[1]);
      for (const figure of figures) {
        const { spread, size } = await spreadOf(slide, figure);
        expect(spread, `${width} px, ${hash}: “${figure}” is on the slide`).not.toBeNull();
        expect(spread, `${width} px, ${hash}: “${figure}” is broken across lines`).toBeLessThan(size / 2);
      }
    }
  }
});

test('on a phone, in Chinese, the date that tells a project apart breaks only after its year, on the overview slide and in the chart\'s table', async ({ page }) => {
  await page.route('**/data/briefings.json', (route) => route.fulfill({
    path: new URL('../data/semiconductors.json', import.meta.url).pathname,
    contentType: 'application/json',
  }));
  // At 320 px the overview's rows and the table's first column are narrower than a name with
  // its date, which broke between any two of its Chinese characters ("…2023年5月12" / "日）").
  await page.setViewportSize({ width: 320, height: 640 });
  const runs = ['（2023年', '5月12日）', '（2024年', '3月8日）'];
  const expectWhole = async (root, where) => {
    for (const run of runs) {
      const { spread, size } = await spreadOf(root, run);
      expect(spread, `${where}: “${run}” is there`).not.toBeNull();
      expect(spread, `${where}: “${run}” is broken across lines`).toBeLessThan(size / 2);
    }
  };
  await openAfresh(page, '#briefing=all&slide=2&lang=zh');
  const slide = slidesDialog(page).locator('.slide');
  await expect(slide).toHaveAttribute('data-slide', '2');
  await expect(slide.getByRole('rowheader')).toHaveCount(3);
  await expectWhole(slide, 'the overview slide');
  await openAfresh(page, '#briefing=all&lang=zh');
  const charts = page.getByRole('region', { name: '图表' });
  await charts.getByRole('button', { name: '以表格显示' }).click();
  const table = charts.getByRole('table').first();
  await expect(table.getByRole('rowheader')).toHaveCount(2);
  await expectWhole(table, 'the chart\'s table');
  // Nor is the table wider than its place for it: its figures are not hidden behind a
  // sideways scroll, as they were with each date kept whole on one line.
  const overflow = await table.evaluate((element) => element.getBoundingClientRect().width - element.parentElement.clientWidth);
  expect(overflow, 'the chart\'s table is wider than its place').toBeLessThanOrEqual(0.5);
});

test('printed, the reading notes keep each term\'s Chinese wording whole on one line', async ({ page }) => {
  await page.goto('./#lang=zh');
  await expect(page.locator('.glossary .original').first()).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  const split = [];
  // Paper of any width (A5 to A4 and Letter, less their margins) and any column the notes get.
  for (let width = 420; width <= 820; width += 10) {
    await page.setViewportSize({ width, height: 1000 });
    split.push(...await page.locator('.glossary .original').evaluateAll((originals) => originals.filter((original) => {
      const text = original.firstChild;
      const range = document.createRange();
      // From the opening bracket: a line may end before it.
      range.setStart(text, text.data.length - text.data.trimStart().length);
      range.setEnd(text, text.data.length);
      const tops = [...range.getClientRects()].filter((box) => box.width > 0).map((box) => box.top);
      return Math.max(...tops) - Math.min(...tops) > 2;
    }).map((original) => `${innerWidth} px: ${original.textContent.trim()}`)));
  }
  await page.emulateMedia({ media: 'screen' });
  expect(split).toEqual([]);
});

test('the presenter view gives the source\'s sentences behind every slide, and says what the source does not state', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const view = page.getByRole('region', { name: `Presenter view: ${BRIEFING_TITLE}` });
  const sources = view.getByRole('region', { name: 'From the source, for this slide' });
  /** The sentences under the heading that names `label`, up to the next heading. */
  const under = (label) => sources.getByRole('heading', { name: label, exact: true });
  const quotes = sources.locator('blockquote');

  // The title slide: the header's sentences, each under the facts it states, as the header
  // finds them.
  await page.goto('./#slide=1&presenter&lang=en');
  await expect(view.locator('#presenter-current-heading')).toHaveText(BRIEFING_TITLE);
  await expect(quotes).toHaveCount(2);
  await expect(quotes.first()).toContainText('February 20, mayor Chen Zhichang');
  await expect(quotes.first()).toHaveAttribute('lang', 'en');
  await expect(sources.getByRole('heading', { level: 3 })).toHaveText(['Date · Officials', 'Also present']);

  // The overview: each project under its name, with its status's and capacity's sentences or
  // what is not stated.
  await page.goto('./#slide=2&presenter&lang=en');
  await expect(view.locator('#presenter-current-heading')).toHaveText('Projects in view');
  await expect(under('Longdian Huaxin copper foil')).toBeVisible();
  await expect(sources).toContainText('Longdian Huaxin copper foilStatus not stated · Capacity not stated');
  await expect(sources).toContainText('BYD drive motorsLearning that BYD\'s annual output of 840,000 sets');

  // An industry's chart: the capacity sentence of each bar, and which project states none.
  await page.goto('./#slide=5&presenter&lang=en');
  await expect(view.locator('#presenter-current-heading')).toHaveText('New energy');
  await expect(under('BYD drive motors')).toBeVisible();
  await expect(quotes).toHaveCount(1);
  await expect(quotes).toContainText('840,000 sets of drive motors');
  await expect(sources).toContainText('Longdian Huaxin copper foilCapacity not stated');

  // A directives slide: each directive under its summary, with the reading notes' marks.
  await page.goto('./#slide=11&presenter&lang=en');
  await expect(under('Improve the quality of service to enterprises.')).toBeVisible();
  await expect(quotes).toHaveCount(6);
  await expect(sources).toContainText('To improve the quality');

  // The closing slide: the header's sentences again.
  await page.goto('./#slide=13&presenter&lang=en');
  await expect(view.locator('#presenter-current-heading')).toHaveText('End of the briefing');
  await expect(quotes.first()).toContainText('February 20, mayor Chen Zhichang');

  // In Chinese the interface's words change; the sentences stay in the source's language.
  await page.goto('./#slide=5&presenter&lang=zh');
  const chinese = page.getByRole('region', { name: '本页出处摘录' });
  await expect(chinese).toContainText('Longdian Huaxin copper foil产能未注明');
  await expect(chinese.locator('blockquote')).toHaveAttribute('lang', 'en');
  await page.goto('./#slide=1&presenter&lang=zh');
  await expect(chinese.getByRole('heading', { level: 3 })).toHaveText(['日期 · 领导', '参加人员']);
  await page.goto('./#slide=5&presenter&lang=en');
});

test('the presenter view gives the names no sentence holds in the data\'s language and the facts\' labels in the interface\'s, in either interface language', async ({ page }) => {
  // The bundled briefing, in English, with one of those present renamed: no sentence names him.
  await page.route('**/data/briefings.json', async (route) => {
    const response = await route.fetch();
    const data = await response.json();
    data.briefings[0].participants = ['Liu Wei', 'Zhou Qiang', 'Huang Hui'];
    await route.fulfill({ response, json: data });
  });
  await openAfresh(page, '#slide=1&presenter&lang=zh');
  // Read in Chinese, his name is the data's English among the interface's Chinese words, and
  // the label of the facts the sentence states is the interface's.
  const chinese = page.getByRole('region', { name: '本页出处摘录' });
  const zhSaid = chinese.getByText('来源文本中没有提到Zhou Qiang的句子。');
  await expect(zhSaid.getByText('Zhou Qiang', { exact: true })).toHaveAttribute('lang', 'en');
  await expect(zhSaid).not.toHaveAttribute('lang', /./);
  await expect(chinese.getByRole('heading', { level: 3, name: '参加人员' })).not.toHaveAttribute('lang', /./);
  // A project's name, the data's, is English.
  await page.goto('./#slide=2&presenter&lang=zh');
  const project = chinese.getByRole('heading', { level: 3, name: 'BYD drive motors' });
  await expect(project.locator('[lang="en"]')).toHaveText('BYD drive motors');

  // A briefing written in Chinese, one of whose officials no sentence names, read in English.
  const data = JSON.parse(fs.readFileSync(new URL('../data/chinese.json', import.meta.url), 'utf8'));
  data.briefings[0].officials.push({ name: '周强', role: '副市长' });
  await page.unroute('**/data/briefings.json');
  await page.route('**/data/briefings.json', (route) => route.fulfill({ json: data }));
  await openAfresh(page, '#slide=1&presenter&lang=en');
  const sources = page.getByRole('region', { name: 'From the source, for this slide' });
  const enSaid = sources.getByText('No sentence of the source names 周强.');
  await expect(enSaid.getByText('周强', { exact: true })).toHaveAttribute('lang', 'zh');
  await expect(enSaid).not.toHaveAttribute('lang', /./);
});

test('at 320 px wide a project slide\'s kicker keeps its status and industry whole, in both languages', async ({ page }) => {
  for (const lang of ['en', 'zh']) {
    for (const [width, height] of [[320, 568], [320, 256]]) {
      await page.setViewportSize({ width, height });
      for (const number of [4, 6, 7, 9]) {
        await openAfresh(page, `#slide=${number}&lang=${lang}`);
        const slide = slidesDialog(page).locator('.slide');
        await expect(slide).toHaveAttribute('data-slide', String(number));
        const kicker = slide.locator('.slide-kicker');
        const parts = await kicker.locator(':scope > span > span').allTextContents();
        for (const part of [parts[0], parts.at(-1)]) {
          const { spread, size } = await spreadOf(kicker, part);
          expect(spread, `${lang} ${width}×${height}, slide ${number}: “${part}” is on the slide`).not.toBeNull();
          expect(spread, `${lang} ${width}×${height}, slide ${number}: “${part}” is broken across lines`).toBeLessThan(size / 2);
        }
      }
    }
  }
  await openAfresh(page, '#lang=en');
});
