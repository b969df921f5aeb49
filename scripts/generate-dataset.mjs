#!/usr/bin/env node
// Deterministic synthetic dataset for the benchmark (`make bench`).
//
// usage: node scripts/generate-dataset.mjs --projects N [--per-briefing 10] [--seed 20240220]
//                                          [--out FILE]   (default: stdout)
//
// Writes a dataset in the format of data/README.md that the validator accepts: N projects
// spread over ceil(N / per-briefing) briefings, each briefing with its own generated source
// text in which every quote occurs verbatim. The same arguments always give the same bytes
// (a seeded PRNG, no clock, no randomness from the platform).
//
// What varies, so that facets, charts and cards see realistic variety: six industries (five
// with a colour, one left to the app's default), four statuses plus "not stated", several
// capacity units and periods (about a quarter of the projects state no capacity), requests,
// notes, directives (city-wide and project-scoped), glossary entries, dates with and without
// a year.
//
// Real briefings hold a handful of projects each; the bench views all briefings at once
// (`#briefing=all`), so the number of projects in view is N.

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

// --- arguments ----------------------------------------------------------------

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      projects: { type: 'string', default: '100' },
      'per-briefing': { type: 'string', default: '10' },
      seed: { type: 'string', default: '20240220' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('usage: generate-dataset.mjs --projects N [--per-briefing 10] [--seed 20240220] [--out FILE]');
    process.exit(0);
  }
  const opts = {
    projects: Number(values.projects),
    perBriefing: Number(values['per-briefing']),
    seed: Number(values.seed),
    out: values.out ?? null,
  };
  for (const key of ['projects', 'perBriefing', 'seed']) {
    if (!Number.isInteger(opts[key]) || opts[key] < 1) throw new Error(`--${key} must be a positive integer`);
  }
  return opts;
}

// --- seeded PRNG (mulberry32) -------------------------------------------------

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed) {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    weighted: (list) => {
      const total = list.reduce((sum, item) => sum + item.weight, 0);
      let r = next() * total;
      for (const item of list) {
        r -= item.weight;
        if (r < 0) return item;
      }
      return list[list.length - 1];
    },
  };
}

// --- vocabulary ---------------------------------------------------------------

// Colours have at least 3:1 contrast against both #ffffff and #111827 (data/README.md).
const INDUSTRIES = [
  { id: 'new-materials', label: 'New materials', color: '#D55E00', weight: 5 },
  { id: 'new-energy', label: 'New energy', color: '#009E73', weight: 4 },
  { id: 'integrated-circuits', label: 'Integrated circuits', color: '#0072B2', weight: 3 },
  { id: 'biomedicine', label: 'Biomedicine', color: '#CC79A7', weight: 2 },
  { id: 'intelligent-equipment', label: 'Intelligent equipment', color: '#7B61B8', weight: 2 },
  { id: 'digital-economy', label: 'Digital economy', weight: 1 },
];

// Per industry: sectors, each with the capacity it may state (unit, period, what is counted).
const SECTORS = {
  'new-materials': [
    { sector: 'High-performance ultra-thin copper foil', short: 'copper foil', unit: 'tons', period: 'year', of: 'copper foil', base: [5000, 20000, 50000] },
    { sector: 'High-temperature alloys', short: 'alloys', unit: 'tons', period: 'year', base: [1200, 3000, 8000] },
    { sector: 'Magnesium alloy die castings', short: 'magnesium castings', unit: 'pieces', period: 'year', of: 'die castings', base: [200000, 600000, 1500000] },
  ],
  'new-energy': [
    { sector: 'Power battery cells', short: 'battery cells', unit: 'GWh', period: 'year', base: [5, 10, 20] },
    { sector: 'Drive motors and electric assemblies', short: 'drive motors', unit: 'sets', period: 'year', of: 'drive motors and electric assembly core parts', base: [300000, 840000, 1200000] },
    { sector: 'Photovoltaic modules', short: 'PV modules', unit: 'MW', period: 'year', base: [500, 2000, 5000] },
  ],
  'integrated-circuits': [
    { sector: '12-inch wafer manufacturing', short: 'wafer fab', unit: 'wafers', period: 'month', base: [10000, 30000, 60000] },
    { sector: 'Advanced chip packaging and testing', short: 'chip packaging', unit: 'chips', period: 'year', base: [100000000, 500000000, 1000000000] },
  ],
  biomedicine: [
    { sector: 'Vaccines', short: 'vaccines', unit: 'doses', period: 'year', base: [10000000, 50000000] },
    { sector: 'Medical imaging equipment', short: 'imaging equipment', unit: 'sets', period: 'year', base: [500, 2000] },
  ],
  'intelligent-equipment': [
    { sector: 'Industrial robots', short: 'robots', unit: 'units', period: 'year', base: [2000, 10000, 30000] },
    { sector: 'CNC machine tools', short: 'machine tools', unit: 'sets', period: 'year', base: [1000, 5000] },
  ],
  'digital-economy': [
    { sector: 'Data centre', short: 'data centre', unit: 'racks', period: 'year', base: [3000, 10000] },
    { sector: 'Industrial internet platform', short: 'industrial internet', base: [] },
  ],
};

