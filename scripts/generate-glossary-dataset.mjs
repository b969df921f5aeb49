#!/usr/bin/env node
// A hostile dataset for the benchmark (`make bench`): one briefing with a long glossary.
//
// usage: node scripts/generate-glossary-dataset.mjs [--terms 100000] [--projects 10000] --out FILE
//
// Each of the `terms` glossary entries has a term of its own (`term2s9x`) and an original
// wording (`原1234`); each of the `projects` projects quotes one sentence of the source that
// holds one of the terms, and the rest of the terms each have a sentence of their own in the
// source, which is one paragraph of some megabytes. Before the glossary's one-pass search, such a
// file (100,000 terms and 10,000 projects, 9.4 MB) took 111 s to open and left the page deaf to
// input for 30 s more; `make bench` times opening it and searching it by an original wording.
// The same arguments always give the same bytes; the validator accepts the file.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    terms: { type: 'string', default: '100000' },
    projects: { type: 'string', default: '10000' },
    out: { type: 'string' },
  },
});
const terms = Number(values.terms);
const projects = Number(values.projects);
if (!Number.isInteger(terms) || !Number.isInteger(projects) || terms < 1 || projects < 1 || !values.out) {
  console.error('usage: generate-glossary-dataset.mjs [--terms N] [--projects N] --out FILE');
  process.exit(2);
}

const term = (index) => `term${index.toString(36)}x`;
const quote = (index) => `The plant number ${index} makes ${term(index % terms)} and more things here.`;
const sentences = Array.from({ length: projects }, (_, index) => quote(index));
for (let index = projects; index < terms; index += 1) sentences.push(`Also ${term(index)}.`);

const dataset = {
  industries: [{ id: 'materials', label: 'Materials' }],
  statuses: [],
  briefings: [{
    id: 'long-glossary',
    title: 'A briefing with a long glossary',
    date: { month: 1, day: 1 },
    place: 'Nanjing',
    officials: [],
    source: { title: 'Generated text', language: 'en', note: 'Generated for the benchmark.', text: sentences.join(' ') },
    quotes: [],
    glossary: Array.from({ length: terms }, (_, index) => ({ term: term(index), reading: 'a generated term', original: `原${index}` })),
    projects: Array.from({ length: projects }, (_, index) => ({
      id: `plant-${index}`,
      name: `Plant ${index}`,
      short_name: `Plant ${index}`,
      enterprise: 'Generated Co.',
      industry: 'materials',
      sector: 'Materials',
      quotes: [quote(index)],
    })),
    directives: [],
  }],
};

const json = `${JSON.stringify(dataset)}\n`;
fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
fs.writeFileSync(values.out, json);
console.error(`generate-glossary-dataset: ${values.out}: ${terms} terms, ${projects} projects, ${(json.length / 1e6).toFixed(2)} MB`);
