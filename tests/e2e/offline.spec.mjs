// The one-file offline build (OFFLINE_FILE from env.mjs: dist-offline/briefing-explorer.html,
// written by scripts/make-offline.mjs) opened straight from disk with every network request
// blocked.
import path from 'node:path';
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { OFFLINE_FILE } from './env.mjs';
import { test, expect, expectBundledBriefingFilters } from './fixtures.mjs';

/** The one-file build with `text` in place of its data block's contents, as HOSTING.md says to. */
function withDataBlock(text) {
  const html = fs.readFileSync(OFFLINE_FILE, 'utf8');
  const opening = '<script type="application/json" id="briefing-data">';
  const start = html.indexOf(opening) + opening.length;
  const end = html.indexOf('</script>', start);
  expect(start).toBeGreaterThan(opening.length);
  return html.slice(0, start) + text + html.slice(end);
}

/** The semiconductors dataset, as a JSON value to change before it goes in the data block. */
const semiconductors = () => JSON.parse(fs.readFileSync(new URL('../data/semiconductors.json', import.meta.url), 'utf8'));

test.describe('offline single file', () => {
  test.beforeEach(async ({ context }) => {
    expect(fs.existsSync(OFFLINE_FILE), `${OFFLINE_FILE} exists (run \`make build\`)`).toBe(true);
    // No network at all: anything that is not the file itself is aborted (and the guard
    // fixture reports an aborted request as a failure).
    await context.setOffline(true);
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  });

  test('shows another dataset put into its data block by hand, as HOSTING.md says', async ({ page }, testInfo) => {
    const chips = fs.readFileSync(new URL('../data/semiconductors.json', import.meta.url), 'utf8');
    const file = testInfo.outputPath('my-briefing.html');
    fs.writeFileSync(file, withDataBlock(chips.replace(/</g, '\\u003c')));
    await page.goto(pathToFileURL(file).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Deputy Mayor inspects chip projects' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /Chen Zhichang/ })).toHaveCount(0);
  });

  test('a data block pasted with a “</script>” left in it says the data in the file is cut short, not a file name', async ({ page, guard }, testInfo) => {
    const chips = semiconductors();
    // The title carries markup, pasted without writing its "<" as \u003c.
    chips.title = '<b>bold</b> chips</script><p>after';
    const file = testInfo.outputPath('unescaped.html');
    fs.writeFileSync(file, withDataBlock(JSON.stringify(chips, null, 2)));
    // What follows the cut is read as markup: the dataset's own <img src=x> test string is
    // refused by the file's security policy, as it should be.
    guard.allowFailedRequest(/\/x -> csp$/);
    guard.allowConsoleError(/./);
    await page.goto(pathToFileURL(file).href);
    // Its line numbers are the block's, and it says so: the file's own lines are more.
    await expect(page.getByRole('alert')).toHaveText('The data in this file has 1 problem (its lines are counted from the data block\'s first line, the one with <script id="briefing-data">, not from the file\'s):');
    await expect(page.getByText('Its data block seems to end early: a “</script>” or “<!--” in the data ends it.')).toBeVisible();
    await expect(page.getByText('briefings.json')).toHaveCount(0);
    // The rest of the data after the cut, read as markup, is taken away rather than shown
    // beside the message ("after" as a paragraph, the JSON's other fields as text).
    await expect(page.getByText(/after"/)).toHaveCount(0);
    await expect(page.getByText(/"briefings":/)).toHaveCount(0);
    // The file's own, properly escaped data names no such hint.
    await page.goto(pathToFileURL(OFFLINE_FILE).href);
    await expect(page.getByRole('heading', { level: 1, name: /Chen Zhichang/ })).toBeVisible();
    await expect(page.getByText('seems to end early')).toHaveCount(0);
  });

  // Markup after the cut that swallows what follows it (a comment, an SVG, a text area) took the
  // app's loader and its start watch with it: the page said "Loading…" for ever.
  for (const [what, after] of [['a comment', '<!-- end.'], ['an SVG', '<svg><text>x'], ['a text area', '<textarea>']]) {
    test(`a data block cut short by a “</script>” followed by ${what} still says so`, async ({ page, guard }, testInfo) => {
      const chips = semiconductors();
      chips.briefings[0].source.text += ` Code: </script>${after}`;
      const file = testInfo.outputPath('swallowed.html');
      fs.writeFileSync(file, withDataBlock(JSON.stringify(chips, null, 2)));
      // What follows the cut is read as markup: the dataset's own <img src=x> is refused by the
      // file's security policy.
      guard.allowFailedRequest(/\/x -> csp$/);
      guard.allowConsoleError(/./);
      await page.goto(pathToFileURL(file).href);
      await expect(page.getByText('Its data block seems to end early: a “</script>” or “<!--” in the data ends it.')).toBeVisible();
      await expect(page.getByText(/Loading the briefing/)).toBeHidden();
      // Nothing of what the markup swallowed is left on the page (a text area of JSON).
      await expect(page.locator('body > textarea, body > svg')).toHaveCount(0);
    });
  }

  test('is one file: no sibling files, no external references', async () => {
    const html = fs.readFileSync(OFFLINE_FILE, 'utf8');
    expect(fs.readdirSync(path.dirname(OFFLINE_FILE))).toEqual(['briefing-explorer.html']);
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');
    const refs = [...markup.matchAll(/\s(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]);
    expect(refs.filter((r) => !/^(?:data:|#)/.test(r)), 'src/href that would load another file').toEqual([]);
    expect(html).toContain('<style');
    // The explorer alone: nothing of the editor's page (edit.html, beside index.html in dist/).
    expect(html).not.toMatch(/\bedit\.html\b|briefing-editor/);
    expect(html).not.toMatch(/rel="(?:module)?preload"/);
    // Its own Content-Security-Policy forbids every connection.
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("default-src 'none'");
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc.split(/\s+/)).not.toContain("'unsafe-eval'");
    expect(scriptSrc.split(/\s+/)).not.toContain("'unsafe-inline'");
    const styleSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('style-src')) ?? '';
    expect(styleSrc.split(/\s+/)).not.toContain("'unsafe-inline'");
    expect(styleSrc).toMatch(/'sha256-/);
  });

  test('opens from file:// with no network and filters', async ({ page }) => {
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(OFFLINE_FILE).href);
    await expectBundledBriefingFilters(page);
    await expect(page).toHaveURL(/#.*magnesium-alloys/);

    // Downloads work from disk too (Blob + object URL, allowed by the file's own CSP).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download CSV/ }).click()]);
    expect(download.suggestedFilename()).toBe('nanjing-key-projects-feb-20-projects-magnesium-alloys.csv');
    const csv = (await fs.promises.readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);

    const offFile = requests.filter((url) => !/^(?:file|data|blob):/.test(url));
    expect(offFile, 'requests other than the file itself').toEqual([]);

    // The handout names the view by the file's name, not the reader's folders.
    await page.emulateMedia({ media: 'print' });
    const viewLine = page.getByText(/^This view: /);
    await expect(viewLine).toHaveText(/^This view: briefing-explorer\.html#.*magnesium-alloys/);
    await expect(viewLine).not.toContainText('file:');
  });

  test('Embed from disk says why there is no code, instead of code no reader can load', async ({ page }) => {
    await page.goto(pathToFileURL(OFFLINE_FILE).href);
    await page.getByRole('button', { name: 'Embed' }).click();
    const panel = page.getByRole('region', { name: 'Embed in an article' });
    await expect(panel).toContainText('An article can embed this briefing only from a web address.');
    await expect(panel.getByRole('textbox')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('<iframe');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
  });

  test('the presenter view follows the slides from disk too', async ({ page, context }) => {
    const address = pathToFileURL(OFFLINE_FILE).href;
    await page.goto(`${address}#slide=2`);
    const indicator = page.getByRole('dialog').getByText(/^Slide \d+ of \d+$/);
    await expect(indicator).toHaveText(/^Slide 2 of/);
    const presenter = await context.newPage();
    await presenter.goto(`${address}#slide=2&presenter`);
    const heading = presenter.locator('#presenter-current-heading');
    await expect(heading).toHaveText('Projects in view');
    await page.keyboard.press('ArrowRight');
    await expect(indicator).toHaveText(/^Slide 3 of/);
    await expect(heading).toHaveText('New materials');
  });

  test('opens a dataset file from disk, checked on the page (the one file ships no worker)', async ({ page }) => {
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(OFFLINE_FILE).href);
    const chooserEvent = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open data file…' }).click();
    await (await chooserEvent).setFiles(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../data/semiconductors.json'));
    await expect(page.getByText('Showing “semiconductors.json”')).toBeVisible();
    expect(requests.filter((url) => !/^(?:file|data|blob):/.test(url) || /validate-worker/.test(url))).toEqual([]);
  });
});
