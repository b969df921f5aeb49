// A large dataset of the site is shown once the checks showing it relies on pass, and checked
// whole after the first paint in the worker (src/app/hooks/use_site_data.rs): a valid one stays,
// one whose quote is not in its source is replaced by its problems, as a small one is at once.
// A file the site's build checked whole (its record in index.html, scripts/record-checked.mjs)
// needs no worker, unless it was changed after the build.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALLOWED_ORIGINS, DIST, E2E_PORT } from './env.mjs';
import { test, expect, projectCards } from './fixtures.mjs';
import { siteCopy } from './site-copy.mjs';
import { recordOf, withRecord } from '../../scripts/record-checked.mjs';

const PORT = E2E_PORT + 21;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const GENERATOR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/generate-dataset.mjs');

test.use({ allowedOrigins: [...ALLOWED_ORIGINS, ORIGIN] });

/** A valid synthetic dataset of `projects` projects (about 1.3 KB each), as a JSON value. */
function synthetic(projects) {
  return JSON.parse(execFileSync(process.execPath, [GENERATOR, '--projects', String(projects)], { maxBuffer: 64 << 20 }));
}

/**
 * `dataset` with one quote of its last briefing's last project changed (`project`): only the
 * whole check, which looks every quote up in the source, can tell.
 */
function withWrongQuote(dataset) {
  const wrong = structuredClone(dataset);
  const project = wrong.briefings.at(-1).projects.at(-1);
  project.quotes[0] = `${project.quotes[0]} (a sentence the source never had)`;
  return { wrong, project };
}

const valid = synthetic(600);
const { wrong: wrongQuote, project: changed } = withWrongQuote(valid);
const lastBriefing = wrongQuote.briefings.at(-1);
// A small dataset (a few dozen KB) is checked whole before it is shown, unless the site's build
// recorded it.
const smallValid = synthetic(12);
const smallWrong = withWrongQuote(smallValid);

/**
 * The text of `dataset` with one letter of its last project's first quote changed, so that the
 * file keeps its size but the quote is no longer in the source: only the SHA-256 tells it
 * from the file the build checked.
 */
function sameSizeWrongQuote(dataset) {
  const text = JSON.stringify(dataset);
  const quote = JSON.stringify(dataset.briefings.at(-1).projects.at(-1).quotes[0]);
  const at = text.lastIndexOf(quote);
  const letter = quote.search(/[a-z]/);
  const changed = `${quote.slice(0, letter)}${quote[letter] === 'q' ? 'x' : 'q'}${quote.slice(letter + 1)}`;
  return `${text.slice(0, at)}${changed}${text.slice(at + quote.length)}`;
}

/** The addresses of the checking worker's files that `page` requests from now on. */
function requestsForTheWorker(page) {
  const requests = [];
  page.on('request', (request) => {
    if (/validate-worker/.test(request.url())) requests.push(request.url());
  });
  return requests;
}

