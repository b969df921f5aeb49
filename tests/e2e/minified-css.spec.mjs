// The release build's style sheets are minified (scripts/minify-css.mjs, run by Trunk's
// post-build hook): each sheet a page links has lost its comments and much of its size, still
// loads under the integrity attribute the page gives it, and the browser reads it into exactly
// the rules it reads from the sheet as written in style/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from './env.mjs';
import { test, expect } from './fixtures.mjs';

const STYLE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../style');

for (const page of ['./', './edit.html']) {
  test(`${page}: every style sheet is minified and reads as written in style/`, async ({ page: tab }) => {
    await tab.goto(page);
    const links = await tab.locator('link[rel="stylesheet"]').evaluateAll((elements) =>
      elements.map((link) => ({ href: link.getAttribute('href'), integrity: link.getAttribute('integrity') })));
    expect(links.length, 'the page links its style sheets').toBeGreaterThanOrEqual(4);
    for (const link of links) {
      expect(link.integrity, `${link.href} has an integrity attribute`).toMatch(/^sha384-/);
      await expect.poll(() => tab.evaluate((href) => document.querySelector(`link[href="${href}"]`).sheet !== null, link.href),
        `${link.href} loaded under its integrity`).toBe(true);
      const built = fs.readFileSync(path.join(DIST, link.href), 'utf8');
      // Trunk names a sheet NAME-HASH.css.
      const name = path.basename(link.href).replace(/-[0-9a-f]+\.css$/, '.css');
      const source = fs.readFileSync(path.join(STYLE, name), 'utf8');
      expect(built, `${name}: no comments left`).not.toContain('/*');
      expect(built.length, `${name}: minified`).toBeLessThan(source.length * 0.9);
      const [written, minified] = await tab.evaluate((texts) => texts.map((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return [...sheet.cssRules].map((rule) => rule.cssText);
      }), [source, built]);
      expect(written.length, `${name}: rules read`).toBeGreaterThan(3);
      expect(minified, `${name}: the same rules`).toEqual(written);
    }
  });
}
