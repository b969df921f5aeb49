#!/usr/bin/env node
// `make package`: target/briefing-explorer-VERSION.zip, what a person with no Rust toolchain
// needs to publish the app: the release build (dist/: the explorer's index.html, the editor's
// edit.html, their bundles and the data/ folder), the one-file offline copy of the explorer,
// HOSTING.md, and the dataset format (data/README.md as DATA-FORMAT.md, with its JSON Schema),
// for writing or fixing a dataset by hand.
//
//   node scripts/package.mjs [--dist dist] [--offline dist-offline/briefing-explorer.html]
//                            [--out target]
//
// The archive holds one folder, briefing-explorer-VERSION/, with dist/, briefing-explorer.html,
// HOSTING.md, DATA-FORMAT.md and briefing.schema.json. Written with Node's zlib only (deflate, CRC-32); no zip tool needed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

function version() {
  const manifest = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const match = manifest.match(/^\[package\][\s\S]*?^version\s*=\s*"([^"]+)"/m);
  if (!match) fail('no version in Cargo.toml');
  return match[1];
}

function filesUnder(dir, prefix) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    const name = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...filesUnder(full, name));
    else if (entry.isFile()) out.push({ name, file: full });
  }
  return out;
}

/** A DOS date and time for the zip headers. */
function dosTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** A zip archive (deflate, no extras, UTF-8 names) of `entries` [{name, bytes}]. */
export function zip(entries, date = new Date()) {
  const { time, day } = dosTime(date);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, bytes } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = zlib.deflateRawSync(bytes, { level: 9 });
    const stored = deflated.length >= bytes.length;
    const body = stored ? bytes : deflated;
    const crc = zlib.crc32(bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(bytes.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      dist: { type: 'string', default: path.join(root, 'dist') },
      offline: { type: 'string', default: path.join(root, 'dist-offline', 'briefing-explorer.html') },
      out: { type: 'string', default: path.join(root, 'target') },
    },
  });
  const dist = path.resolve(values.dist);
  // Both pages: the explorer and the briefing editor (scripts/build-site.sh puts them side by side).
  for (const needed of [path.join(dist, 'index.html'), path.join(dist, 'edit.html'), path.join(dist, 'data', 'briefings.json')]) {
    if (!fs.existsSync(needed)) fail(`${needed} not found (run \`make build\` first)`);
  }
  const folder = `briefing-explorer-${version()}`;
  const entries = [
    { name: `${folder}/HOSTING.md`, file: path.join(root, 'HOSTING.md') },
    { name: `${folder}/DATA-FORMAT.md`, file: path.join(root, 'data', 'README.md') },
    { name: `${folder}/briefing.schema.json`, file: path.join(root, 'data', 'briefing.schema.json') },
    ...filesUnder(dist, `${folder}/dist`),
  ];
  if (fs.existsSync(values.offline)) entries.push({ name: `${folder}/briefing-explorer.html`, file: path.resolve(values.offline) });
  const archive = zip(entries.map(({ name, file }) => ({ name, bytes: fs.readFileSync(file) })));
  fs.mkdirSync(path.resolve(values.out), { recursive: true });
  const out = path.join(path.resolve(values.out), `${folder}.zip`);
  fs.writeFileSync(out, archive);
  console.log(`package: wrote ${path.relative(process.cwd(), out)} (${entries.length} files, ${Math.round(archive.length / 1024)} KiB)`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) main();
