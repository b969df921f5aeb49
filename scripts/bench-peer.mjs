#!/usr/bin/env node
// Briefing Explorer side by side with the peer page (../shared/peer: the same view in plain
// JavaScript with Observable Plot), on the same datasets, in one interleaved run. Part of
// `make bench`; never a test. Writes target/bench/peer-report.{json,md} (also printed).
//
// usage: node scripts/bench-peer.mjs [--dir target/bench] [--sizes 1000,10000] [--runs 7]
//                                    [--clicks 10] [--throttle 4] [--peer ../shared/peer]
//
// Builds it expects: ours in <dir>/dist-bundled and <dir>/dist-N (`make bench-builds`); the
// peer is built here from the same data into <dir>/peer-bundled and <dir>/peer-N (its build.sh,
// which installs its two npm packages on first use), and rebuilt when the data is newer.
//
// For each dataset, normally and with the CPU slowed down (--throttle, Chromium's
// Emulation.setCPUThrottlingRate: a mid-range phone), alternating which page goes first:
//   first card  navigation start -> the first project card in the DOM (ours: an `article` in the
//               "Projects" section; the peer: its first `article`), in a fresh context; ours
//               may be the first view (scripts/first-view.mjs), shown before the app starts;
//   working     navigation start -> the page answers input: ours when the app has started
//               (Trunk's `TrunkApplicationStarted`), the peer at its first card;
//   filter      a click on the first industry button -> the first change to the page's DOM
//               after it -> the next animation frame; the longest task (PerformanceObserver
//               `longtask`) between the click and that frame;
//               (both by bench-common.mjs's probes, which bench.mjs's columns use too)
//   transfer    the encoded bytes of every response the page loaded (served with brotli, as a
//               production host does), data included; and ours without the dataset;
//   memory      JS heap in use after a forced GC, plus ours' WebAssembly memory.
// Ratios are ours / peer: below 1.0 we are ahead.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { chromium } from '@playwright/test';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/env.mjs';
import {
  OURS, loadToFirstCard, measureClick, median, memoryAfterGC, newProbedPage, percentile, round, serveBuild,
} from './bench-common.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: {
    dir: { type: 'string', default: 'target/bench' },
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '7' },
    clicks: { type: 'string', default: '10' },
    throttle: { type: 'string', default: '4' },
    peer: { type: 'string', default: process.env.PEER_DIR ?? path.resolve(ROOT, '../shared/peer') },
  },
});
const DIR = path.resolve(ROOT, args.dir);
const RUNS = Number(args.runs);
const CLICKS = Number(args.clicks);
const THROTTLE = Number(args.throttle);
const log = (message) => console.error(message);

// --- the pages ----------------------------------------------------------------

// What the probes (bench-common.mjs) look for on each page: its project cards, and the industry
// button whose clicks are measured.
const APPS = {
  ours: OURS,
  peer: {
    card: 'article',
    industryButton: (page) => page.locator('nav button').first(),
  },
};

async function openPage(browser, app, url, throttle) {
  const { context, page, cdp } = await newProbedPage(browser, APPS[app].card);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const encoded = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) encoded.push({ url: request.url(), bytes: sizes.responseBodySize });
  });
  const { firstCard } = await loadToFirstCard(page, url);
  // Our page can show its first view (scripts/first-view.mjs) before the app has started, and
  // it answers clicks only once the app has: clicks are measured from then, and that time is
  // reported too. The peer's cards work as soon as they are there.
  let working = firstCard;
  if (app === 'ours') {
    await page.waitForFunction(() => window.__bench.appStarted !== null, null, { polling: 50, timeout: 180000 });
    working = Math.max(firstCard, await page.evaluate(() => window.__bench.appStarted));
  }
  return { context, page, cdp, firstCard, working, encoded };
}

async function clickFilter(app, page) {
  const button = APPS[app].industryButton(page);
  const samples = [];
  for (let i = 0; i < CLICKS; i++) samples.push(await measureClick(page, button));
  return samples;
}

