// The build's part in the app's first frame (docs/app.md, "Start-up"): index.html gets its two
// boot scripts inline (web/boot/*.js, as they are: the CSP allows each by its hash, and the build
// stops if worker/security/inline-scripts.ts does not list that hash) and a stranger's first frame, the
// sign-in screen rendered by Solid on the server, once per language (web/signin/first-frame.tsx).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createServer, type Plugin } from "vite";
import solid from "vite-plugin-solid";
import { INLINE_SCRIPT_HASHES } from "../worker/security/inline-scripts.ts";

const LANGUAGES = ["en", "fr"] as const;

/** The CSP source of an inline script: 'sha256-…' of its exact text. */
function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

function inlineScript(root: string, name: string): string {
  const text = readFileSync(join(root, name), "utf8");
  const hash = scriptHash(text);
  if (!INLINE_SCRIPT_HASHES.includes(hash)) {
    throw new Error(`web/${name} changed: list ${hash} in INLINE_SCRIPT_HASHES (worker/security/inline-scripts.ts)`);
  }
  return `<script>${text}</script>`;
}

/** The sign-in screen as its code first renders it, in each language, each in a <template>. */
async function firstFrames(root: string): Promise<string> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: "error",
    appType: "custom",
    // One module rendered once: nothing to discover or pre-bundle.
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, watch: null },
    plugins: [solid({ ssr: true, solid: { hydratable: false } })],
  });
  try {
    const { renderFirstFrame } = (await server.ssrLoadModule("/signin/first-frame.tsx")) as {
      renderFirstFrame: (language: string) => string;
    };
    return LANGUAGES.map(
      (language) => `<template id="first-frame-${language}">${renderFirstFrame(language)}</template>`,
    ).join("");
  } finally {
    await server.close();
  }
}

export function firstFrame(): Plugin {
  let root = "";
  return {
    name: "debrid-first-frame",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "pre",
      async handler(html) {
        const frames = await firstFrames(root);
        return html
          .replace(/<script data-inline="([^"]+)"><\/script>/g, (_, name: string) => inlineScript(root, name))
          .replace("<template data-first-frames></template>", frames);
      },
    },
  };
}
