// Builds the PWA (web/) into dist/web, which the Worker serves as static assets.
import { readFileSync } from "node:fs";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import solid from "vite-plugin-solid";
import { firstFrame } from "./scripts/first-frame-plugin.ts";
import { startChunk } from "./scripts/start-chunk-plugin.ts";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  root: "web",
  define: { __APP_VERSION__: JSON.stringify(version) },
  publicDir: "public",
  // No modulepreload polyfill: every browser the app targets preloads modules itself, and the
  // polyfill was half a kilobyte of a stranger's first script.
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  plugins: [
    solid(),
    firstFrame(),
    startChunk(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "sw",
      filename: "sw.ts",
      registerType: "prompt",
      injectRegister: false,
      manifest: false,
      injectManifest: { globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"] },
      devOptions: { enabled: false },
    }),
  ],
});