/** One page load and its clicks, measured. */
async function measureOnce(browser, app, url, throttle) {
  const { context, page, cdp, firstCard, working, encoded } = await openPage(browser, app, url, throttle);
  try {
    await page.waitForTimeout(200);
    const transfer = encoded.reduce((sum, entry) => sum + entry.bytes, 0);
    const dataTransfer = encoded.filter((entry) => /\/data\/[^/]+\.json$/.test(entry.url)).reduce((sum, entry) => sum + entry.bytes, 0);
    const { js_heap_used_bytes, wasm_memory_bytes } = await memoryAfterGC(cdp, page);
    const clicks = await clickFilter(app, page);
    return { firstCard, working, transfer, dataTransfer, memory: js_heap_used_bytes + (wasm_memory_bytes ?? 0), clicks };
  } finally {
    await context.close();
  }
}

// --- the peer's builds --------------------------------------------------------

function ensurePeerBuild(data, out) {
  const built = path.join(out, 'app.min.js');
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= fs.statSync(data).mtimeMs) return;
  log(`  building the peer from ${path.relative(ROOT, data)}`);
  execFileSync('sh', [path.join(args.peer, 'build.sh'), data, out], { stdio: ['ignore', 'ignore', 'inherit'] });
}

// --- report -------------------------------------------------------------------

const ratio = (ours, peer) => (ours === null || peer === null || !peer ? null : round(ours / peer, 2));

function summarise(runs) {
  const clicks = runs.flatMap((run) => run.clicks);
  return {
    first_card_ms: round(median(runs.map((run) => run.firstCard))),
    working_ms: round(median(runs.map((run) => run.working))),
    filter_median_ms: round(median(clicks.map((c) => c.update_ms)), 2),
    filter_p95_ms: round(percentile(clicks.map((c) => c.update_ms), 95), 2),
    longest_click_task_ms: round(Math.max(0, ...clicks.map((c) => c.longest_task_ms))),
    clicks_over_50ms: clicks.filter((c) => c.longest_task_ms > 50).length,
    // How many of the loads' first clicks, second clicks, … were over 50 ms: a first click that
    // runs code for the first time looks different from clicks slowed at random.
    clicks_over_50ms_by_position: Array.from({ length: CLICKS }, (_, i) => runs.filter((run) => run.clicks[i]?.longest_task_ms > 50).length),
    transfer_bytes: median(runs.map((run) => run.transfer)),
    app_transfer_bytes: median(runs.map((run) => run.transfer - run.dataTransfer)),
    memory_bytes: median(runs.map((run) => run.memory)),
    timeouts: clicks.filter((c) => c.timeout).length,
  };
}

function markdown(report) {
  const kb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1000).toFixed(1)} KB`);
  const mb = (bytes) => (bytes === null || bytes === undefined ? 'n/a' : `${(bytes / 1e6).toFixed(1)} MB`);
  const lines = [
    `# Briefing Explorer and the peer page, side by side`,
    '',
    `${report.generated_at} · ${report.machine.cpus} × ${report.machine.cpu_model} · load average ${report.machine.load_average.join(' ')} · ${report.machine.chromium} · medians of ${report.settings.runs} interleaved loads, ${report.settings.clicks} clicks each · ours/peer below 1.0 means we are ahead`,
    '',
    '| data | CPU | first card ours / peer | working ours / peer | filter update ours / peer (p95 ours) | longest click task ours / peer | transfer (brotli) ours / peer | ours without data | memory ours / peer |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of report.rows) {
    const { ours, peer } = row;
    lines.push(`| ${row.data} | ${row.throttle > 1 ? `${row.throttle}× slower` : 'full speed'} | ${ours.first_card_ms} / ${peer.first_card_ms} ms = **${row.ratios.first_card}×** | ${ours.working_ms} / ${peer.working_ms} ms = **${row.ratios.working}×** | ${ours.filter_median_ms} / ${peer.filter_median_ms} ms = **${row.ratios.filter}×** (${ours.filter_p95_ms} ms) | ${ours.longest_click_task_ms} / ${peer.longest_click_task_ms} ms | ${kb(ours.transfer_bytes)} / ${kb(peer.transfer_bytes)} = **${row.ratios.transfer}×** | ${kb(ours.app_transfer_bytes)} | ${mb(ours.memory_bytes)} / ${mb(peer.memory_bytes)} |`);
  }
  lines.push('', 'Clicks with a task over 50 ms, by their place in a load (first, second, …):', '');
  for (const row of report.rows) {
    const place = (app) => row[app].clicks_over_50ms_by_position.join(' ');
    lines.push(`- ${row.data}, ${row.throttle > 1 ? `${row.throttle}× slower` : 'full speed'}: ours ${place('ours')}; peer ${place('peer')}`);
  }
  return `${lines.join('\n')}\n`;
}

