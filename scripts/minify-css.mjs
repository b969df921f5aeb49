#!/usr/bin/env node
// The release build's style sheets without their comments and spare whitespace, and the page's
// integrity attributes for them rewritten to match. scripts/post-build.mjs runs it on the page
// Trunk built, in release builds only: `make serve` keeps the sheets as written.
//
// The sheets in style/ explain themselves in comments, which are about 40% of their bytes and
// 40% of their compressed size too (12.8 KB of brotli for the four sheets a reader loads, 7.9 KB
// without). Trunk's own minifier is all or nothing, and its JavaScript pass is known to break
// wasm-bindgen's module output, so only the sheets are minified here.
//
// The minifier only removes: comments, whitespace next to `{`, `}`, `;` and `,`, and runs of
// whitespace elsewhere (kept as one space, which a descendant selector or `calc()` needs).
// Strings are copied as written, and so are the values the browser keeps as written: a custom
// property's, and any with `var()`. Nested style rules (CSS nesting) are not understood, and
// the sheets have none. tests/e2e/minified-css.spec.mjs checks that the browser reads each
// minified sheet into exactly the rules it reads from the source sheet.
//
// usage outside Trunk: node scripts/minify-css.mjs DIR   (every .css in DIR and its .html pages)
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Characters around which CSS needs no whitespace. */
const TIGHT = new Set(['{', '}', ';', ',']);

/** At-rules whose block holds declarations; any other at-rule's block holds rules. */
const DECLARATION_AT_RULES = /^@(?:font-face|page|property|counter-style)\b/i;

/** `css` without comments and spare whitespace. */
export function minifyCss(css) {
  let out = '';
  let space = false;
  let index = 0;
  // Each open block, innermost last: whether it holds declarations (a rule's block) or rules
  // (the sheet itself, `@media`).
  const blocks = [false];
  // Where the statement being written began in `out`: after the last `{`, `}` or `;`.
  let statement = 0;
  while (index < css.length) {
    const character = css[index];
    if (character === '/' && css[index + 1] === '*') {
      const end = css.indexOf('*/', index + 2);
      index = end < 0 ? css.length : end + 2;
      continue;
    }
    if (/\s/.test(character)) {
      space = true;
      index += 1;
      continue;
    }
    const tight = TIGHT.has(character);
    if (space && !tight && out !== '' && !TIGHT.has(out[out.length - 1])) out += ' ';
    space = false;
    if (character === '"' || character === "'") {
      const end = stringEnd(css, index);
      out += css.slice(index, end);
      index = end;
      continue;
    }
    if (character === ':' && blocks[blocks.length - 1]) {
      // A custom property's value, and a value with var(), are kept by the browser as written
      // (their whitespace is part of them): copied whole, but for trailing whitespace.
      const end = valueEnd(css, index + 1);
      const value = css.slice(index + 1, end);
      if (out.slice(statement).startsWith('--') || /\bvar\(/i.test(value)) {
        out += `:${value.trimEnd()}`;
        index = end;
        continue;
      }
    }
    if (character === '{') blocks.push(!out.slice(statement).startsWith('@') || DECLARATION_AT_RULES.test(out.slice(statement)));
    if (character === '}' && blocks.length > 1) blocks.pop();
    out += character;
    index += 1;
    if (character === '{' || character === '}' || character === ';') statement = out.length;
  }
  return out;
}

/** Where the string that opens at `start` ends (after its closing quote), escapes skipped. */
function stringEnd(css, start) {
  const quote = css[start];
  let index = start + 1;
  while (index < css.length && css[index] !== quote) index += css[index] === '\\' ? 2 : 1;
  return Math.min(index + 1, css.length);
}

/** Where the declaration value that begins at `start` ends: its `;` or its block's `}`. */
function valueEnd(css, start) {
  let depth = 0;
  let index = start;
  while (index < css.length) {
    const character = css[index];
    if (character === '"' || character === "'") {
      index = stringEnd(css, index);
      continue;
    }
    if (character === '(' || character === '[') depth += 1;
    if ((character === ')' || character === ']') && depth > 0) depth -= 1;
    if (depth === 0 && (character === ';' || character === '}')) return index;
    index += 1;
  }
  return index;
}

/** The SRI value of `bytes` as Trunk writes it. */
function sha384(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/**
 * Minifies every .css file in `dir` and rewrites the integrity attribute of each page's link to
 * it. Returns the sheets' names with their sizes before and after.
 */
export function minifyStylesheets(dir) {
  const names = fs.readdirSync(dir);
  const sheets = names.filter((name) => name.endsWith('.css'));
  const pages = names.filter((name) => name.endsWith('.html'));
  const html = new Map(pages.map((page) => [page, fs.readFileSync(path.join(dir, page), 'utf8')]));
  const sizes = [];
  for (const sheet of sheets) {
    const file = path.join(dir, sheet);
    const source = fs.readFileSync(file, 'utf8');
    const minified = minifyCss(source);
    fs.writeFileSync(file, minified);
    sizes.push({ sheet, before: Buffer.byteLength(source), after: Buffer.byteLength(minified) });
    const integrity = sha384(minified);
    for (const [page, text] of html) {
      html.set(page, text.replace(/<link\b[^>]*>/g, (tag) => {
        const href = /\bhref="(?:\.\/)?([^"]*)"/.exec(tag)?.[1];
        return href === sheet ? tag.replace(/\bintegrity="[^"]*"/, `integrity="${integrity}"`) : tag;
      }));
    }
  }
  for (const [page, text] of html) fs.writeFileSync(path.join(dir, page), text);
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/minify-css.mjs DIR');
    process.exit(2);
  }
  for (const { sheet, before, after } of minifyStylesheets(dir)) console.log(`minify-css: ${sheet} ${before} → ${after} bytes`);
}
