// The JSON Schema a publisher is handed (data/briefing.schema.json, briefing.schema.json in the
// package), read by a Draft 2020-12 validator as a publisher's editor reads it: it refuses the
// files the app refuses (tests/data/schema-mutations.json; tests/it/schema.rs checks that the app
// does), at the field that is wrong, and accepts the files the app accepts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { test, expect } from './fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));
const SCHEMA = read('data/briefing.schema.json');
const LISTS = read('tests/data/schema-mutations.json');

/** The bundled dataset with `change` made, and the JSON pointer of the field it concerns. */
function mutated(change) {
  const dataset = read('data/briefings.json');
  const keys = change.at.split('/').slice(1);
  const last = keys.pop();
  const parent = keys.reduce((value, key) => value[key], dataset);
  if (change.remove) delete parent[last];
  else parent[last] = change.repeat ? change.set.repeat(change.repeat) : change.set;
  if (!change.text) return dataset;
  const [from, to] = change.text;
  return JSON.parse(JSON.stringify(dataset).replaceAll(from, to));
}

function validator() {
  // `strict: false`: the schema's `format: uint` and the like are Rust's words, which a
  // validator ignores as Draft 2020-12 says an unknown format is.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(SCHEMA);
}

test('the schema accepts the bundled dataset and every change the app accepts', () => {
  const valid = validator();
  expect(valid(read('data/briefings.json')), JSON.stringify(valid.errors)).toBe(true);
  for (const change of LISTS.accepted) {
    expect(valid(mutated(change)), `${change.why}: ${JSON.stringify(valid.errors)}`).toBe(true);
  }
});

test('the schema refuses what the app refuses, at the field that is wrong, and the null the guide forbids', () => {
  const valid = validator();
  for (const change of [...LISTS.refused, ...LISTS.schema_only]) {
    expect(valid(mutated(change)), `the schema accepts ${change.why}`).toBe(false);
    const parent = change.at.slice(0, change.at.lastIndexOf('/'));
    const places = valid.errors.map((error) => error.instancePath);
    expect(places.some((place) => place === change.at || place === parent), `${change.why}: errors at ${places}`).toBe(true);
  }
});
