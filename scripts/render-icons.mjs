// One-off: draws the app's logo as SVG and renders the PNG icons the manifest lists (192, 512
// and a maskable 512 whose artwork stays inside the central safe zone) with headless Chromium.
// Run: node scripts/render-icons.mjs  (writes web/public/icons/; the PNGs are committed).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { ensureChromium } from "./ensure-chromium.mjs";

const out = join(dirname(fileURLToPath(import.meta.url)), "../web/public/icons");
const TEAL = "#0f766e";

/** A download arrow dropping into a tray, in white on teal. `scale` shrinks it for the maskable safe zone. */
function logo({ rounded, scale }) {
  const corner = rounded ? 112 : 0;
  const offset = 256 * (1 - scale);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <rect width="512" height="512" rx="${corner}" fill="${TEAL}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})" fill="none" stroke="#fff" stroke-width="44" stroke-linecap="round" stroke-linejoin="round">
    <path d="M256 104v196"/>
    <path d="M168 216l88 88 88-88"/>
    <path d="M120 312v64h272v-64"/>
  </g>
</svg>
`;
}

const icons = [
  { file: "icon-192.png", size: 192, svg: logo({ rounded: true, scale: 1 }) },
  { file: "icon-512.png", size: 512, svg: logo({ rounded: true, scale: 1 }) },
  { file: "maskable-512.png", size: 512, svg: logo({ rounded: false, scale: 0.72 }) },
];

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "icon.svg"), logo({ rounded: true, scale: 1 }));

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const html = `<html><body style="margin:0;background:transparent">${icon.svg.replace(
      'width="512" height="512"',
      `width="${icon.size}" height="${icon.size}"`,
    )}</body></html>`;
    await page.setContent(html);
    await page.screenshot({ path: join(out, icon.file), omitBackground: true });
    await page.close();
    console.log(`wrote ${icon.file}`);
  }
} finally {
  await browser.close();
}
