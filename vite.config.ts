// Builds the PWA (web/) into dist/web, which the Worker serves as static assets.
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import solid from "vite-plugin-solid";

export default defineConfig({
  root: "web",
  publicDir: "public",
  build: { outDir: "../dist/web", emptyOutDir: true, target: "es2022", sourcemap: false },
  plugins: [
    solid(),
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
