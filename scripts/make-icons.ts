// Run once, by hand, when site/favicon.svg changes: `npx node scripts/make-icons.ts`. The PNG
// icons the web app manifest (site/manifest.webmanifest) and iOS need, drawn from the favicon by
// Chromium and committed under site/icons/: the build never runs a browser.
//   icon-192.png, icon-512.png   the favicon as it is (rounded, transparent corners): "any"
//   icon-maskable-512.png        full-bleed, for launchers that cut their own shape: "maskable"
//   apple-touch-icon.png         180 px, full-bleed (iOS rounds it and shows no transparency)
// The letters stay inside the maskable safe zone (a circle of 40% of the size) as drawn.
import { readFileSync } from 'node:fs';
import { launchChromium } from './support/browser.ts';

const favicon = readFileSync('site/favicon.svg', 'utf8');
/** The favicon with a square, full-bleed background: its rounded corners removed. */
const fullBleed = favicon.replace(/ rx="[^"]*"/, '');
if (fullBleed === favicon) throw new Error('site/favicon.svg: no rounded rectangle (rx) to square off');

const ICONS = [
  ['icon-192.png', 192, favicon],
  ['icon-512.png', 512, favicon],
  ['icon-maskable-512.png', 512, fullBleed],
  ['apple-touch-icon.png', 180, fullBleed],
] as const;

const browser = await launchChromium();
try {
  for (const [file, size, svg] of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>body{margin:0}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `site/icons/${file}`, omitBackground: true });
    await page.close();
    console.log(`site/icons/${file}`);
  }
} finally {
  await browser.close();
}
