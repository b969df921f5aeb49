// The Chinese interface (#lang=zh): every interface word in Chinese, numbers in 万, the switch
// keeping the view, print and slides agreeing, axe clean in light and dark; and a briefing
// written in Chinese opened from a file, read in both interface languages.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, expectNoA11yViolations, BRIEFING_TITLE } from './fixtures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

const cards = (page) => page.getByRole('region', { name: '项目' }).getByRole('article');
const industry = (page, name) => page.getByRole('group', { name: '产业' }).getByRole('button', { name });

/**
 * The English interface strings a Chinese page must not show: every text of
 * src/model/strings/en.rs with its placeholders cut out, keeping the pieces that are sentences or
 * capitalised words, minus anything the (English) bundled data itself contains.
 */
function englishInterfaceStrings() {
  const english = fs.readFileSync(path.join(root, 'src/model/strings/en.rs'), 'utf8');
  const data = fs.readFileSync(path.join(root, 'data/briefings.json'), 'utf8');
  const pieces = new Set();
  for (const [, literal] of english.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    for (const piece of literal.split(/\{[a-z_]+\}/)) {
      const text = piece.trim().replace(/^[—:,.…()“”]+|[—:,.…()“”]+$/g, '').trim();
      if (text.length < 4 || !/[A-Za-z]{3}/.test(text)) continue;
      if (!/\s/.test(text) && !/^[A-Z][a-z]+$/.test(text)) continue;
      if (data.includes(text)) continue;
      pieces.add(text);
    }
  }
  return [...pieces];
}

async function openChinese(page, hash = '') {
  await page.goto(`./#lang=zh${hash}`);
  await expect(page.getByRole('heading', { level: 1, name: BRIEFING_TITLE })).toBeVisible();
  await expect(cards(page)).toHaveCount(hash ? await cards(page).count() : 4);
}

test('the bundled briefing in Chinese: 84万 and 6万 on cards and in the chart table, html lang', async ({ page }) => {
  await openChinese(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  const byd = cards(page).filter({ hasText: 'BYD' });
  await expect(byd).toContainText('84万 sets/年');
  await expect(cards(page).filter({ hasText: 'Baowu' })).toContainText('6万 tons/年');
  await expect(page.getByText('2月20日（年份未注明）').first()).toBeVisible();
  // Names inserted into Chinese sentences are quoted, and what is read aloud uses Chinese punctuation.
  await expect(byd.getByRole('button', { name: '“BYD drive motors”的出处' })).toBeVisible();
  await expect(page.locator('.gloss .spoken-inline').first()).toHaveText('（应理解为：');
  const charts = page.getByRole('region', { name: '图表' });
  await charts.getByRole('button', { name: '以表格显示' }).click();
  const table = charts.getByRole('table', { name: '产能（sets/年）' });
  await expect(table.getByRole('row', { name: /BYD/ })).toContainText('84万');
  await expect(charts.getByRole('table', { name: '产能（tons/年）' })).toContainText('6万');
});

/** The `lang` a screen reader speaks an element in: its own, or its nearest ancestor's. */
const langOf = (locator) => locator.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));

test('in Chinese, a project told apart by its date is tagged English in its name only, in the chart table, on the slides and in the presenter view', async ({ page }) => {
  // Two briefings visit "Tidewater fab": with both chosen, each is named with its briefing's
  // date, which is written in the interface's words ("2023年5月12日") and spoken in its voice.
  await page.route('**/data/briefings.json', (route) => route.fulfill({
    path: path.join(root, 'tests/data/semiconductors.json'),
    contentType: 'application/json',
  }));
  const exact = { exact: true };
  const taggedInNameOnly = async (element) => {
    expect(await langOf(element.getByText('Tidewater fab', exact))).toBe('en');
    expect(await langOf(element)).toBe('zh-Hans');
  };
  // The explorer's chart, as a table.
  await page.goto('./#lang=zh&briefing=all');
  const charts = page.getByRole('region', { name: '图表' });
  await charts.getByRole('button', { name: '以表格显示' }).click();
  const tableRow = charts.getByRole('rowheader', { name: 'Tidewater fab（2024年3月8日）', exact: true });
  await expect(tableRow).toBeVisible();
  await taggedInNameOnly(tableRow);
  // The overview slide.
  await page.goto('./#lang=zh&briefing=all&slide=2');
  const row = page.getByRole('dialog').getByRole('rowheader', { name: 'Tidewater fab（2023年5月12日）', exact: true });
  await expect(row).toBeVisible();
  await taggedInNameOnly(row);
  // The industry's slide draws both as bars, each named the same way.
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#slide-heading')).toHaveText('Integrated circuits');
  const bar = page.locator('.slide-bar-label', { hasText: 'Tidewater fab（2024年3月8日）' });
  await expect(bar).toBeVisible();
  await taggedInNameOnly(bar);
  // The visit's own slide is headed the same way.
  const heading = page.locator('#slide-heading');
  const indicator = page.getByText(/^第 \d+ \/ \d+ 页$/);
  const total = Number(/\/ (\d+) 页/.exec(await indicator.textContent())[1]);
  for (let slide = 3; slide < total && !/2024年/.test(await heading.textContent()); slide += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(indicator).toHaveText(`第 ${slide + 1} / ${total} 页`);
  }
  await expect(heading).toHaveText('Tidewater fab（2024年3月8日）');
  await taggedInNameOnly(heading);
  // The presenter view labels the overview's sentences, and the industry's, with the same names.
  for (const slide of [2, 3]) {
    await page.goto(`./#lang=zh&briefing=all&slide=${slide}&presenter`);
    const label = page.locator('.presenter-source-label', { hasText: 'Tidewater fab（2023年5月12日）' }).first();
    await expect(label).toBeVisible();
    await taggedInNameOnly(label);
  }
});

