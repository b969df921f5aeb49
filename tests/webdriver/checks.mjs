// What the smoke tests in other browsers (tests/firefox, tests/webkit) check, through a
// WebDriver session: each function drives the page as a person would and asserts on what shows.
import assert from 'node:assert/strict';
import path from 'node:path';

import { siteCopy, TEST_DATA } from '../e2e/site-copy.mjs';
import { ELEMENT as ELEMENT_KEY, waitFor } from './webdriver.mjs';

export const BRIEFING_TITLE = 'Chen Zhichang special investigation of key industrial project construction';

/** The first element matching `css` whose text passes `test`, or null. */
async function findByText(session, css, test) {
  for (const element of await session.findAll(css)) {
    if (test(await session.text(element))) return element;
  }
  return null;
}

/** Presses one key (a WebDriver key code such as '\uE014', the right arrow) on the page. */
export function pressKey(session, key) {
  return session.send('POST', '/actions', {
    actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
  });
}

/**
 * Waits until the app has started. Before that the page may show its first view
 * (scripts/first-view.mjs): the briefing as the app will show it, which cannot be used yet.
 */
async function waitForApp(session) {
  await waitFor('the app to start', () => session.execute(
    'return document.getElementById("app").hasAttribute("data-live") && !document.querySelector("#app > .first-view")',
  ));
}

