#!/usr/bin/env node
// The record of the dataset files this build checked whole and found valid, written into
// DIST/index.html as a JSON block (<script type="application/json" id="checked-at-build">): each
// file's size and SHA-256, from the validator itself (`validate --record`, the same checks as the
// page's). A large dataset is shown once the checks showing relies on pass; when the browser's
// SHA-256 of the page's file matches the record, the rest of its check (duplicate keys, control
// characters, quotes looked up in the source: a worker's second of work at 10,000 projects) is
// skipped; a file changed after the build no longer matches and is checked whole as before
// (src/model/checked_at_build.rs).
//
// usage: node scripts/record-checked.mjs --dist DIST
//
// Every dataset file in DIST/data/ (every *.json but index.json) is checked; a file with problems
// is left out of the record, and the page reports its problems as it always has. Run by
// scripts/build-site.sh after Trunk's build and before the first view is rendered.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BLOCK_ID = 'checked-at-build';
const BLOCK = new RegExp(`\\s*<script type="application/json" id="${BLOCK_ID}">[\\s\\S]*?</script>`);

/** `html` with `record` (the validator's JSON) as its checked-at-build block, in place of any. */
export function withRecord(html, record) {
  // "<" escaped as \u003c, which JSON reads as the same character, keeps "</script" out.
  const block = `<script type="application/json" id="${BLOCK_ID}">${record.trim().replace(/</g, '\\u003c')}</script>`;
  const without = html.replace(BLOCK, '');
  if (!without.includes('</head>')) throw new Error('index.html has no </head>');
  return without.replace('</head>', `    ${block}\n  </head>`);
}

/**
 * The validator's record of `files` (JSON text: the valid ones by file name) and the names of
 * those left out. Runs `cargo run --bin validate`, which builds the validator when needed.
 */
export function recordOf(files) {
  // The validator takes at least one file; a build without data has nothing to record.
  if (files.length === 0) return { record: '{}', leftOut: [] };
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'record-checked-'));
  const recordFile = path.join(scratch, 'record.json');
  try {
    const run = spawnSync('cargo', ['run', '--quiet', '--bin', 'validate', '--', '--record', recordFile, ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    if (run.error) throw run.error;
    // 0: all valid; 1: some invalid (left out of the record). Anything else, or no record, is a
    // failure of the tool, not of the data.
    if (![0, 1].includes(run.status) || !fs.existsSync(recordFile)) {
      throw new Error(`validate --record failed (status ${run.status}):\n${run.stderr}`);
    }
    const record = fs.readFileSync(recordFile, 'utf8');
    const recorded = new Set(Object.keys(JSON.parse(record)));
    return { record, leftOut: files.map((file) => path.basename(file)).filter((name) => !recorded.has(name)) };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  if (!values.dist) {
    console.error('usage: node scripts/record-checked.mjs --dist DIST');
    process.exit(2);
  }
  const dist = path.resolve(values.dist);
  const dataFolder = path.join(dist, 'data');
  const indexFile = path.join(dist, 'index.html');
  const files = fs.existsSync(dataFolder)
    ? fs.readdirSync(dataFolder).filter((name) => name.endsWith('.json') && name !== 'index.json').sort().map((name) => path.join(dataFolder, name))
    : [];
  const { record, leftOut } = recordOf(files);
  fs.writeFileSync(indexFile, withRecord(fs.readFileSync(indexFile, 'utf8'), record));
  const recorded = Object.keys(JSON.parse(record));
  console.log(`record-checked: checked whole at build: ${recorded.join(', ') || 'none'}`);
  if (leftOut.length) console.log(`record-checked: not valid, so checked by the page: ${leftOut.join(', ')} (run validate on them to see why)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`record-checked: ${error.message}`);
    process.exit(1);
  }
}
