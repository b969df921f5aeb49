#!/usr/bin/env node
// The benchmark behind `make bench`: measures release builds that `make bench-builds` left in
// target/bench/ and writes target/bench/report.json and target/bench/report.md (also printed).
//
// usage: node scripts/bench.mjs [--dir target/bench] [--sizes 100,1000,10000]
//                               [--first-runs 7] [--clicks 20] [--no-lighthouse]
//
// Builds it expects: <dir>/dist-bundled (the bundled data/briefings.json) and <dir>/dist-N for
// each size N (synthetic data from scripts/generate-dataset.mjs, <dir>/data-N.json). A missing
// build is reported as such, not fatal.
//
// What it measures, per build:
//   transfer   index.html and the js, wasm and css it loads, and data/briefings.json: raw, gzip
//              -9 and brotli (quality 11) bytes. The editor's page (edit.html and what it loads)
//              is reported apart, and the reader's total holds no file of it.
//   first card time from navigation start to the first project card (an `article` in the
//              "Projects" section, `#projects article`) in the DOM, read in the page with
//              performance.now() from a MutationObserver installed before any page script (the
//              probe bench-common.mjs shares with bench-peer.mjs); median of --first-runs runs,
//              each in a fresh browser context. Synthetic builds are opened at `#briefing=all`
//              so every project is in view.
//   filter     --clicks clicks on the first button of the "Industry" facet (toggling it on and
//              off), through real input events, measured by bench-common.mjs's click probe:
//              performance.now() in a capturing click listener, then the first change to the
//              page's DOM after it, then the next requestAnimationFrame callback. "filter update"
//              is click -> that frame callback (so it includes the chart redraw, which Yew runs
//              in the same update's effects, and the wait for the next frame); also recorded:
//              "work", click -> the MutationObserver callback of that first change, which runs
//              as a microtask after the update's render and effects (no frame wait), click ->
//              after that frame rendered (a task queued from the frame callback), the longest
//              task meanwhile, and the live region ("N of M projects shown") after each click.
//   memory     the app's WebAssembly.Memory size (the instance exports Trunk passes in its
//              `TrunkApplicationStarted` event), after the first render and after the clicks,
//              and the JS heap in use after a forced GC (CDP Runtime.getHeapUsage).
//   Lighthouse 12, mobile (its default: slow 4G and a 4× slower CPU, simulated) and desktop:
//              performance, accessibility and best-practices scores, LCP and TBT, on the bundled
//              build served with gzip only (as typical static hosts serve it; the measurements
//              above get brotli), each against its own Chromium (--remote-debugging-port).
//
// Timings are noisy (especially on a busy 2-core machine): the report gives medians and p95s
// and marks targets PASS/MISS, and this script exits 0 whether or not targets are met. It
// exits non-zero only when it cannot measure at all (no build, no browser).

import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/env.mjs';
import {
  OURS, compress, loadToFirstCard, longTasks, measureClick, median, memoryAfterGC, newProbedPage, percentile, round, serveBuild,
} from './bench-common.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TARGETS = {
  brotliBundledKB: 150,
  filterP95Ms: 16,
  filterAtProjects: 10000,
  firstRenderMs: 400,
  firstRenderAtProjects: 10000,
  lighthouse: 100,
};

// --- arguments ----------------------------------------------------------------

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      dir: { type: 'string', default: 'target/bench' },
      sizes: { type: 'string', default: '100,1000,10000' },
      'first-runs': { type: 'string', default: '7' },
      clicks: { type: 'string', default: '20' },
      'no-lighthouse': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: bench.mjs [--dir target/bench] [--sizes 100,1000,10000] [--first-runs 7] [--clicks 20] [--no-lighthouse]');
    process.exit(0);
  }
  const opts = {
    dir: values.dir,
    sizes: values.sizes.split(/[\s,]+/).filter(Boolean).map(Number),
    firstRuns: Number(values['first-runs']),
    clicks: Number(values.clicks),
    lighthouse: !values['no-lighthouse'],
  };
  if (opts.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes must be positive integers');
  return opts;
}

// --- transfer size ------------------------------------------------------------

const COUNTED = new Set(['.html', '.js', '.wasm', '.css']);

// Fetched only when a reader opens a file (the checking worker): not part of a first visit.
const ON_DEMAND = /^validate-worker/;

