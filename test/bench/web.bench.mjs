// The web app's part of `npm run bench`: builds the PWA, then measures what index.html loads
// before any lazy route (entry script, its static imports and preloads, and CSS), gzipped.
// Render timings in Chromium (1000 magnets, a 10-magnet patch) come from the magnets work in
// web-render.mjs.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { renderRows } from "./web-render.mjs";

export const name = "web";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "dist/web");

const JS_TARGET_KB = 50;
const CSS_TARGET_KB = 10;

export function build() {
  const result = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("vite build failed");
}

/** The assets index.html references directly (scripts, module preloads, stylesheets). */
export function initialAssets(html) {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)].map((m) => ({
    tag: m[0],
    url: m[1],
  }));
  const js = refs.filter((r) => r.url.endsWith(".js") && !r.tag.includes('rel="manifest"')).map((r) => r.url);
  const css = refs.filter((r) => r.url.endsWith(".css")).map((r) => r.url);
  return { js: [...new Set(js)], css: [...new Set(css)] };
}

/** Static imports reachable from the entry: they all load before the first paint. */
function withStaticImports(files) {
  const seen = new Set();
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), "utf8");
    const base = dirname(file);
    // Vite's output: `import{a as b}from"./chunk.js"` and bare `import"./chunk.js"`; dynamic import( ) is lazy.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
      const url = m[1];
      queue.push(url.startsWith("/") ? url : join(base, url).replace(/^\/?/, "/"));
    }
  }
  return [...seen];
}

function gzipKb(files) {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return bytes / 1024;
}

async function sizeRows() {
  build();
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const { js, css } = initialAssets(html);
  const jsFiles = withStaticImports(js);
  const jsKb = gzipKb(jsFiles);
  const cssKb = gzipKb(css);
  return [
    { metric: "initial JS (gzip)", value: jsKb, unit: "KB", target: `<= ${JS_TARGET_KB}`, pass: jsKb <= JS_TARGET_KB },
    { metric: "initial JS files", value: jsFiles.length, unit: "files" },
    {
      metric: "initial CSS (gzip)",
      value: cssKb,
      unit: "KB",
      target: `<= ${CSS_TARGET_KB}`,
      pass: cssKb <= CSS_TARGET_KB,
    },
  ];
}

export async function run() {
  return [...(await sizeRows()), ...(await renderRows())];
}
