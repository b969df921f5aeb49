import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { startServer } from './static-server.mjs';
const server = await startServer({ root: '/work/main/target/e2e/dist', port: 5599 });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const text = fs.readFileSync('/work/main/data/source/000_e3b84b1c175dd032.txt', 'utf8');
for (const [name, viewport, scheme] of [['desk', { width: 1280, height: 800 }, 'light'], ['tablet', { width: 820, height: 1180 }, 'dark']]) {
  const context = await browser.newContext({ viewport, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:5599/edit.html');
  await page.getByRole('textbox', { name: 'Source text' }).fill(text);
  await page.getByRole('button', { name: 'Start editing' }).click();
  await page.getByRole('region', { name: /^Suggestions/ }).getByRole('button', { name: 'Accept all: Projects' }).click();
  const source = page.getByRole('textbox', { name: 'Source text' });
  await source.evaluate((f) => { const s = f.value.indexOf('annual output of 840,000'); f.focus(); f.setSelectionRange(s, s + 30); });
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('c');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/ed-${name}.png` });
  await page.screenshot({ path: `/tmp/ed-${name}-full.png`, fullPage: true });
  await context.close();
}
await browser.close();
server.close?.();
process.exit(0);