test('in Chinese, the English dataset’s words are tagged English: filters, cards, chart legend, slides, source note, reading notes', async ({ page }) => {
  await openChinese(page);
  const exact = { exact: true };
  expect(await langOf(page.getByRole('group', { name: '产业' }).getByText('New materials', exact))).toBe('en');
  expect(await langOf(page.getByRole('group', { name: '状态' }).getByText('Under construction', exact))).toBe('en');
  expect(await langOf(cards(page).filter({ hasText: 'BYD' }).locator('.badge').getByText('New energy', exact))).toBe('en');
  expect(await langOf(page.locator('.chart-legend').getByText('Magnesium alloys', exact))).toBe('en');
  // The projects the charts cannot draw are named in the interface's sentence, each in its own.
  const unstated = page.getByText(/^产能未注明：/);
  expect(await langOf(unstated.getByText('Longdian Huaxin copper foil', exact))).toBe('en');
  expect(await langOf(unstated)).toBe('zh-Hans');
  // The summary line is the interface's sentence around the source's kind, the data's words.
  const glance = page.locator('.glance');
  expect(await langOf(glance.getByText('English machine translation', exact))).toBe('en');
  expect(await langOf(glance)).toBe('zh-Hans');
  expect(await langOf(page.locator('.source-note'))).toBe('en');
  const notes = page.locator('details.glossary');
  expect(await langOf(notes.locator('summary'))).toBe('zh-Hans');
  const meanings = notes.locator('dd');
  expect(await meanings.count()).toBeGreaterThan(5);
  for (const meaning of await meanings.all()) expect(await langOf(meaning)).toBe('en');
  // The original wording a note quotes keeps its own language.
  expect(await langOf(notes.locator('.original').first())).toBe('zh');
  // On the slides: the industry slide's heading, and the live text naming it.
  await page.goto('./#lang=zh&slide=3');
  const slides = page.getByRole('dialog');
  await expect(slides.getByRole('heading', { level: 2, name: 'New materials' })).toBeVisible();
  expect(await langOf(slides.getByRole('heading', { level: 2, name: 'New materials' }))).toBe('en');
  const status = slides.getByRole('status');
  await expect(status).toHaveText('第 3 / 13 页：New materials');
  expect(await langOf(status)).toBe('zh-Hans');
  expect(await langOf(status.getByText('New materials', exact))).toBe('en');
  const slideUnstated = slides.getByText(/^产能未注明：/);
  expect(await langOf(slideUnstated.getByText('North Metallurgy alloys', exact))).toBe('en');
  expect(await langOf(slideUnstated)).toBe('zh-Hans');
});

