#!/usr/bin/env node
// Validator worst cases at full size (`make bench-validate`; part of `make bench`).
//
// usage: node scripts/bench-validate.mjs [--dir target/bench] [--validate target/release/validate]
//
// Writes files crafted to be slow or to flood the report, each 15–20 MB (just under the 20 MB
// limit), into DIR/validate-*.json, runs `validate --time` on each, and prints a table of the
// time and the report size. The budget (issue: "any file up to the 20 MB limit validates in under
// 2 seconds and its report is under 1 MB") is printed beside each; a miss is reported, never a
// failure: this is a measurement, not a test. The same arguments always give the same bytes.

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const options = { dir: 'target/bench', validate: 'target/release/validate' };
for (let index = 2; index < process.argv.length; index += 2) {
  options[process.argv[index].replace(/^--/, '')] = process.argv[index + 1];
}

const TIME_BUDGET_MS = 2000;
const REPORT_BUDGET_BYTES = 1024 * 1024;

const industry = (id) => `{"id":"${id}","label":"Industry ${id}"}`;
const project = (id, industryId, quote) =>
  `{"id":"${id}","name":"Project ${id}","short_name":"${id}","enterprise":"E","industry":"${industryId}","sector":"S","quotes":[${JSON.stringify(quote)}]}`;
const dataset = ({ industries, projects, source, quotes = [], directives = [] }) =>
  `{"industries":[${industries.join(',')}],"statuses":[],"briefings":[{"id":"b","title":"T",` +
  `"date":{"month":1,"day":1},"place":"P","officials":[],` +
  `"source":{"title":"T","language":"en","note":"N","text":${JSON.stringify(source)}},` +
  `"quotes":[${quotes.map((quote) => JSON.stringify(quote)).join(',')}],` +
  `"projects":[${projects.join(',')}],"directives":[${directives.join(',')}]}]}`;
// A project whose capacity quotes `quote` (also its own quote), with a figure the quote lacks.
const projectWithCapacity = (id, quote, bound) =>
  project(id, 'i', quote).replace(
    /}$/,
    `,"capacity":{"value":7,"unit":"sets","period":"year","bound":"${bound}","quote":${JSON.stringify(quote)}}}`,
  );
const range = (count, make) => Array.from({ length: count }, (_, index) => make(index));
// 1,900 projects whose capacities all quote `quote`, the briefing's whole source.
const capacities = (quote, bound) =>
  dataset({
    industries: [industry('i')],
    projects: range(1_900, (i) => projectWithCapacity(`p${i}`, quote, bound)),
    source: quote,
  });

const SENTENCE = 'The mayor visited the plant and asked about its progress. ';

