#!/usr/bin/env node
// Tidy check, run by `make lint`: every tool version is written in exactly one place.
//
//   node scripts/check-pins.mjs
//
// Where each pin lives (README.md's tool table says the same):
//   scripts/versions.env   tools built with `cargo install` (Trunk, geckodriver, cargo-mutants)
//   package.json           npm tools (binaryen's wasm-opt, Lighthouse, Playwright, axe-core, …)
//   Cargo.lock             wasm-bindgen, hence wasm-bindgen-cli
//
// Checks:
//   1. Trunk.toml's `wasm_opt = "version_N"` is the major version of package.json's binaryen
//      (Trunk refuses a wasm-opt of another version; it cannot read package.json itself).
//   2. package.json's devDependencies are exact versions (scripts/ensure-tools.sh compares
//      installed versions with them), and package-lock.json installs those versions.
//   3. scripts/versions.env is plain KEY=VALUE lines (bash sources it).
//   4. No version from scripts/versions.env or package.json is written again in the docs or the
//      build files (a second copy goes stale); they name the file that holds it instead.
//
// Exits 1 with one line per problem, or prints one "ok" line.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Files that must not repeat a pinned version. */
const NO_COPIES = [
  'README.md', 'ARCHITECTURE.md', 'bench/README.md', 'bench/FINDINGS.md', 'Makefile', 'Trunk.toml',
  'scripts/ensure-tools.sh', 'scripts/test-all.sh', 'scripts/build-site.sh', '.ci/run',
];

const problems = [];

// 3. scripts/versions.env
const cargoPins = new Map();
read('scripts/versions.env').split('\n').forEach((line, index) => {
  if (/^\s*(#|$)/.test(line)) return;
  const match = /^([A-Z][A-Z0-9_]*)=([0-9A-Za-z.+-]+)$/.exec(line);
  if (match) cargoPins.set(match[1], match[2]);
  else problems.push(`scripts/versions.env:${index + 1}: not a KEY=VALUE line: ${line}`);
});

// 2. package.json and package-lock.json
const pkg = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json'));
const npmPins = new Map(Object.entries(pkg.devDependencies ?? {}));
for (const [name, version] of npmPins) {
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    problems.push(`package.json: devDependency ${name} is "${version}", not an exact version`);
  }
  const locked = lock.packages?.[`node_modules/${name}`]?.version;
  if (locked !== version) {
    problems.push(`package-lock.json: ${name} is ${locked ?? 'missing'}, package.json pins ${version} (run npm install)`);
  }
}

// 1. Trunk.toml's wasm-opt version
const binaryen = npmPins.get('binaryen');
const trunkToml = read('Trunk.toml');
const wasmOpt = /^\s*wasm_opt\s*=\s*"version_(\d+)"/m.exec(trunkToml)?.[1];
if (!binaryen) problems.push('package.json: no binaryen devDependency (it provides wasm-opt)');
else if (!wasmOpt) problems.push('Trunk.toml: no wasm_opt = "version_N" under [tools]');
else if (wasmOpt !== binaryen.split('.')[0]) {
  problems.push(`Trunk.toml: wasm_opt = "version_${wasmOpt}", but package.json pins binaryen ${binaryen} (want "version_${binaryen.split('.')[0]}")`);
}

// 4. No second copies
const pins = [
  ...[...cargoPins].map(([key, version]) => ({ version, home: `scripts/versions.env ${key}` })),
  ...[...npmPins].map(([name, version]) => ({ version, home: `package.json ${name}` })),
];
for (const file of NO_COPIES) {
  if (!fs.existsSync(path.join(ROOT, file))) continue;
  const lines = read(file).split('\n');
  for (const { version, home } of pins) {
    const pattern = new RegExp(`(?<![\\d.])${version.replace(/[.+]/g, '\\$&')}(?!\\.?\\d)`);
    lines.forEach((line, index) => {
      if (pattern.test(line)) problems.push(`${file}:${index + 1}: repeats ${version}; name ${home} instead`);
    });
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-pins: ${problem}`);
  process.exit(1);
}
console.log(`check-pins: ok (${cargoPins.size} pins in scripts/versions.env, ${npmPins.size} in package.json; Trunk.toml wasm_opt matches binaryen)`);