let site;
test.beforeAll(async () => {
  // The build's record of the valid file, under two names: one served as it was checked, one
  // changed after the check, keeping its size.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'checked-at-build-'));
  const checkedFiles = ['checked.json', 'edited-after-build.json'].map((name) => path.join(scratch, name));
  for (const file of checkedFiles) fs.writeFileSync(file, JSON.stringify(valid));
  const smallChecked = path.join(scratch, 'small-edited-after-build.json');
  fs.writeFileSync(smallChecked, JSON.stringify(smallValid));
  const built = JSON.parse(recordOf([...checkedFiles, smallChecked]).record);
  fs.rmSync(scratch, { recursive: true, force: true });
  // A record the validator would never write (the file's quote is wrong), standing for a file the
  // build did check: what the page does with such a file shows whether it checked it again.
  const vouched = Buffer.from(JSON.stringify(smallWrong.wrong));
  const record = JSON.stringify({
    ...built,
    'small-vouched.json': { bytes: vouched.length, sha256: createHash('sha256').update(vouched).digest('hex') },
  });
  site = await siteCopy('large', {
    'data/briefings.json': { text: JSON.stringify(wrongQuote) },
    'data/large.json': { text: JSON.stringify(valid) },
    'data/small-wrong.json': { text: JSON.stringify(smallWrong.wrong) },
    'data/checked.json': { text: JSON.stringify(valid) },
    'data/edited-after-build.json': { text: sameSizeWrongQuote(valid) },
    'data/small-edited-after-build.json': { text: sameSizeWrongQuote(smallValid) },
    'data/small-vouched.json': { text: vouched.toString('utf8') },
    'index.html': { text: withRecord(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8'), record) },
  }, { port: PORT });
});
test.afterAll(async () => site?.close());

test('the test data is large enough to be checked whole after it is shown', () => {
  // WHOLE_CHECK_LATER_ABOVE in use_site_data.rs is 512 KB.
  expect(JSON.stringify(valid).length).toBeGreaterThan(512 * 1024);
  expect(JSON.stringify(smallWrong.wrong).length).toBeLessThan(512 * 1024);
});

test('a large valid dataset is shown, checked whole in the worker, and stays', async ({ page }) => {
  // The page stops the worker once it has given its verdict; a valid dataset leaves no other
  // trace, so wait for that, then check that the data is still shown and nothing was reported.
  // The listener goes on as the worker starts: it may be done before the cards are checked.
  const verdictGiven = new Promise((resolve) => {
    page.once('worker', (worker) => worker.once('close', resolve));
  });
  await page.goto(`${site.url}#data=large.json&briefing=all`);
  await expect(projectCards(page).first()).toBeVisible();
  await verdictGiven;
  await expect(projectCards(page).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a large dataset whose quote is not in its source is replaced by its problems', async ({ page }) => {
  await page.goto(site.url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/The dataset “briefings\.json” has 1 problem/);
  await expect(page.locator('.problems li')).toContainText(['the quote is not verbatim in the briefing\'s source text']);
  const briefing = wrongQuote.briefings.length - 1;
  const project = lastBriefing.projects.length - 1;
  await expect(page.locator('.problems li').first()).toContainText(`Project “${changed.short_name}” (briefings[${briefing}].projects[${project}].quotes[0], line `);
  await expect(projectCards(page)).toHaveCount(0);
});

test('the default dataset is read again when the address comes back to it', async ({ page }) => {
  // The first load takes the bytes of the page's early fetch and hands them to the worker for
  // the whole check, which leaves them empty there: coming back must fetch the file again.
  await page.goto(site.url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(/The dataset “briefings\.json” has 1 problem/);
  // Going back while the other dataset's check is under way would stop its worker mid-fetch.
  const verdictGiven = new Promise((resolve) => {
    page.once('worker', (worker) => worker.once('close', resolve));
  });
  await page.goto(`${site.url}#data=large.json&briefing=all`);
  await expect(projectCards(page).first()).toBeVisible();
  await verdictGiven;
  await page.goBack();
  await expect(alert).toContainText(/The dataset “briefings\.json” has 1 problem/);
  await expect(page.locator('.problems li')).toContainText(['the quote is not verbatim in the briefing\'s source text']);
});

test('a small dataset whose quote is not in its source is replaced by its problems', async ({ page }) => {
  await page.goto(`${site.url}#data=small-wrong.json`);
  await expect(page.getByRole('alert')).toContainText(/The dataset “small-wrong\.json” has 1 problem/);
  await expect(page.locator('.problems li')).toContainText(['the quote is not verbatim in the briefing\'s source text']);
  await expect(page.locator('.problems li').first()).toContainText(`Project “${smallWrong.project.short_name}”`);
  await expect(projectCards(page)).toHaveCount(0);
});

test('the build records its dataset as checked whole, by size and SHA-256', () => {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const block = html.match(/<script type="application\/json" id="checked-at-build">([^<]*)<\/script>/);
  expect(block).not.toBeNull();
  const record = JSON.parse(block[1]);
  expect(Object.keys(record)).toEqual(['briefings.json']);
  const bytes = fs.readFileSync(path.join(DIST, 'data', 'briefings.json'));
  expect(record['briefings.json']).toEqual({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
});

test('a large dataset the build checked whole is shown with no worker, and stays', async ({ page }) => {
  const workerRequests = requestsForTheWorker(page);
  await page.goto(`${site.url}#data=checked.json&briefing=all`);
  await expect(projectCards(page).first()).toBeVisible();
  // The worker is fetched right after the first paint when a whole check is due (after the
  // digest, a few milliseconds): two frames past the cards, then half a second without a request,
  // means none was.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(100);
  await page.waitForLoadState('networkidle');
  expect(workerRequests).toEqual([]);
  await expect(projectCards(page).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a checked file changed after the build, keeping its size, is checked whole', async ({ page }) => {
  expect(sameSizeWrongQuote(valid).length).toBe(JSON.stringify(valid).length);
  await page.goto(`${site.url}#data=edited-after-build.json&briefing=all`);
  await expect(page.getByRole('alert')).toContainText(/The dataset “edited-after-build\.json” has 1 problem/);
  await expect(page.locator('.problems li')).toContainText(['the quote is not verbatim in the briefing\'s source text']);
  await expect(projectCards(page)).toHaveCount(0);
});

test('a small dataset the build checked whole is not checked again on the page', async ({ page }) => {
  // The page trusts the build's record of a file it matches, small or large: the whole check
  // (every quote looked up in the source) is no part of its start. The record here vouches for a
  // file with a wrong quote, which only a whole check would find.
  const workerRequests = requestsForTheWorker(page);
  await page.goto(`${site.url}#data=small-vouched.json&briefing=all`);
  await expect(projectCards(page).first()).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForTimeout(100);
  await page.waitForLoadState('networkidle');
  await expect(projectCards(page)).toHaveCount(smallWrong.wrong.briefings.flatMap((b) => b.projects).length);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(workerRequests).toEqual([]);
});

test('a small checked file changed after the build, keeping its size, is checked whole on the page', async ({ page }) => {
  // Its whole check follows the first paint, as a large one's does, but on the page: a few
  // milliseconds there cost less than fetching the worker's files.
  expect(sameSizeWrongQuote(smallValid).length).toBe(JSON.stringify(smallValid).length);
  const workerRequests = requestsForTheWorker(page);
  await page.goto(`${site.url}#data=small-edited-after-build.json&briefing=all`);
  await expect(page.getByRole('alert')).toContainText(/The dataset “small-edited-after-build\.json” has 1 problem/);
  await expect(page.locator('.problems li')).toContainText(['the quote is not verbatim in the briefing\'s source text']);
  await expect(projectCards(page)).toHaveCount(0);
  expect(workerRequests).toEqual([]);
});