/** Waits for the briefing, filters by "Magnesium alloys", checks that only Baowu remains. */
export async function checkRendersAndFilters(session) {
  await waitForApp(session);
  await waitFor('the briefing title heading', async () => {
    const [heading] = await session.findAll('h1');
    return heading && (await session.text(heading)) === BRIEFING_TITLE;
  });
  // English text is set in a Latin font: its curly quotes are not a CJK font's full-width ones
  // (WebKitGTK, which does not resolve system-ui, fell through to one), in the sans stack and in
  // the serif one of quotes and the source text.
  const quoteWidths = await session.execute(`
    return ['var(--font)', 'var(--font-serif)'].map((family) => {
      const probe = document.createElement('span');
      probe.textContent = '\u201C';
      probe.style.fontFamily = family;
      document.querySelector('h1').append(probe);
      const ratio = probe.getBoundingClientRect().width / parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      return ratio;
    });`);
  for (const width of quoteWidths) assert.ok(width < 0.75, `a curly quote is ${width} em wide`);
  const cards = await waitFor('four project cards', async () => {
    const found = await session.findAll('#projects article');
    return found.length === 4 && found;
  });
  assert.equal(cards.length, 4);

  const facet = await waitFor('the "Magnesium alloys" filter', () =>
    findByText(session, 'button.facet', (text) => text.startsWith('Magnesium alloys')));
  await session.click(facet);

  // The other cards stay on the page, hidden (`View::card_slots`).
  const remaining = await waitFor('one project card shown', async () => {
    const found = await session.findAll('#projects article:not([hidden])');
    return found.length === 1 && found;
  });
  const [heading] = await session.findAll('h3', remaining[0]);
  assert.match(await session.text(heading), /Baowu/);
  // The address follows in the update's effects, which may run a task after its DOM changes.
  await waitFor('the filter in the address', async () => /#.*industry=magnesium-alloys/.test(await session.currentUrl()));
}

/** "Source" on the BYD card shows the source text with the sentence of 840,000 sets marked. */
export async function checkSourceView(session) {
  await waitForApp(session);
  const byd = await waitFor('the BYD card', async () => {
    for (const card of await session.findAll('#projects article')) {
      const [heading] = await session.findAll('h3', card);
      if (heading && /BYD/.test(await session.text(heading))) return card;
    }
    return null;
  });
  const buttons = await session.findAll('button', byd);
  let source = null;
  for (const button of buttons) {
    if ((await session.text(button)).startsWith('Source')) source = button;
  }
  assert.ok(source, 'the BYD card has a "Source" button');
  // A reader scrolls to the card first. WebKitWebDriver's click would scroll there itself, but
  // not to an element the engine has not laid out yet (cards below the screen wait for it,
  // `content-visibility: auto`), and it then reports the button "not interactable".
  await session.execute('arguments[0].scrollIntoView({ block: "center" });', [{ [ELEMENT_KEY]: source }]);
  await session.click(source);
  const marked = await waitFor('marked sentences in the source text', async () => {
    const text = await session.execute('return [...document.querySelectorAll("mark")].map((mark) => mark.textContent).join(" ")');
    return text.includes('840,000') && text;
  });
  assert.match(marked, /840,000 sets/);
  // A term with a reading note is marked (WebKit dropped the dotted underline's shorthand).
  const decoration = await session.execute('return getComputedStyle(document.querySelector(".term")).textDecorationLine');
  assert.match(decoration, /underline/, 'a term with a reading note is underlined');
  // Printing opens the reading notes (Firefox printed their heading alone), and closes them after.
  const notesOpen = () => session.execute('return document.querySelector("details.glossary").open');
  assert.equal(await notesOpen(), false, 'the reading notes start closed');
  await session.execute('window.dispatchEvent(new Event("beforeprint"));');
  assert.equal(await notesOpen(), true, 'the reading notes open for printing');
  await session.execute('window.dispatchEvent(new Event("afterprint"));');
  assert.equal(await notesOpen(), false, 'the reading notes close again after printing');
}

/** "Present" opens the slides in a dialog; the right arrow moves to slide 2; Escape closes. */
export async function checkPresenting(session) {
  await waitForApp(session);
  const present = await waitFor('the Present button', () =>
    findByText(session, 'button', (text) => text.trim().endsWith('Present')));
  await session.click(present);
  await waitFor('the slides dialog', async () => (await session.findAll('[role="dialog"]')).length === 1);
  await waitFor('slide 1 in the address', async () => /[#&]slide=1(&|$)/.test(await session.currentUrl()));
  await pressKey(session, '\uE014');
  await waitFor('slide 2 in the address', async () => /[#&]slide=2(&|$)/.test(await session.currentUrl()));
  await pressKey(session, '\uE00C');
  await waitFor('the dialog to close', async () => (await session.findAll('[role="dialog"]')).length === 0);
  // The address follows in the same update's effects, which may land after the dialog is gone.
  await waitFor('the slide to leave the address', async () => !/slide=/.test(await session.currentUrl()));
}

/**
 * A project slide of two blocks (滨江电机 in tests/data/chinese.json: what was asked, and its
 * source sentence) sets them side by side, as balanced columns do in Chromium (WebKit balanced
 * the pair into the first column alone). The dataset is served from a copy of the build.
 */
export async function checkProjectSlideColumns(session) {
  const site = await siteCopy('slide-pair', { 'data/chinese.json': path.join(TEST_DATA, 'chinese.json') }, { port: 0 });
  try {
    await session.navigate(`${site.url}#data=chinese.json&lang=zh&slide=4`);
    await waitFor('the 滨江电机 slide', async () => {
      const [heading] = await session.findAll('#slide-heading');
      return heading && (await session.text(heading)) === '滨江电机';
    });
    const blocks = await session.execute(
      'return [...document.querySelectorAll(".slide-flow > .slide-block")].map((block) => block.getBoundingClientRect().toJSON());');
    assert.equal(blocks.length, 2, 'two blocks: what was asked, and the source sentence');
    const [requests, quote] = blocks;
    assert.ok(quote.left >= requests.right, `the source sentence (left ${quote.left}) stands beside the requests (right ${requests.right})`);
    assert.ok(Math.abs(quote.top - requests.top) < 2, 'the two blocks start level');
  } finally {
    await site.close();
  }
}

/**
 * The editor (`edit.html` under `base`): a pasted text starts a draft; in the source, Shift and
 * the right arrow select words (the source refuses typing), and `p` makes them a new project.
 */
export async function checkEditorSelection(session, base, sourceText) {
  await session.navigate(new URL('edit.html', base).href);
  const paste = await waitFor('the Source text box', async () => (await session.findAll('#new-source-text'))[0]);
  await session.execute(
    'const [field, text] = arguments; field.value = text; field.dispatchEvent(new InputEvent("input", { bubbles: true }));',
    [{ [ELEMENT_KEY]: paste }, sourceText],
  );
  const [start] = await session.findAll('.editor-new button[type="submit"]');
  await session.click(start);
  const source = await waitFor('the source pane', async () => (await session.findAll('#source-text'))[0]);
  // The editor puts focus in the source once it is shown; the caret is placed after that, so
  // that the editor's own focus cannot move it while the keys are pressed.
  await waitFor('focus in the source', () => session.execute('return document.activeElement?.id === "source-text";'));
  const words = "BYD's annual output";
  const SHIFT = '\uE008';
  const RIGHT = '\uE014';
  const arrows = Array.from({ length: words.length }, () => [{ type: 'keyDown', value: RIGHT }, { type: 'keyUp', value: RIGHT }]).flat();
  const selectWords = async () => {
    await session.execute(
      'const [field, words] = arguments; const at = field.value.indexOf(words); field.focus(); field.setSelectionRange(at, at);',
      [{ [ELEMENT_KEY]: source }, words],
    );
    await session.send('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: SHIFT }, ...arrows, { type: 'keyUp', value: SHIFT }] }],
    });
  };
  const counted = () => waitFor('the selection to be counted', async () => {
    const hint = await session.execute('return document.getElementById("source-hint").textContent;');
    return /^19 characters selected/.test(hint);
  }, { timeout: 10_000 });
  await selectWords();
  // WebKitGTK's driver, on a loaded machine, has once let the keys go by unread: the keys are
  // pressed again from the same caret, once, before the check fails.
  await counted().catch(async () => {
    await session.send('DELETE', '/actions');
    await selectWords();
    await counted();
  });
  // Typing in the source changes nothing; a kind's letter makes the record.
  await pressKey(session, 'x');
  const unchanged = await session.execute('return arguments[0].value === arguments[1];', [{ [ELEMENT_KEY]: source }, sourceText]);
  assert.equal(unchanged, true, 'the source text is unchanged by typing');
  await pressKey(session, 'p');
  await waitFor('the new project form', async () => {
    const heading = await session.execute('return document.getElementById("form-heading")?.textContent;');
    return heading === 'New Project';
  });
  const name = await session.execute('return document.querySelector(".editor-form input[type=text]").value;');
  assert.match(name, /BYD/, 'the name is read from the selection');
}
