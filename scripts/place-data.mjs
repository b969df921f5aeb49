#!/usr/bin/env node
// Trunk post-build hook: puts the site's data folder into the build, so that the app reads its
// dataset at run time (the wasm holds none) and a published copy can swap datasets by copying
// JSON files.
//
//   $TRUNK_STAGING_DIR/data/briefings.json   the default dataset: $BRIEFING_DATA when set
//                                            (`make build DATA=file.json`, validated first by
//                                            the Makefile), else data/briefings.json
//   $TRUNK_STAGING_DIR/data/source/          its source documents: data/source/ for the default
//                                            dataset, or a source/ folder beside $BRIEFING_DATA
//   $TRUNK_STAGING_DIR/data/index.json       the site's list of datasets: data/index.json for
//                                            the default dataset, else one line for the file given
//
// It also writes the default dataset's title into index.html (<title>, og:title,
// og:description), for link previews that do not run the app.
//
// Run by scripts/post-build.mjs for the explorer's build only (Trunk runs the hooks of one stage
// at the same time, so the steps that rewrite index.html run in one hook, in order); the editor's
// page, built apart and copied beside index.html, reads this same data/ folder. Usage outside
// Trunk:
//   node scripts/place-data.mjs DIST_DIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const APP_NAME = 'Briefing Explorer';

function fail(message) {
  console.error(`place-data: ${message}`);
  process.exit(1);
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeText(value) {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The dataset's headline for previews: its first briefing's title, or the collection's. */
function describe(dataset) {
  const first = dataset.briefings?.[0];
  const title = first?.title ?? dataset.title ?? APP_NAME;
  const projects = (dataset.briefings ?? []).reduce((sum, b) => sum + (b.projects?.length ?? 0), 0);
  const directives = (dataset.briefings ?? []).reduce((sum, b) => sum + (b.directives?.length ?? 0), 0);
  const where = first ? `${first.place}: ` : '';
  return {
    title,
    pageTitle: title === APP_NAME ? APP_NAME : `${title} — ${APP_NAME}`,
    description: `${where}${projects} projects and ${directives} directives, each with the source sentence it came from.`,
  };
}

/** index.html with the page title and the Open Graph title and description of the dataset. */
export function withSocialMeta(html, dataset) {
  const { pageTitle, description } = describe(dataset);
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeAttribute(pageTitle)}" />`,
    `<meta property="og:description" content="${escapeAttribute(description)}" />`,
  ].join('\n    ');
  const without = html.replace(/\s*<meta property="og:[^"]*" content="[^"]*"\s*\/?>/g, '');
  return without
    .replace(/<title>[\s\S]*?<\/title>/i, `<title>${escapeText(pageTitle)}</title>\n    ${tags}`);
}

/** Places the data folder into `dist` and names the dataset in `dist/index.html`. */
export function placeData(dist) {
  const given = process.env.BRIEFING_DATA ? path.resolve(root, process.env.BRIEFING_DATA) : null;
  const defaultData = path.join(root, 'data', 'briefings.json');
  const dataFile = given ?? defaultData;
  if (!fs.existsSync(dataFile)) fail(`dataset not found: ${dataFile}`);
  const text = fs.readFileSync(dataFile, 'utf8');
  let dataset;
  try {
    dataset = JSON.parse(text);
  } catch (err) {
    fail(`${dataFile} is not JSON (${err.message}); run the validator: cargo run --bin validate -- ${dataFile}`);
  }

  const out = path.join(dist, 'data');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'briefings.json'), text);

  const isDefault = path.resolve(dataFile) === defaultData;
  const sources = path.join(path.dirname(dataFile), 'source');
  if (fs.existsSync(sources) && fs.statSync(sources).isDirectory()) {
    fs.cpSync(sources, path.join(out, 'source'), { recursive: true });
  }
  const siteIndex = path.join(root, 'data', 'index.json');
  if (isDefault && fs.existsSync(siteIndex)) {
    fs.copyFileSync(siteIndex, path.join(out, 'index.json'));
  } else {
    const { title } = describe(dataset);
    const index = { datasets: [{ file: 'briefings.json', title }] };
    fs.writeFileSync(path.join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  }

  const indexHtml = path.join(dist, 'index.html');
  if (fs.existsSync(indexHtml)) {
    fs.writeFileSync(indexHtml, withSocialMeta(fs.readFileSync(indexHtml, 'utf8'), dataset));
  }
  console.log(`place-data: ${path.relative(root, dataFile)} -> ${path.relative(process.cwd(), path.join(out, 'briefings.json'))}`);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { positionals: [explicit] } = parseArgs({ args: process.argv.slice(2), allowPositionals: true });
  placeData(path.resolve(explicit ?? process.env.TRUNK_STAGING_DIR ?? fail('no TRUNK_STAGING_DIR and no folder given')));
}