test('in Chinese, a reading note speaks its cue in Chinese and tags only the data’s words: the reading English, the original wording Chinese; so do the officials and participants', async ({ page }) => {
  await openChinese(page);
  const exact = { exact: true };
  // The headline's note: the cue and brackets are the interface's, in the page's language.
  const headline = page.getByRole('banner').locator('.title-glosses .gloss');
  expect(await langOf(headline.locator('.spoken-inline').first())).toBe('zh-Hans');
  expect(await langOf(headline.getByText('a themed inspection visit', exact))).toBe('en');
  // The original wording a Chinese reader knows comes first, in its own language.
  await expect(headline).toContainText('→\u00a0专题调研（a themed inspection visit）');
  expect(await langOf(headline.getByText('专题调研', exact))).toBe('zh');
  // In the source text, whose English the notes sit in, the same: 数实融合 beside its reading.
  const source = page.getByRole('region', { name: '来源文本' });
  const note = source.locator('.gloss').filter({ hasText: '数实融合' });
  await expect(note).toContainText('→\u00a0数实融合（integrating the digital economy with the real economy）');
  expect(await langOf(note)).toBe('zh-Hans');
  expect(await langOf(note.getByText('数实融合', exact))).toBe('zh');
  expect(await langOf(note.getByText('integrating the digital economy with the real economy', exact))).toBe('en');
  // A note whose reading quotes its original (宁) does not repeat it.
  await expect(source.locator('.gloss').filter({ hasText: 'in Nanjing' }).first()).not.toContainText('宁（');
  // Officials and participants: each name (and role) English, the brackets and 、 Chinese.
  const facts = page.getByRole('banner').locator('.briefing-facts');
  const officials = facts.getByRole('definition').filter({ hasText: 'Chen Zhichang' });
  await expect(officials).toHaveText('Chen Zhichang（Mayor）');
  expect(await langOf(officials)).toBe('zh-Hans');
  expect(await langOf(officials.getByText('Chen Zhichang', exact))).toBe('en');
  expect(await langOf(officials.getByText('Mayor', exact))).toBe('en');
  const participants = facts.getByRole('definition').filter({ hasText: 'Liu Wei' });
  await expect(participants).toHaveText('Liu Wei、Wu Wei、Huang Hui');
  expect(await langOf(participants)).toBe('zh-Hans');
  for (const name of ['Liu Wei', 'Wu Wei', 'Huang Hui']) expect(await langOf(participants.getByText(name, exact))).toBe('en');
});

test('in English, a Chinese dataset’s filters, source note and slide headings are tagged Chinese', async ({ page }) => {
  await openChineseBriefing(page);
  await expect(cards(page)).toHaveCount(3);
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  const exact = { exact: true };
  await expect(page.getByRole('group', { name: 'Industry' }).getByText('新材料', exact)).toBeVisible();
  expect(await langOf(page.getByRole('group', { name: 'Industry' }).getByText('新材料', exact))).toBe('zh');
  expect(await langOf(page.getByRole('group', { name: 'Status' }).getByText('在建', exact))).toBe('zh');
  expect(await langOf(page.locator('.chart-legend').getByText('新能源', exact))).toBe('zh');
  expect(await langOf(page.locator('.source-note'))).toBe('zh');
  expect(await langOf(page.getByRole('group', { name: 'Industry' }))).toBe('en');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const slides = page.getByRole('dialog');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const heading = slides.getByRole('heading', { level: 2, name: '新能源' });
  await expect(heading).toBeVisible();
  expect(await langOf(heading)).toBe('zh');
  await expect(slides.getByRole('status')).toHaveText('Slide 3 of 9: 新能源');
  expect(await langOf(slides.getByRole('status').getByText('新能源', exact))).toBe('zh');
});

test('the Source view names the project or directive it marks in the data’s language, and a header fact in the interface’s, in either interface language', async ({ page }) => {
  const exact = { exact: true };
  // The bundled English briefing read in Chinese.
  await page.goto('./#project=byd&lang=zh');
  const source = page.getByRole('region', { name: '来源文本', exact: true });
  const project = source.getByText('已高亮：“BYD drive motors”所依据的句子');
  await expect(project).toBeVisible();
  expect(await langOf(project.getByText('BYD drive motors', exact))).toBe('en');
  await page.goto('./#directive=d-service-quality&lang=zh');
  const directive = source.getByText('已高亮：“Improve the quality of service to enterprises.”所依据的句子');
  await expect(directive).toBeVisible();
  expect(await langOf(directive.getByText('Improve the quality of service to enterprises.', exact))).toBe('en');
  await page.goto('./#fact=date&lang=zh');
  const fact = source.getByText('已高亮：“日期”所依据的句子');
  await expect(fact).toBeVisible();
  expect(await langOf(fact.getByText('日期', exact))).toBe('zh-Hans');

  // A briefing written in Chinese read in English: its project's and directive's names are Chinese.
  await openChineseBriefing(page);
  await expect(cards(page)).toHaveCount(3);
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  const englishCards = page.getByRole('region', { name: 'Projects' }).getByRole('article');
  await englishCards.filter({ hasText: '华镁合金压铸项目' }).getByRole('button', { name: /^Source/ }).click();
  const english = page.getByRole('region', { name: 'Source text', exact: true });
  const enProject = english.getByText('Highlighted: the sentences behind 华镁压铸');
  await expect(enProject).toBeVisible();
  expect(await langOf(enProject.getByText('华镁压铸', exact))).toBe('zh');
  await page.getByRole('region', { name: 'Directives' }).getByRole('button', { name: /^Source for / }).first().click();
  const enDirective = english.getByText('Highlighted: the sentences behind 优化营商环境，全力服务企业发展');
  await expect(enDirective).toBeVisible();
  expect(await langOf(enDirective.getByText('优化营商环境，全力服务企业发展', exact))).toBe('zh');
  await page.goto('./#lang=en');
});