const STATUSES = [
  { id: 'planning', label: 'Planning', phrase: 'is in the planning stage', weight: 1 },
  { id: 'under-construction', label: 'Under construction', phrase: 'is under construction', weight: 4 },
  { id: 'trial-production', label: 'Trial production', phrase: 'has started trial production', weight: 2 },
  { id: 'full-production', label: 'Full production', phrase: 'has reached full production', weight: 3 },
];

const NAME_PARTS = ['Longdian', 'Huaxin', 'Jinling', 'Qinhuai', 'Zijin', 'Yangtze', 'Xuanwu', 'Gulou', 'Pukou',
  'Liuhe', 'Lishui', 'Gaochun', 'Jiangning', 'Qixia', 'Yuhua', 'Baima', 'Tangshan', 'Meishan', 'Binjiang',
  'Hexi', 'Kylin', 'Fenghuang', 'Changjiang', 'Xinyuan', 'Hengtong', 'Dongfang', 'Beiye', 'Ruida', 'Tianhe', 'Zhongke'];
const ENTERPRISE_KINDS = ['Technology', 'Materials', 'Energy', 'Intelligent Manufacturing', 'Semiconductor',
  'Biotech', 'Industrial', 'New Energy', 'Precision', 'Digital'];
const PLACES = ['Nanjing', 'Jiangbei New Area', 'Jiangning Development Zone', 'Qixia District', 'Lishui District',
  'Pukou District', 'Liuhe District', 'Gaochun District', 'Yuhuatai District', 'Xianlin'];
const GIVEN = ['Wei', 'Hui', 'Min', 'Jing', 'Lei', 'Tao', 'Yan', 'Qiang', 'Ping', 'Jun', 'Hong', 'Bin'];
const FAMILY = ['Chen', 'Liu', 'Wu', 'Huang', 'Zhang', 'Wang', 'Li', 'Zhao', 'Zhou', 'Xu', 'Sun', 'Ma'];
const ROLES = ['Mayor', 'Vice mayor', 'Party secretary', 'District head'];
const ACTIVITIES = ['construction site', 'production line', 'research and development centre', 'testing workshop',
  'exhibition hall', 'automated warehouse'];