const cases = {
  // N industries and N projects whose industry is unknown: each message used to list every id.
  'unknown-industries': () =>
    dataset({
      industries: range(80_000, (i) => industry(`industry-${i}`)),
      projects: range(80_000, (i) => project(`p${i}`, 'nope', 'The plant.')),
      source: 'The plant.',
    }),
  // 20,000 projects and one directive whose scope repeats one id 2.5 million times.
  'scope-repeats': () =>
    dataset({
      industries: [industry('i')],
      projects: range(20_000, (i) => project(`p${i}`, 'i', 'The plant.')),
      source: 'The plant.',
      directives: [
        `{"id":"d","theme":"T","summary":"S","quotes":["The plant."],"scope":[${'"p1",'.repeat(2_500_000)}"p2"]}`,
      ],
    }),
  // A 2 MB source and 350,000 quotes that are not in it.
  'missing-quotes-2mb-source': () =>
    dataset({
      industries: [industry('i')],
      projects: [project('p', 'i', 'The mayor visited the plant')],
      source: SENTENCE.repeat(Math.ceil(2_000_000 / SENTENCE.length)),
      quotes: range(350_000, (i) => `The mayor visited the plant ${i} times.`),
    }),
  // A 10 MB source and 180,000 quotes that are not in it.
  'missing-quotes-10mb-source': () =>
    dataset({
      industries: [industry('i')],
      projects: [project('p', 'i', 'The mayor visited the plant')],
      source: SENTENCE.repeat(Math.ceil(10_000_000 / SENTENCE.length)),
      quotes: range(180_000, (i) => `The mayor visited ${i} plants.`),
    }),
  // Quotes that are suffixes of one another over a repetitive source: a^k b for k up to 4,000.
  'nested-quotes': () =>
    dataset({
      industries: [industry('i')],
      projects: [project('p', 'i', 'a')],
      source: 'a'.repeat(10_000_000),
      quotes: range(3_000, (k) => `${'a'.repeat(k + 1)}b`),
    }),
  // 1,900 capacities, each quoting 5,000 characters of "1 1 1 …" that lack its figure: every
  // figure of every quote is read for the message.
  'capacity-quotes-of-figures': () => capacities('1 '.repeat(2_500).trim(), 'more-than'),
  // The same with "about x 1 about x 1 …" and the bound `about`: its word is everywhere, never
  // next to a figure, so each figure is looked at for it.
  'capacity-bound-word-everywhere': () => capacities('about x 1 '.repeat(500).trim(), 'about'),
  // "1-1-1 …" with the bound `up-to`: every figure is a range's end, of a range that never
  // states the figure, so the bound is looked for next to only the first few.
  'capacity-ranges-everywhere': () => capacities('1-'.repeat(2_500).slice(0, -1), 'up-to'),
  // One valid briefing whose source is 19 MB.
  'valid-19mb-source': () =>
    dataset({
      industries: [industry('i')],
      projects: [project('p', 'i', 'The mayor visited the plant')],
      source: SENTENCE.repeat(Math.floor(19_000_000 / SENTENCE.length)),
    }),
  // 600,000 industries with the same id.
  'duplicate-industries': () =>
    dataset({ industries: range(600_000, () => industry('x')), projects: [], source: 'S' }),
  // One object with a million `title` keys.
  'duplicate-keys': () =>
    `{${'"title":"x",'.repeat(1_000_000)}"industries":[],"statuses":[],"briefings":[]}`,
  // A syntax error at the end of a 19 MB line of Chinese text (columns count characters).
  'syntax-error-at-the-end': () => `{"title":"${'新能源'.repeat(2_100_000)}",}`,
  // A Latin-1 byte at the end of 19 MB.
  'latin1-at-the-end': () => Buffer.concat([Buffer.from(`{"title":"${'x'.repeat(19_000_000)}`), Buffer.from([0xe9, 0x22, 0x7d])]),
};

fs.mkdirSync(options.dir, { recursive: true });
const files = [];
for (const [name, make] of Object.entries(cases)) {
  const file = path.join(options.dir, `validate-${name}.json`);
  fs.writeFileSync(file, make());
  files.push([name, file]);
}
const synthetic = path.join(options.dir, 'validate-synthetic-10000.json');
execFileSync('node', ['scripts/generate-dataset.mjs', '--projects', '10000', '--out', synthetic]);
files.push(['synthetic 10,000 projects (valid)', synthetic], ['bundled (valid)', 'data/briefings.json']);

const rows = [];
for (const [name, file] of files) {
  const run = spawnSync(options.validate, ['--time', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const timing = /checked in (\d+) ms; the report is (\d+) bytes/.exec(run.stderr ?? '');
  const megabytes = (fs.statSync(file).size / (1024 * 1024)).toFixed(1);
  const [milliseconds, reportBytes] = timing ? [Number(timing[1]), Number(timing[2])] : [NaN, NaN];
  const withinBudget = milliseconds < TIME_BUDGET_MS && reportBytes < REPORT_BUDGET_BYTES;
  rows.push({ name, megabytes, milliseconds, reportBytes, exit: run.status, withinBudget });
}

console.log(`\nValidator worst cases (budget: under ${TIME_BUDGET_MS} ms and a report under 1 MB)\n`);
console.log('| file | MB | time (ms) | report (bytes) | exit | within budget |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) {
  console.log(`| ${row.name} | ${row.megabytes} | ${row.milliseconds} | ${row.reportBytes} | ${row.exit} | ${row.withinBudget ? 'yes' : 'NO'} |`);
}
const missed = rows.filter((row) => !row.withinBudget).length;
console.log(missed ? `\n${missed} file(s) missed the budget.` : '\nEvery file is within the budget.');