// The briefing editor's page and bundle (edit.html, briefing-editor-HASH.js and _bg.wasm): never
// part of the reader's transfer.
const EDITOR_FILE = /^(?:edit\.html$|briefing-editor[-_.])/;

/** Relative module paths a script names: static and dynamic imports, and Trunk's wasm path. */
function moduleRefs(code) {
  return [
    ...code.matchAll(/\bfrom\s*(['"])(\.{1,2}\/[^'"]+)\1/g),
    ...code.matchAll(/\bimport\s*\(\s*(['"])(\.{1,2}\/[^'"]+)\1\s*\)/g),
    ...code.matchAll(/\bmodule_or_path\s*:\s*(['"])([^'"]+)\1/g),
  ].map((m) => m[2]);
}

/**
 * The files of `distDir` that `page` (index.html or edit.html) loads on a first visit: the page,
 * what its <link>s and <script>s name (stylesheets, icon, preloads), the modules its loader
 * imports and the wasm it starts, and what those modules import in turn (wasm-bindgen's
 * snippets/). Paths relative to `distDir`, '/'-separated, in the order found.
 */
export function pageFiles(distDir, page) {
  const found = [page];
  const scripts = [];
  const add = (ref, from) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|#)/i.test(ref)) return; // another origin, or not a file
    const name = path.posix.normalize(path.posix.join(path.posix.dirname(from), decodeURIComponent(ref.split(/[?#]/, 1)[0])));
    if (name.startsWith('../') || found.includes(name) || !fs.existsSync(path.join(distDir, name))) return;
    found.push(name);
    if (name.endsWith('.js')) scripts.push(name);
  };
  const html = fs.readFileSync(path.join(distDir, page), 'utf8');
  for (const m of html.matchAll(/<(?:link|script)\b[^>]*?\s(?:href|src)\s*=\s*["']([^"']+)["']/gi)) add(m[1], page);
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) for (const ref of moduleRefs(m[1])) add(ref, page);
  while (scripts.length) {
    const script = scripts.shift();
    for (const ref of moduleRefs(fs.readFileSync(path.join(distDir, script), 'utf8'))) add(ref, script);
  }
  return found;
}

function sized(distDir, name) {
  const bytes = fs.readFileSync(path.join(distDir, name));
  const isText = path.extname(name).toLowerCase() !== '.wasm';
  return { file: name, raw: bytes.length, gzip: compress(bytes, 'gzip', isText).length, brotli: compress(bytes, 'br', isText).length };
}

function totalOf(files) {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  return total;
}

/**
 * What a first visit transfers: for the reader, index.html and the html/js/wasm/css it loads
 * (pageFiles), plus data/briefings.json; for the editor, the same of edit.html, reported apart
 * (`editor`; the stylesheets both pages load are in both). The file checker's worker is
 * `on_demand`; `editor_in_reader` lists any editor file the reader's page loads (there must be
 * none), `unreferenced` any html/js/wasm/css that no page loads.
 */
export function transferSizes(distDir) {
  const counted = (name) => COUNTED.has(path.extname(name).toLowerCase());
  const readerNames = pageFiles(distDir, 'index.html').filter(counted);
  const files = readerNames.map((name) => sized(distDir, name));
  // The dataset is read at run time from data/briefings.json: part of what a first visit loads.
  if (fs.existsSync(path.join(distDir, 'data', 'briefings.json'))) files.push(sized(distDir, 'data/briefings.json'));
  const editorNames = fs.existsSync(path.join(distDir, 'edit.html')) ? pageFiles(distDir, 'edit.html').filter(counted) : [];
  const editorFiles = editorNames.map((name) => sized(distDir, name));
  const onDemand = [];
  const unreferenced = [];
  for (const name of fs.readdirSync(distDir).sort()) {
    if (!counted(name) || readerNames.includes(name) || editorNames.includes(name)) continue;
    if (ON_DEMAND.test(name)) {
      const { file, raw, brotli } = sized(distDir, name);
      onDemand.push({ file, raw, brotli });
    } else {
      unreferenced.push(name);
    }
  }
  const skipped = fs.readdirSync(distDir).filter((name) => !counted(name));
  const onDemandBrotli = onDemand.reduce((sum, file) => sum + file.brotli, 0);
  return {
    files,
    total: totalOf(files),
    on_demand: { files: onDemand, brotli: onDemandBrotli },
    editor: editorFiles.length ? { files: editorFiles, total: totalOf(editorFiles) } : null,
    editor_in_reader: readerNames.filter((name) => EDITOR_FILE.test(path.posix.basename(name))),
    unreferenced,
    not_counted: skipped,
  };
}

// --- browser measurements -----------------------------------------------------

/** A probed page (bench-common.mjs) that also collects the page's errors and console errors. */
async function newPage(browser) {
  const { context, page, cdp } = await newProbedPage(browser, OURS.card);
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  return { context, page, cdp, errors };
}

/** What the live region says ("N of M projects shown"), or null. */
function liveRegionText(page) {
  return page.evaluate(() => [...document.querySelectorAll('[aria-live]')].find((el) => /projects shown/i.test(el.textContent))?.textContent ?? null);
}

async function measureBuild(browser, build, opts, log) {
  const server = await serveBuild(build.dist);
  const url = server.url + build.hash;
  const errors = [];
  try {
    // First render, fresh context each run.
    const runs = [];
    for (let i = 0; i < opts.firstRuns; i++) {
      const { context, page, errors: pageErrors } = await newPage(browser);
      try {
        runs.push({ ...await loadToFirstCard(page, url), liveText: await liveRegionText(page) });
      } finally {
        errors.push(...pageErrors);
        await context.close();
      }
    }
    const first = {
      runs: runs.map((r) => round(r.firstCard)),
      median_ms: round(median(runs.map((r) => r.firstCard))),
      min_ms: round(Math.min(...runs.map((r) => r.firstCard))),
      max_ms: round(Math.max(...runs.map((r) => r.firstCard))),
      next_frame_median_ms: round(median(runs.map((r) => r.firstCardFrame))),
      app_started_median_ms: round(median(runs.map((r) => r.appStarted))),
      dom_content_loaded_median_ms: round(median(runs.map((r) => r.domContentLoaded))),
      live_region: runs[0]?.liveText ?? null,
    };
    log(`  first card: median ${first.median_ms} ms (${first.runs.join(', ')}); ${first.live_region ?? ''}`);

    // Memory and filter clicks, on one more fresh page.
    const { context, page, cdp, errors: pageErrors } = await newPage(browser);
    let filter;
    let mem;
    try {
      await loadToFirstCard(page, url);
      await page.waitForTimeout(300);
      const memAfterLoad = await memoryAfterGC(cdp, page);
      const button = OURS.industryButton(page);
      const buttonLabel = await button.evaluate((b) => [...b.children].map((c) => c.textContent.trim()).filter(Boolean).join(' ') || b.textContent.trim());
      const samples = [];
      for (let i = 0; i < opts.clicks; i++) {
        const r = await measureClick(page, button);
        samples.push({
          direction: i % 2 === 0 ? 'on' : 'off',
          timeout: r.timeout,
          frame_ms: round(r.update_ms, 2),
          work_ms: round(r.work_ms, 2),
          painted_ms: round(r.painted_ms, 2),
          longest_task_ms: round(r.longest_task_ms),
          // What the click did: the live region's "N of M projects shown" once it is measured.
          shown: await liveRegionText(page),
        });
      }
      const frame = samples.map((s) => s.frame_ms);
      const work = samples.map((s) => s.work_ms);
      const painted = samples.map((s) => s.painted_ms);
      filter = {
        button: buttonLabel,
        clicks: samples.length,
        timeouts: samples.filter((s) => s.timeout).length,
        median_ms: round(median(frame), 2),
        p95_ms: round(percentile(frame, 95), 2),
        work_median_ms: round(median(work), 2),
        work_p95_ms: round(percentile(work, 95), 2),
        painted_median_ms: round(median(painted), 2),
        painted_p95_ms: round(percentile(painted, 95), 2),
        on_median_ms: round(median(samples.filter((s) => s.direction === 'on').map((s) => s.frame_ms)), 2),
        off_median_ms: round(median(samples.filter((s) => s.direction === 'off').map((s) => s.frame_ms)), 2),
        longest_task_ms: Math.max(0, ...samples.map((s) => s.longest_task_ms)),
        samples,
      };
      log(`  filter (${buttonLabel}): median ${filter.median_ms} ms, p95 ${filter.p95_ms} ms (work p95 ${filter.work_p95_ms} ms)`);
      const memAfterClicks = await memoryAfterGC(cdp, page);
      mem = { after_load: memAfterLoad, after_clicks: memAfterClicks };
      log(`  memory: wasm ${fmtBytes(memAfterLoad.wasm_memory_bytes)} -> ${fmtBytes(memAfterClicks.wasm_memory_bytes)}, JS heap ${fmtBytes(memAfterClicks.js_heap_used_bytes)}`);
    } finally {
      errors.push(...pageErrors);
      await context.close();
    }
    return { first_render: first, filter, memory: mem, served_encodings: server.encodings, page_errors: [...new Set(errors)] };
  } finally {
    await server.close();
  }
}

// --- opening a file ----------------------------------------------------------

/**
 * Opens `dataFile` through "Open data file…" in the bundled build, `runs` times: the time from
 * choosing the file to its first card, and the long tasks on the page meanwhile (the check runs
 * in a worker; reading the result and rendering it do not). With `search` ({ query, shows }),
 * then types `query` into the search box and times it until the page says `shows`, with the
 * long tasks meanwhile.
 */
async function measureOpenFile(browser, dist, dataFile, runs, log, search = null) {
  const server = await serveBuild(dist);
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { context, page } = await newPage(browser);
      try {
        await loadToFirstCard(page, server.url);
        const name = path.basename(dataFile);
        const chooser = page.waitForEvent('filechooser');
        const opening = await page.evaluate(() => performance.now());
        await page.getByRole('button', { name: 'Open data file…' }).click();
        const chosen = await page.evaluate(() => performance.now());
        await (await chooser).setFiles(dataFile);
        await page.waitForFunction(([shown, card]) => document.body.textContent.includes(shown) && document.querySelector(card),
          [`Showing “${name}”`, OURS.card], { polling: 20, timeout: 120000 });
        const done = await page.evaluate(() => performance.now());
        await page.waitForTimeout(300);
        // The probe's long tasks that ended after the click on "Open data file…".
        const tasks = (await longTasks(page))
          .filter(([start, duration]) => start + duration >= opening)
          .map(([, duration]) => duration);
        const sample = { to_first_card_ms: done - chosen, longest_task_ms: Math.max(0, ...tasks), tasks_over_100ms: tasks.filter((t) => t > 100).length };
        if (search) {
          const typing = await page.evaluate(() => performance.now());
          await page.getByRole('searchbox', { name: 'Search' }).fill(search.query);
          await page.waitForFunction((shows) => document.body.textContent.includes(shows), search.shows, { polling: 20, timeout: 120000 });
          sample.search_ms = (await page.evaluate(() => performance.now())) - typing;
          await page.waitForTimeout(300);
          sample.search_longest_task_ms = Math.max(0, ...(await longTasks(page))
            .filter(([start, duration]) => start + duration >= typing)
            .map(([, duration]) => duration));
        }
        samples.push(sample);
      } finally {
        await context.close();
      }
    }
  } finally {
    await server.close();
  }
  const result = {
    file: path.relative(ROOT, dataFile),
    megabytes: round(fs.statSync(dataFile).size / 1e6, 2),
    runs,
    to_first_card_median_ms: round(median(samples.map((s) => s.to_first_card_ms))),
    longest_task_median_ms: round(median(samples.map((s) => s.longest_task_ms))),
    tasks_over_100ms_median: median(samples.map((s) => s.tasks_over_100ms)),
    samples,
  };
  if (search) {
    result.search = {
      query: search.query,
      median_ms: round(median(samples.map((s) => s.search_ms))),
      longest_task_median_ms: round(median(samples.map((s) => s.search_longest_task_ms))),
    };
  }
  log(`  open ${result.megabytes} MB: first card after ${result.to_first_card_median_ms} ms, longest task ${result.longest_task_median_ms} ms`
    + (search ? `; search “${search.query}” ${result.search.median_ms} ms, longest task ${result.search.longest_task_median_ms} ms` : ''));
  return result;
}

// --- Lighthouse ---------------------------------------------------------------

function launchDebuggableChromium() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-lighthouse-'));
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error('Chromium did not report its DevTools port within 30 s')), 30000);
    child.stderr.on('data', (chunk) => {
      buffered += chunk;
      const match = buffered.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`Chromium exited early (${code})`)); });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    // Chromium's helper processes may still be writing into the profile as it exits (one run
    // lost a desktop score it had measured to ENOTEMPTY here): retry, and leave a profile that
    // will not go rather than fail the measurement.
    try {
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      console.error(`  (left ${userDataDir}: ${error.message})`);
    }
  };
  return { port, stop };
}

// Lighthouse's own presets, each run in its own browser: its default configuration is the mobile
// one (a phone's screen, slow 4G and a 4× slower CPU, simulated), which is what most people run;
// desktop is its desktopConfig.
const LIGHTHOUSE_PRESETS = ['mobile', 'desktop'];

async function runLighthouse(preset, url, outPrefix, log) {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chrome = launchDebuggableChromium();
  try {
    const port = await chrome.port;
    const result = await lighthouse(url, {
      port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    }, preset === 'desktop' ? desktopConfig : undefined);
    const [json, html] = result.report;
    fs.writeFileSync(`${outPrefix}.report.json`, json);
    fs.writeFileSync(`${outPrefix}.report.html`, html);
    const lhr = result.lhr;
    const score = (id) => (lhr.categories[id]?.score === null || lhr.categories[id]?.score === undefined ? null : Math.round(lhr.categories[id].score * 100));
    // Audits that cost points: weighted in a category and below a full score.
    const failing = Object.entries(lhr.categories).flatMap(([category, c]) => c.auditRefs
      .filter((ref) => ref.weight > 0 && typeof lhr.audits[ref.id]?.score === 'number' && lhr.audits[ref.id].score < 1)
      .map((ref) => ({ category, id: ref.id, score: lhr.audits[ref.id].score, display: lhr.audits[ref.id].displayValue ?? null })));
    const metric = (id) => (lhr.audits[id]?.numericValue === undefined ? null : round(lhr.audits[id].numericValue));
    const summary = {
      version: lhr.lighthouseVersion,
      preset,
      url: lhr.finalDisplayedUrl,
      performance: score('performance'),
      accessibility: score('accessibility'),
      best_practices: score('best-practices'),
      metrics_ms: {
        first_contentful_paint: metric('first-contentful-paint'),
        largest_contentful_paint: metric('largest-contentful-paint'),
        total_blocking_time: metric('total-blocking-time'),
        speed_index: metric('speed-index'),
        cumulative_layout_shift: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      },
      runtime_error: lhr.runtimeError ?? null,
      run_warnings: lhr.runWarnings ?? [],
      audits_below_full_score: failing,
      report: path.relative(ROOT, `${outPrefix}.report.html`),
    };
    log(`  lighthouse ${preset}: performance ${summary.performance} (LCP ${summary.metrics_ms.largest_contentful_paint} ms, TBT ${summary.metrics_ms.total_blocking_time} ms), accessibility ${summary.accessibility}, best-practices ${summary.best_practices}`);
    return summary;
  } finally {
    await chrome.stop();
  }
}

// --- report -------------------------------------------------------------------

function fmtBytes(n) {
  if (n === null || n === undefined) return 'n/a';
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return `${(n / 1024).toFixed(1)} KiB`;
}

const fmtKB = (n) => (n === null || n === undefined ? 'n/a' : `${(n / 1000).toFixed(1)} KB`);
const fmtMs = (n) => (n === null || n === undefined ? 'n/a' : `${n} ms`);

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

function evaluateTargets(report) {
  const byName = (name) => report.builds.find((b) => b.name === name && !b.missing);
  const bundled = byName('bundled');
  const atFilter = byName(`synthetic-${TARGETS.filterAtProjects}`);
  const atFirst = byName(`synthetic-${TARGETS.firstRenderAtProjects}`);
  const targets = [];
  const add = (name, target, measured, pass) => targets.push({ name, target, measured, pass: measured === null ? null : pass });
  const brotli = bundled?.transfer?.total?.brotli ?? null;
  add('Transfer, brotli, bundled data (html+js+wasm+css+data)', `≤ ${TARGETS.brotliBundledKB} KB`, brotli === null ? null : fmtKB(brotli), brotli !== null && brotli <= TARGETS.brotliBundledKB * 1000);
  const p95 = atFilter?.filter?.p95_ms ?? null;
  add(`Filter update p95 at ${TARGETS.filterAtProjects.toLocaleString('en-US')} projects`, `≤ ${TARGETS.filterP95Ms} ms`, p95 === null ? null : fmtMs(p95), p95 !== null && p95 <= TARGETS.filterP95Ms);
  const firstMedian = atFirst?.first_render?.median_ms ?? null;
  add(`First render (median) at ${TARGETS.firstRenderAtProjects.toLocaleString('en-US')} projects`, `≤ ${TARGETS.firstRenderMs} ms`, firstMedian === null ? null : fmtMs(firstMedian), firstMedian !== null && firstMedian <= TARGETS.firstRenderMs);
  for (const preset of LIGHTHOUSE_PRESETS) {
    const lh = report.lighthouse?.[preset];
    for (const [key, label] of [['performance', 'performance'], ['accessibility', 'accessibility'], ['best_practices', 'best-practices']]) {
      const v = lh?.[key] ?? null;
      // The two metrics weighing most in the performance score go beside it: what a miss is made of.
      const metrics = key === 'performance' && v !== null
        ? ` (LCP ${fmtMs(round(lh.metrics_ms.largest_contentful_paint, 0))}, TBT ${fmtMs(round(lh.metrics_ms.total_blocking_time, 0))})`
        : '';
      add(`Lighthouse ${label} (${preset}, bundled, gzip)`, `${TARGETS.lighthouse}`, v === null ? null : `${v}${metrics}`, v !== null && v >= TARGETS.lighthouse);
    }
  }
  return targets;
}

function markdown(report) {
  const lines = [];
  const m = report.machine;
  lines.push(`# Briefing Explorer benchmark`);
  lines.push('');
  lines.push(`${report.generated_at} · commit ${report.git ? `${report.git.commit}${report.git.dirty ? ' (dirty tree)' : ''}` : 'n/a'} · ${m.chromium} · Node ${m.node} · ${m.cpus} × ${m.cpu_model} · load ${m.load_average.join(' ')}`);
  lines.push('');
  lines.push('| build | projects | raw | gzip | brotli | first card (median) | filter update median / p95 | filter work p95 | wasm memory | JS heap |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const b of report.builds) {
    const key = b.name;
    if (b.missing) {
      lines.push(`| ${key} | ${b.projects ?? ''} | not built | | | | | | | |`);
      continue;
    }
    const t = b.transfer.total;
    const f = b.filter;
    const mem = b.memory?.after_clicks;
    lines.push(`| ${key} | ${b.projects.toLocaleString('en-US')} | ${fmtKB(t.raw)} | ${fmtKB(t.gzip)} | ${fmtKB(t.brotli)} | ${fmtMs(b.first_render?.median_ms)} | ${f ? `${f.median_ms} / ${f.p95_ms} ms` : 'n/a'} | ${f ? fmtMs(f.work_p95_ms) : 'n/a'} | ${fmtBytes(mem?.wasm_memory_bytes)} | ${fmtBytes(mem?.js_heap_used_bytes)} |`);
  }
  lines.push('');
  lines.push('| target | goal | measured | result |');
  lines.push('| --- | --- | --- | --- |');
  for (const t of report.targets) {
    lines.push(`| ${t.name} | ${t.target} | ${t.measured ?? 'not measured'} | ${t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'MISS'} |`);
  }
  lines.push('');
  lines.push(`First card: navigation start → first \`article\` in the "Projects" region, in-page, median of ${report.settings.first_runs} fresh contexts (synthetic builds at \`#briefing=all\`). ` +
    `Filter update: click on the first "Industry" facet → first DOM change after it → next animation frame, in-page, ${report.settings.clicks} clicks toggling on/off (the same probe as the peer comparison's); "work" is click → that first change's observer, after the update's render and effects (chart redraw), without the wait for a frame. ` +
    'Sizes: KB = 1000 bytes; brotli quality 11, gzip -9; favicon not counted; the bench serves the builds brotli-compressed, and to Lighthouse gzip-compressed. Memory after the clicks: wasm linear memory and JS heap used after GC. ' +
    'Timings depend on machine load (see the load average above): compare medians across runs on the same machine, never single numbers.');
  if (report.open_file) {
    const o = report.open_file;
    lines.push('');
    lines.push(`Opening a ${o.megabytes} MB file (\`${o.file}\`) in the bundled build: first card ${o.to_first_card_median_ms} ms after choosing it (median of ${o.runs}); longest task on the page meanwhile ${o.longest_task_median_ms} ms, ${o.tasks_over_100ms_median} over 100 ms (the check runs in a worker; reading its result and rendering 10,000 projects do not).`);
  }
  if (report.open_glossary_file) {
    const o = report.open_glossary_file;
    lines.push('');
    lines.push(`Opening a ${o.megabytes} MB file with a long glossary (\`${o.file}\`: 100,000 terms with original wordings, 10,000 projects, the source one paragraph): first card ${o.to_first_card_median_ms} ms after choosing it, longest task ${o.longest_task_median_ms} ms, ${o.tasks_over_100ms_median} over 100 ms; then a search by an original wording (“${o.search.query}”) shows its one project ${o.search.median_ms} ms after it is typed, longest task ${o.search.longest_task_median_ms} ms (medians of ${o.runs}).`);
  }
  const onDemand = report.builds.find((b) => b.name === 'bundled')?.transfer?.on_demand;
  if (onDemand?.files.length) {
    lines.push('');
    lines.push(`Not in the transfer sizes: the file checker's worker (${onDemand.files.map((f) => f.file).join(', ')}), ${fmtKB(onDemand.brotli)} brotli, fetched only when a reader opens a file.`);
  }
  const editor = report.builds.find((b) => b.name === 'bundled')?.transfer?.editor;
  if (editor) {
    lines.push('');
    lines.push(`The briefing editor's page, edit.html and what it loads (${editor.files.map((f) => f.file).join(', ')}): `
      + `${fmtKB(editor.total.raw)} raw, ${fmtKB(editor.total.gzip)} gzip, ${fmtKB(editor.total.brotli)} brotli. `
      + 'Not in the transfer sizes above: index.html loads none of its own files (the stylesheets both pages use are counted in both).');
  }
  for (const b of report.builds.filter((build) => build.transfer?.editor_in_reader?.length)) {
    lines.push('');
    lines.push(`WARNING: ${b.name}'s index.html loads editor files: ${b.transfer.editor_in_reader.join(', ')}.`);
  }
  for (const b of report.builds.filter((build) => build.transfer?.unreferenced?.length)) {
    lines.push('');
    lines.push(`Not counted in ${b.name}: ${b.transfer.unreferenced.join(', ')} (no page loads them).`);
  }
  for (const preset of LIGHTHOUSE_PRESETS) {
    const failing = report.lighthouse?.[preset]?.audits_below_full_score;
    if (!failing?.length) continue;
    lines.push('');
    lines.push(`Lighthouse ${preset} audits costing points: ${failing.map((a) => `${a.category}/${a.id} ${a.score}${a.display ? ` (${a.display})` : ''}`).join(', ')}.`);
  }
  for (const b of report.builds.filter((build) => build.data_mismatch)) {
    lines.push('');
    lines.push(`WARNING: ${b.name} shows ${b.data_mismatch.projects_in_view} projects but its dataset has ${b.data_mismatch.dataset_projects}; rebuild it (\`make bench-builds\`).`);
  }
  for (const b of report.builds.filter((build) => build.page_errors?.length)) {
    lines.push('');
    lines.push(`Page errors in ${b.name}: ${b.page_errors.slice(0, 3).join(' | ')}`);
  }
  return `${lines.join('\n')}\n`;
}

// --- main ---------------------------------------------------------------------

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const dir = path.resolve(ROOT, opts.dir);
  fs.mkdirSync(dir, { recursive: true });
  const log = (msg) => console.error(msg);

  const builds = [{ key: 'bundled', dist: path.join(dir, 'dist-bundled'), data: path.join(ROOT, 'data/briefings.json'), hash: '' }];
  for (const n of opts.sizes) builds.push({ key: `synthetic-${n}`, dist: path.join(dir, `dist-${n}`), data: path.join(dir, `data-${n}.json`), hash: '#briefing=all' });

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const report = {
    generated_at: new Date().toISOString(),
    git: gitInfo(),
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model?.trim() ?? 'unknown',
      load_average: os.loadavg().map((v) => round(v, 2)),
      node: process.versions.node,
      chromium: `Chromium ${browser.version()}`,
    },
    settings: { first_runs: opts.firstRuns, clicks: opts.clicks, sizes: opts.sizes, chromium_args: CHROMIUM_ARGS, viewport: '1280x800' },
    builds: [],
    lighthouse: null,
    targets: [],
  };

  try {
    for (const build of builds) {
      log(`==> ${build.key}: ${path.relative(ROOT, build.dist)}`);
      let projects = null;
      let briefings = null;
      if (fs.existsSync(build.data)) {
        const data = JSON.parse(fs.readFileSync(build.data, 'utf8'));
        briefings = data.briefings.length;
        projects = data.briefings.reduce((sum, b) => sum + b.projects.length, 0);
      }
      if (!fs.existsSync(path.join(build.dist, 'index.html'))) {
        log('  not built (run `make bench-builds`)');
        report.builds.push({ name: build.key, missing: true, projects });
        continue;
      }
      const transfer = transferSizes(build.dist);
      log(`  transfer: raw ${fmtKB(transfer.total.raw)}, gzip ${fmtKB(transfer.total.gzip)}, brotli ${fmtKB(transfer.total.brotli)}`);
      if (transfer.editor) log(`  the editor's page (apart): brotli ${fmtKB(transfer.editor.total.brotli)}`);
      if (transfer.editor_in_reader.length) log(`  WARNING: index.html loads editor files: ${transfer.editor_in_reader.join(', ')}`);
      const measured = await measureBuild(browser, build, opts, log);
      // Sanity check: the build shows the dataset it was meant to bundle.
      const match = /([\d,]+)\s+of\s+([\d,]+)/.exec(measured.first_render.live_region ?? '');
      const inView = match ? Number(match[2].replace(/,/g, '')) : null;
      if (projects !== null && inView !== projects) {
        log(`  WARNING: the page shows ${inView ?? 'an unknown number of'} projects, the dataset has ${projects}: stale or mixed-up build?`);
        measured.data_mismatch = { dataset_projects: projects, projects_in_view: inView };
      }
      report.builds.push({
        name: build.key,
        projects,
        briefings,
        dataset: path.relative(ROOT, build.data),
        dist: path.relative(ROOT, build.dist),
        url_hash: build.hash,
        transfer,
        ...measured,
      });
    }
  } finally {
    await browser.close();
  }

  const largest = Math.max(...opts.sizes);
  const largestData = path.join(dir, `data-${largest}.json`);
  if (fs.existsSync(path.join(dir, 'dist-bundled', 'index.html')) && fs.existsSync(largestData)) {
    log(`==> opening data-${largest}.json in the bundled build`);
    const openBrowser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      report.open_file = await measureOpenFile(openBrowser, path.join(dir, 'dist-bundled'), largestData, Math.min(opts.firstRuns, 3), log);
      // A long glossary (scripts/generate-glossary-dataset.mjs), searched by a term's original
      // wording: the glossary's one-pass search, in the page.
      const glossaryData = path.join(dir, 'data-glossary.json');
      if (fs.existsSync(glossaryData)) {
        log('==> opening data-glossary.json in the bundled build, then searching it');
        report.open_glossary_file = await measureOpenFile(openBrowser, path.join(dir, 'dist-bundled'), glossaryData, Math.min(opts.firstRuns, 3), log,
          { query: '原4321', shows: '1 of 10,000 projects shown' });
      }
    } finally {
      await openBrowser.close();
    }
  }

  if (opts.lighthouse && fs.existsSync(path.join(dir, 'dist-bundled', 'index.html'))) {
    // Served with gzip only, as typical static hosts serve it: brotli, which the measurements
    // above get, would make the transfer smaller than most readers' hosts make it.
    const server = await serveBuild(path.join(dir, 'dist-bundled'), { encodings: ['gzip'] });
    report.lighthouse = { served_encodings: server.encodings };
    try {
      for (const preset of LIGHTHOUSE_PRESETS) {
        log(`==> lighthouse (${preset}) on the bundled build, served with gzip`);
        try {
          report.lighthouse[preset] = await runLighthouse(preset, server.url, path.join(dir, `lighthouse-bundled-${preset}`), log);
        } catch (err) {
          log(`  lighthouse ${preset} failed: ${err.stack ?? err}`);
          report.lighthouse[preset] = { error: String(err.message ?? err) };
        }
      }
    } finally {
      await server.close();
    }
  }

  report.targets = evaluateTargets(report);
  fs.writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  fs.writeFileSync(path.join(dir, 'report.md'), md);
  console.log(`\n${md}`);
  log(`wrote ${path.relative(ROOT, path.join(dir, 'report.json'))} and ${path.relative(ROOT, path.join(dir, 'report.md'))}`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main().catch((err) => {
  console.error(`bench: ${err.stack ?? err}`);
  process.exit(1);
});