const ASKS = [
  { text: 'speed up construction and put the project into operation as soon as possible', plain: 'Speed up construction and start operation as soon as possible.' },
  { text: 'expand capacity and strengthen the industrial chain', plain: 'Expand capacity and strengthen the industrial chain.' },
  { text: 'increase investment in research and development', plain: 'Invest more in research and development.' },
  { text: 'keep production safe and stable', plain: 'Keep production safe and stable.' },
  { text: 'train and attract more skilled workers', plain: 'Train and attract more skilled workers.' },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// --- generation ---------------------------------------------------------------

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function formatNumber(value) {
  return value.toLocaleString('en-US');
}

function personName(random) {
  return `${random.pick(FAMILY)} ${random.pick(GIVEN)}${random.pick(['', 'ming', 'hua', 'qing', 'long'])}`;
}

function generateProject(random, globalIndex, official) {
  const industry = random.weighted(INDUSTRIES);
  const sector = random.pick(SECTORS[industry.id]);
  const enterprise = `${random.pick(NAME_PARTS)} ${random.pick(ENTERPRISE_KINDS)}`;
  const serial = String(globalIndex + 1).padStart(5, '0');
  const name = `${enterprise} ${sector.sector.toLowerCase()} project No. ${serial}`;
  const shortName = `${enterprise.split(' ')[0]} ${sector.short} ${serial}`;
  const id = `${slug(enterprise)}-${serial}`;

  const sentences = [];
  const quotes = [];
  const opening = `At the ${name}, ${official.name} looked at the ${random.pick(ACTIVITIES)}.`;
  sentences.push(opening);
  quotes.push(opening);

  const project = {
    id,
    name,
    short_name: shortName,
    enterprise,
    industry: industry.id,
    sector: sector.sector,
  };

  const statusItem = random.chance(0.85) ? random.weighted(STATUSES) : null;
  if (statusItem) {
    const sentence = `The ${shortName} project ${statusItem.phrase}.`;
    sentences.push(sentence);
    project.status = { id: statusItem.id, quote: sentence };
  }

  if (sector.base.length > 0 && random.chance(0.75)) {
    const value = random.pick(sector.base) * random.int(1, 9) / (random.chance(0.3) ? 2 : 1);
    const what = sector.of ? `${sector.unit} of ${sector.of}` : sector.unit;
    const sentence = sector.period === 'year'
      ? `When completed it will have an annual output of ${formatNumber(value)} ${what}.`
      : `Its design capacity is ${formatNumber(value)} ${what} a ${sector.period}.`;
    // Two clauses so that the capacity quote is a clause of a longer sentence, as in real data.
    const full = `${sentence.slice(0, -1)}, according to ${enterprise}.`;
    sentences.push(full);
    quotes.push(full);
    project.capacity = { value, unit: sector.unit, period: sector.period };
    if (sector.of) project.capacity.of = sector.of;
    project.capacity.quote = sentence.slice(0, -1);
  }

  if (random.chance(0.5)) {
    const ask = random.pick(ASKS);
    const sentence = `${official.name} asked ${enterprise} to ${ask.text}.`;
    sentences.push(sentence);
    project.requests = [{ text: ask.plain, quote: sentence }];
  }

  project.quotes = quotes;

  if (random.chance(0.2)) {
    const staff = random.int(2, 60) * 50;
    const sentence = `${enterprise} employs ${formatNumber(staff)} people at the site.`;
    sentences.push(sentence);
    project.notes = [{ text: `The enterprise employs about ${formatNumber(staff)} people at the site.`, quote: sentence }];
  }

  return { project, paragraph: sentences.join(' ') };
}

function generateBriefing(random, briefingIndex, firstProject, projectCount, seed) {
  const number = String(briefingIndex + 1).padStart(4, '0');
  const official = { name: personName(random), role: random.pick(ROLES) };
  const participants = [personName(random), personName(random)];
  const place = random.pick(PLACES);
  const month = random.int(1, 12);
  const day = random.int(1, DAYS_IN_MONTH[month - 1]);
  const year = random.chance(0.7) ? random.int(2019, 2025) : null;
  const title = `${official.name} inspects key industrial projects in ${place} (synthetic briefing ${number})`;

  const dateText = year === null ? `${MONTHS[month - 1]} ${day}` : `${MONTHS[month - 1]} ${day}, ${year}`;
  const opening = `${dateText}, ${official.role.toLowerCase()} ${official.name} inspected key industrial projects in ${place}.`;
  const leaders = `City leaders ${participants[0]} and ${participants[1]} took part.`;

  const projects = [];
  const paragraphs = [];
  for (let i = 0; i < projectCount; i++) {
    const { project, paragraph } = generateProject(random, firstProject + i, official);
    projects.push(project);
    paragraphs.push(paragraph);
  }

  const serve = `${official.name} stressed that departments should serve key projects well and keep construction on schedule.`;
  const directives = [
    { id: 'd-serve-projects', theme: 'Service', summary: 'Serve key projects well and keep their construction on schedule.', scope: 'city-wide', quotes: [serve] },
  ];
  const closing = [serve];
  const scoped = projects.slice(0, Math.min(2, projects.length));
  const coordinate = `He asked the ${place} departments to coordinate land, power and talent for the ${scoped.map((p) => p.short_name).join(' and ')} projects.`;
  closing.push(coordinate);
  directives.push({
    id: 'd-coordinate',
    theme: 'Coordination',
    summary: `Coordinate land, power and talent for ${scoped.length === 1 ? 'this project' : 'these projects'}.`,
    scope: scoped.map((p) => p.id),
    quotes: [coordinate],
  });
  if (random.chance(0.5)) {
    const safety = 'Work safety on every construction site must be checked before the peak season.';
    closing.push(safety);
    directives.push({ id: 'd-work-safety', theme: 'Safety', summary: 'Check work safety on every construction site before the peak season.', scope: 'city-wide', quotes: [safety] });
  }

  const text = [title, '', `${opening} ${leaders}`, '', ...paragraphs.flatMap((p) => [p, '']), closing.join(' ')].join('\n');

  return {
    id: `synthetic-${number}`,
    title,
    date: year === null ? { month, day } : { year, month, day },
    place,
    officials: [official],
    participants,
    source: {
      title,
      language: 'en',
      note: `Synthetic benchmark text generated by scripts/generate-dataset.mjs (seed ${seed}); not a real document.`,
      text,
    },
    quotes: [opening, leaders],
    glossary: [{ term: 'key industrial projects', reading: 'projects the city lists as priorities for support' }],
    projects,
    directives,
  };
}

export function generateDataset({ projects, perBriefing = 10, seed = 20240220 }) {
  const random = makeRandom(seed);
  const briefings = [];
  for (let first = 0, index = 0; first < projects; first += perBriefing, index++) {
    briefings.push(generateBriefing(random, index, first, Math.min(perBriefing, projects - first), seed));
  }
  return {
    title: `Synthetic benchmark collection: ${formatNumber(projects)} projects`,
    industries: INDUSTRIES.map(({ weight, ...industry }) => industry),
    statuses: STATUSES.map(({ id, label }) => ({ id, label })),
    briefings,
  };
}

/** Every quote and glossary term must occur in its briefing's text; fail loudly if not. */
export function checkQuotes(dataset) {
  const problems = [];
  for (const briefing of dataset.briefings) {
    const text = briefing.source.text;
    const check = (where, quote) => {
      if (!text.includes(quote)) problems.push(`${briefing.id} ${where}: ${quote}`);
    };
    briefing.quotes.forEach((q, i) => check(`quotes[${i}]`, q));
    briefing.glossary.forEach((g, i) => check(`glossary[${i}]`, g.term));
    for (const project of briefing.projects) {
      project.quotes.forEach((q, i) => check(`${project.id}.quotes[${i}]`, q));
      if (project.status) check(`${project.id}.status`, project.status.quote);
      if (project.capacity) check(`${project.id}.capacity`, project.capacity.quote);
      (project.requests ?? []).forEach((r, i) => check(`${project.id}.requests[${i}]`, r.quote));
      (project.notes ?? []).forEach((n, i) => check(`${project.id}.notes[${i}]`, n.quote));
    }
    for (const directive of briefing.directives) directive.quotes.forEach((q, i) => check(`${directive.id}.quotes[${i}]`, q));
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  let opts;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(`generate-dataset: ${err.message}`);
    process.exit(2);
  }
  const dataset = generateDataset(opts);
  const problems = checkQuotes(dataset);
  if (problems.length > 0) {
    console.error(`generate-dataset: ${problems.length} quotes not in their source text, e.g.\n  ${problems.slice(0, 5).join('\n  ')}`);
    process.exit(1);
  }
  const json = `${JSON.stringify(dataset)}\n`;
  if (opts.out) {
    fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
    fs.writeFileSync(opts.out, json);
    console.error(`generate-dataset: ${opts.out}: ${opts.projects} projects in ${dataset.briefings.length} briefings, ${(json.length / 1e6).toFixed(2)} MB (seed ${opts.seed})`);
  } else {
    process.stdout.write(json);
  }
}