test('in Chinese, a wording the reading notes show finds the project or directive whose own sentence they gloss', async ({ page }) => {
  // 智改数转网联 is the note on Baowu's request, "wisdom to change the number of network connection".
  await page.goto('./#lang=zh&q=智改数转网联');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).getByRole('heading', { level: 3 })).toContainText('Baowu');
  // 数实融合 is the note on a city-wide directive's quote, and on no project's.
  await page.goto('./#lang=zh&q=数实融合');
  await expect(page.locator('#directives .directive')).toHaveCount(1);
  await expect(page.locator('#directives .directive')).toContainText('number of real integration');
  await expect(cards(page)).toHaveCount(0);
});

test('no English interface text is visible in Chinese, on the page and on the slides', async ({ page }) => {
  const forbidden = englishInterfaceStrings();
  expect(forbidden.length).toBeGreaterThan(50);
  await openChinese(page);
  const scan = async (where) => {
    const visible = await page.evaluate(() => document.body.innerText);
    const found = forbidden.filter((text) => visible.includes(text));
    expect(found, `English interface text ${where}`).toEqual([]);
  };
  await scan('on the explorer');
  await page.getByRole('button', { name: '演示', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `演示：${BRIEFING_TITLE}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/^第 1 \/ \d+ 页$/)).toBeVisible();
  await scan('on the title slide');
  // Walk to BYD's slide: its figure is in 万.
  for (let step = 0; step < 12; step += 1) {
    if ((await dialog.locator('#slide-heading').textContent()).includes('BYD')) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(dialog.locator('#slide-heading')).toContainText('BYD');
  await expect(dialog).toContainText('84万 sets/年');
  await scan('on a project slide');
});

test('the switch changes the language and keeps filters; the address keeps lang', async ({ page }) => {
  await page.goto('./#industry=new-energy');
  await expect(page.getByRole('region', { name: 'Projects' }).getByRole('article')).toHaveCount(2);
  const switcher = page.getByRole('group', { name: 'Interface language' });
  await switcher.getByRole('button', { name: '中文' }).click();
  await expect(cards(page)).toHaveCount(2);
  await expect(industry(page, /^New energy/)).toHaveAttribute('aria-pressed', 'true');
  const chinese = page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: '中文' });
  const english = page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' });
  await expect(chinese).toHaveAttribute('aria-pressed', 'true');
  // The language in use looks unlike the other, also without colour and under forced colours.
  await page.mouse.move(0, 0);
  const looks = (button) => button.evaluate((element) => {
    const style = getComputedStyle(element);
    return `${style.fontWeight} ${style.textDecorationLine} ${style.backgroundColor} ${style.color}`;
  });
  expect(await looks(chinese)).not.toBe(await looks(english));
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await looks(chinese)).not.toBe(await looks(english));
  await page.emulateMedia({ forcedColors: 'none' });
  await expect.poll(() => new URL(page.url()).hash).toBe('#industry=new-energy&lang=zh');
  await industry(page, /^Magnesium alloys/).click();
  await expect(cards(page)).toHaveCount(3);
  // The address is written once the click's update is painted: wait for it before reloading.
  await expect.poll(() => new URL(page.url()).hash).toMatch(/magnesium-alloys.*lang=zh/);
  await page.reload();
  await expect(cards(page)).toHaveCount(3);
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'Projects' }).getByRole('article')).toHaveCount(3);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a browser that prefers Chinese gets the Chinese interface without #lang', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(new URL('./', test.info().project.use.baseURL).href);
  await expect(cards(page)).toHaveCount(4);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await context.close();
});

test('the printed handout in Chinese has 84万', async ({ page }) => {
  await openChinese(page);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const buffer = await page.pdf({ format: 'A4' });
  const document = await pdfjs.getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    text += content.items.map((item) => item.str).join('');
  }
  await document.destroy();
  text = text.replace(/\s+/g, '');
  expect(text).toContain('84万');
  expect(text).toContain('对企业的要求');
});

for (const scheme of ['light', 'dark']) {
  test(`the Chinese interface has no accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openChinese(page);
    await expectNoA11yViolations(page);
  });
}

/** The Chinese interface, then tests/data/chinese.json opened through “打开数据文件…”. */
async function openChineseBriefing(page) {
  await page.goto('./#lang=zh');
  await expect(cards(page)).toHaveCount(4);
  const chooserEvent = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开数据文件…' }).click();
  await (await chooserEvent).setFiles(path.join(root, 'tests/data/chinese.json'));
}

test('the handout quotes every sentence behind a card’s facts, not only the one naming the project', async ({ page }) => {
  await openChineseBriefing(page);
  await expect(cards(page)).toHaveCount(3);
  // On screen the card has its "Source" button instead: the passages are made for paper only.
  const huamei = cards(page).filter({ hasText: '华镁合金压铸项目' });
  const sources = huamei.locator('.card-sources');
  await expect(sources).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(sources).toBeVisible();
  // The sentence naming the project, the one behind its status and figure, and its request's.
  await expect(sources.locator('blockquote')).toHaveText([
    '在华镁合金压铸项目，林海详细询问项目推进情况。',
    '该项目年产能6万吨镁合金，目前正在建设。',
    '他要求企业加快建设进度，争取早日投产。',
  ]);
  await page.emulateMedia({ media: 'screen' });
  await expect(sources).toHaveCount(0);
});

test('in a Chinese source, a figure written with 万 or 亿 never breaks between its digits and the word, at any width', async ({ page }) => {
  await openChineseBriefing(page);
  await page.getByRole('button', { name: '“华镁压铸”的出处' }).click();
  const source = page.getByRole('region', { name: '来源文本', exact: true });
  const figure = source.getByText('6万', { exact: true });
  await expect(figure).toBeVisible();
  expect(await figure.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('nowrap');
  for (const width of [320, 360, 375, 390, 414]) {
    await page.setViewportSize({ width, height: 800 });
    // One box: "6" and "万" on one line wherever the line breaks.
    expect(await figure.evaluate((element) => element.getClientRects().length), `at ${width} px`).toBe(1);
  }
  await expect(source.locator('mark').filter({ hasText: '该项目年产能6万吨镁合金' })).toHaveCount(1);
});

test('a briefing written in Chinese works in both interface languages', async ({ page }) => {
  await openChineseBriefing(page);
  await expect(page.getByRole('heading', { level: 1, name: '林海市长调研重点产业项目建设' })).toBeVisible();
  await expect(cards(page)).toHaveCount(3);
  await expect(cards(page).filter({ hasText: '滨江新能源电机项目' })).toContainText('84万套/年');
  await expect(cards(page).filter({ hasText: '华镁合金压铸项目' })).toContainText('6万吨/年');
  await expect(page.getByText('3月14日（年份未注明）').first()).toBeVisible();
  // Data and interface in one language: the page's own lang says it, nothing more.
  await expect(cards(page).first().getByRole('heading', { level: 3 })).not.toHaveAttribute('lang', /./);
  await industry(page, /^新材料/).click();
  await expect(cards(page)).toHaveCount(2);
  await page.getByRole('searchbox', { name: '搜索' }).fill('铜箔');
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole('group', { name: '界面语言' }).getByRole('button', { name: 'English' }).click();
  const englishCards = page.getByRole('region', { name: 'Projects' }).getByRole('article');
  await expect(englishCards).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(englishCards).toHaveCount(2);
  // The unit is the source's word; the period (年 in the data) is the interface's.
  await expect(englishCards.filter({ hasText: '华镁合金压铸项目' })).toContainText('60,000 吨 / year');
  // In the English interface the briefing's own words are tagged as the Chinese they are, so a
  // screen reader speaks them in a Chinese voice; the interface's words are not.
  const magnesium = englishCards.filter({ hasText: '华镁合金压铸项目' });
  await expect(magnesium.getByRole('heading', { name: '华镁合金压铸项目' })).toHaveAttribute('lang', 'zh');
  await expect(magnesium.getByRole('list').filter({ hasText: '加快建设进度' })).toHaveAttribute('lang', 'zh');
  await expect(magnesium.getByText('Enterprise', { exact: true })).not.toHaveAttribute('lang', /./);
  await expect(page.getByRole('heading', { level: 1, name: '林海市长调研重点产业项目建设' })).toHaveAttribute('lang', 'zh');
  await expect(page.getByRole('region', { name: 'Directives' }).locator('.directive-summary').first()).toHaveAttribute('lang', 'zh');
  await expectNoA11yViolations(page);
});
