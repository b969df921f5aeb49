#!/usr/bin/env node
// Trunk's post-build hook (Trunk.toml). Trunk starts the hooks of one stage at the same time, and
// two of these steps rewrite index.html, so they run here, one after the other:
//   1. scripts/place-data.mjs: data/ (dataset, sources, index.json) into the build, and the
//      dataset's title in <title> and the og: tags;
//   2. scripts/add-csp.mjs (release builds only): the Content-Security-Policy, last, because it
//      hashes the page's inline scripts.
import fs from 'node:fs';
import path from 'node:path';
import { addCsp } from './add-csp.mjs';
import { placeData } from './place-data.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run by Trunk)');
  process.exit(1);
}
placeData(path.resolve(staging));
if (process.env.TRUNK_PROFILE === 'release') {
  const file = path.join(staging, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  if (!/<meta charset="utf-8"/i.test(html)) {
    console.error(`post-build: no <meta charset="utf-8"> in ${file}`);
    process.exit(1);
  }
  fs.writeFileSync(file, addCsp(html));
  console.log(`post-build: Content-Security-Policy added to ${file}`);
}
