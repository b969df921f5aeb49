// `make package`'s zip (scripts/package.mjs), written from the build under test: what a
// publisher without Rust is handed holds the build, the one-file copy, the hosting guide and the
// dataset format (HOSTING.md points to it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST, OFFLINE_FILE } from './env.mjs';
import { test, expect } from './fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The names in a zip's central directory. */
function zipNames(bytes) {
  const names = [];
  for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 46)) {
    const length = bytes.readUInt16LE(at + 28);
    names.push(bytes.subarray(at + 46, at + 46 + length).toString('utf8'));
  }
  return names;
}

test('the package holds the build, the one-file copy, the hosting guide and the dataset format', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-package-'));
  try {
    execFileSync('node', [path.join(ROOT, 'scripts', 'package.mjs'), '--dist', DIST, '--offline', OFFLINE_FILE, '--out', out]);
    const [archive] = fs.readdirSync(out).filter((name) => name.endsWith('.zip'));
    const names = zipNames(fs.readFileSync(path.join(out, archive)));
    const folder = archive.replace(/\.zip$/, '');
    for (const name of ['HOSTING.md', 'DATA-FORMAT.md', 'briefing.schema.json', 'briefing-explorer.html', 'dist/index.html', 'dist/edit.html', 'dist/data/briefings.json']) {
      expect(names, name).toContain(`${folder}/${name}`);
    }
    // What HOSTING.md names is in the zip beside it.
    const hosting = fs.readFileSync(path.join(ROOT, 'HOSTING.md'), 'utf8');
    expect(hosting).toContain('`DATA-FORMAT.md`');
    expect(hosting).toContain('`briefing.schema.json`');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