// --- main ---------------------------------------------------------------------

async function main() {
  if (!fs.existsSync(path.join(args.peer, 'build.sh'))) {
    log(`bench-peer: no peer page at ${args.peer} (set --peer or PEER_DIR); nothing measured`);
    return;
  }
  const datasets = [{ key: 'bundled', label: 'bundled briefing (4 projects)', data: path.join(ROOT, 'data/briefings.json'), hash: '' }];
  for (const size of args.sizes.split(/[\s,]+/).filter(Boolean)) {
    datasets.push({ key: size, label: `synthetic ${Number(size).toLocaleString('en')} projects`, data: path.join(DIR, `data-${size}.json`), hash: '#briefing=all' });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const report = {
    generated_at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu_model: os.cpus()[0]?.model?.trim() ?? 'unknown',
      load_average: os.loadavg().map((v) => round(v, 2)),
      chromium: `Chromium ${browser.version()}`,
    },
    settings: { runs: RUNS, clicks: CLICKS, throttle: THROTTLE },
    rows: [],
  };
  try {
    for (const dataset of datasets) {
      const ours = path.join(DIR, `dist-${dataset.key}`);
      if (!fs.existsSync(path.join(ours, 'index.html')) || !fs.existsSync(dataset.data)) {
        log(`==> ${dataset.label}: not built (run \`make bench-builds\`)`);
        continue;
      }
      const peerDist = path.join(DIR, `peer-${dataset.key}`);
      ensurePeerBuild(dataset.data, peerDist);
      const servers = { ours: await serveBuild(ours), peer: await serveBuild(peerDist) };
      try {
        for (const throttle of [1, THROTTLE]) {
          log(`==> ${dataset.label}, CPU ${throttle}× slower`);
          const runs = { ours: [], peer: [] };
          for (let i = 0; i < RUNS; i++) {
            const order = i % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
            for (const app of order) {
              const url = servers[app].url + (app === 'ours' ? dataset.hash : '');
              runs[app].push(await measureOnce(browser, app, url, throttle));
            }
          }
          const row = { data: dataset.label, throttle, ours: summarise(runs.ours), peer: summarise(runs.peer) };
          row.ratios = {
            first_card: ratio(row.ours.first_card_ms, row.peer.first_card_ms),
            working: ratio(row.ours.working_ms, row.peer.working_ms),
            filter: ratio(row.ours.filter_median_ms, row.peer.filter_median_ms),
            transfer: ratio(row.ours.transfer_bytes, row.peer.transfer_bytes),
            memory: ratio(row.ours.memory_bytes, row.peer.memory_bytes),
          };
          log(`  first card ${row.ratios.first_card}×, filter ${row.ratios.filter}×, transfer ${row.ratios.transfer}×`);
          report.rows.push(row);
        }
      } finally {
        await servers.ours.close();
        await servers.peer.close();
      }
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(path.join(DIR, 'peer-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = markdown(report);
  fs.writeFileSync(path.join(DIR, 'peer-report.md'), md);
  console.log(`\n${md}`);
}

main().catch((error) => {
  console.error(`bench-peer: ${error.stack ?? error}`);
  process.exit(1);
});
