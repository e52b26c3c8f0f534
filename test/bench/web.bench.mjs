// The web app's part of `npm run bench`: builds the PWA, then measures, gzipped and from the
// build's own manifest, the script a stranger on "/" loads before the sign-in screen works (the
// entry and the signed-out screen with their static imports: docs/app.md, "Start-up"), the
// script of a signed-in start (the app and the magnets screen it opens on), and the CSS index.html
// links. Render
// timings in Chromium (1000 magnets, a 10-magnet patch) come from web-render.mjs.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { renderRows } from "./web-render.mjs";

export const name = "web";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "dist/web");

const JS_TARGET_KB = 25;
const CSS_TARGET_KB = 10;

/** `manifest`: also write Vite's manifest (dist/web/.vite/manifest.json) for sizeRows, which removes it. */
export function build({ manifest = false } = {}) {
  const args = ["vite", "build", "--logLevel", "warn", ...(manifest ? ["--manifest"] : [])];
  const result = spawnSync("npx", args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("vite build failed");
}

/** The files an entry of the manifest loads before it runs: its chunk and its static imports, transitively. */
function staticClosure(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, seen);
  return seen;
}

function gzipKb(files) {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return bytes / 1024;
}

async function sizeRows() {
  build({ manifest: true });
  const manifestPath = join(dist, ".vite/manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  rmSync(join(dist, ".vite"), { recursive: true, force: true });
  const entry = staticClosure(manifest, "index.html");
  const stranger = [...staticClosure(manifest, "signin/signed-out.tsx", new Set(entry))];
  // The entry's other lazy imports: the app and its first screen, one chunk (scripts/start-chunk-plugin.ts).
  const started = manifest["index.html"].dynamicImports.filter((key) => key !== "signin/signed-out.tsx");
  const signedIn = new Set(entry);
  for (const key of started) staticClosure(manifest, key, signedIn);
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    m[1].replace(/^\//, ""),
  );
  const strangerKb = gzipKb(stranger);
  const cssKb = gzipKb(css);
  return [
    {
      metric: 'initial JS: a stranger on "/", before the sign-in screen works (gzip)',
      value: strangerKb,
      unit: "KB",
      target: `<= ${JS_TARGET_KB}`,
      pass: strangerKb <= JS_TARGET_KB,
    },
    { metric: "initial JS files, a stranger", value: stranger.length, unit: "files" },
    { metric: "JS of a signed-in start: the app and its magnets screen (gzip)", value: gzipKb(signedIn), unit: "KB" },
    { metric: "JS files of a signed-in start", value: signedIn.size, unit: "files" },
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
