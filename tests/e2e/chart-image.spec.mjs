// The exported chart image stands on its own in an article: title and the filter in words above
// the chart; source, not-stated note and the app's name below it. Checked on the PNG itself: its
// size, and pixels decoded from it (the footer band is not blank).
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures.mjs';

/** Decodes a PNG in the page and counts the pixels unlike the top-left (background) pixel in
 *  horizontal bands of the image, as fractions of its height. */
async function inkByBand(page, bytes, bands) {
  return page.evaluate(async ({ base64, bands }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const background = [data[0], data[1], data[2]];
    return bands.map(([from, to]) => {
      let ink = 0;
      for (let y = Math.floor(from * height); y < Math.floor(to * height); y++) {
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (Math.abs(data[i] - background[0]) + Math.abs(data[i + 1] - background[1]) + Math.abs(data[i + 2] - background[2]) > 60) ink++;
        }
      }
      return ink;
    });
  }, { base64: bytes.toString('base64'), bands });
}

for (const scheme of ['light', 'dark']) {
  test(`the PNG carries title, filter, source, not-stated note and app name (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    const charts = page.getByRole('region', { name: 'Charts' });
    const canvas = charts.getByRole('img', { name: /^Capacity in sets per year/ });
    await expect.poll(() => canvas.evaluate((element) => element.width)).toBeGreaterThan(0);
    const { width: cssWidth, height: cssHeight } = await canvas.evaluate((element) => element.getBoundingClientRect());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      charts.getByRole('button', { name: 'Download PNG: Capacity in sets per year' }).click(),
    ]);
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(Math.abs(width - 2 * cssWidth)).toBeLessThanOrEqual(1);
    // Header (title, filter line) and footer (source, note, app name) around the chart.
    expect(height).toBeGreaterThan(2 * cssHeight + 2 * 100);
    const [top, footer, bottomMargin] = await inkByBand(page, bytes, [[0, 0.08], [0.72, 0.96], [0.985, 1]]);
    expect(top, 'the title band has text').toBeGreaterThan(200);
    expect(footer, 'the footer band has text').toBeGreaterThan(500);
    expect(bottomMargin, 'a clean margin at the bottom').toBe(0);
  });
}
