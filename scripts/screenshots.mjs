// `npm run screenshots`: every screen of the app at 360×800 (a phone) and 1280×800 (a desktop),
// in the light and the dark theme, in English and in French, into screenshots/ (git-ignored),
// with one contact sheet per screen and size (screenshots/sheets/) to look at them side by side.
// Offline, like the browser tests: the built app under `wrangler dev` against its sandbox, an
// account filled through the API (magnets ready, downloading, queued, failed; saved links) and
// through the app itself (links unlocked, a share, a magnet added offline).
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, signIn } from "./chromium.mjs";
import { startDevServer } from "./dev-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "screenshots");
const SIZES = [
  { name: "phone", width: 360, height: 800 },
  { name: "desktop", width: 1280, height: 800 },
];
const THEMES = ["light", "dark"];
const LANGS = ["en", "fr"];
const only = process.argv.slice(2);

// A slow magnet ("e…") leaves the queue after 200 paces: 30 s here, so shots can show a download.
const server = await startDevServer({ SANDBOX_PACE_MS: "150" });
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "sheets"), { recursive: true });
const taken = new Map();

const api = (key, path, params) => server.api(key, path, params);

/** A sandbox hash with a chosen fate (docs/sandbox-magnets.md) and a name of its own. */
function magnet(prefix, name) {
  const hash = `${prefix}${randomBytes(20).toString("hex")}`.slice(0, 40);
  return `magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(name)}`;
}

async function seedAccount(key) {
  await api(key, "/v4.1/magnet/upload", {
    "magnets[]": [
      magnet("e13", "Sintel (2010) 4K HDR"),
      magnet("0a8", "Big Buck Bunny (2008) 1080p"),
      magnet("010", "ubuntu-24.04.1-desktop-amd64.iso"),
      magnet("0b9", "Elephants Dream (2006) 720p"),
      magnet("fa0", "Cosmos Laundromat (broken torrent)"),
      magnet("020", "debian-12.7.0-amd64-netinst.iso"),
      magnet("0c1", "Tears of Steel (2012) 4K"),
      magnet("030", "Blender Open Movie soundtrack FLAC"),
      magnet("0f4", "The.Expanse.S02.1080p.AMZN.WEB-DL.DDP5.1.H.264-NTb"),
    ],
  });
  await api(key, "/v4.1/user/links/save", {
    "links[]": [
      "https://example.com/size-734003200/holiday-video.mp4",
      "https://example.com/size-2048/notes.pdf",
      "https://mega.nz/file/AbCdEf123",
    ],
  });
  await api(key, "/v4.1/link/unlock", { link: "https://example.com/size-1048576/report.pdf" });
}

async function settle(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Shoots the page as it is, in both sizes and both themes. */
async function shoot(page, screen, lang, prepare) {
  if (only.length && !only.includes(screen)) return;
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    if (prepare) await prepare(size);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await settle(page);
      const file = `${screen}-${size.name}-${theme}-${lang}.png`;
      await page.screenshot({ path: join(out, file) });
      const key = `${screen}-${size.name}`;
      taken.set(key, [...(taken.get(key) ?? []), file]);
    }
  }
  console.log(`  ${screen}`);
}

async function waitFor(page, locator, timeout = 20_000) {
  await page.locator(locator).first().waitFor({ timeout });
}

async function screensIn(lang) {
  console.log(`${lang}:`);
  const context = await launchChromium({ baseURL: server.url, viewport: { width: 360, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript((language) => localStorage.setItem("lang", language), lang);
    await page.goto("/signin");
    await waitFor(page, "[data-testid=pin]");
    await shoot(page, "signin", lang);

    const key = `sandbox${randomBytes(12).toString("hex")}`;
    await seedAccount(key);
    await signIn(page, key);
    await waitFor(page, ".magnet");
    await page.locator(".connection-status[data-status=live]").waitFor({ timeout: 15_000 });
    await page.locator(".magnet[data-group=error]").waitFor({ timeout: 20_000 });
    await page.locator(".magnet", { hasText: "Sintel" }).locator(".magnet-transfer").waitFor({ timeout: 60_000 });
    // Queued now, so it still waits in the queue while the shots are taken.
    await api(key, "/v4.1/magnet/upload", { "magnets[]": [magnet("e20", "Spring (2019) 1080p")] });
    await page.locator(".magnet", { hasText: "Spring" }).waitFor({ timeout: 15_000 });
    await shoot(page, "magnets", lang);

    // A season pack: its episodes in order, their names whole on a phone.
    await shoot(page, "magnet-files", lang, async (size) => {
      const row = page.locator(".magnet", { hasText: "The.Expanse.S02" });
      if (!(await page.locator(".file-tree").count())) await row.locator(".magnet-main").click();
      await waitFor(page, ".file-item");
      if (size.name === "phone") await row.scrollIntoViewIfNeeded();
    });
    if (await page.locator(".magnet[data-open] .magnet-main").count()) {
      await page.locator(".magnet[data-open] .magnet-main").click();
    }

    await shoot(page, "magnets-select", lang, async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      if (!(await page.locator(".selection-bar").count())) {
        await page.locator(".search-sort button[aria-pressed]").click();
        await page.locator(".magnet-selectable").nth(1).click();
        await page.locator(".magnet-selectable").nth(2).click();
      }
    });
    if (await page.locator(".selection-leave").count()) await page.locator(".selection-leave").click();

    await shoot(page, "magnets-add", lang, async () => {
      if (!(await page.locator("#add-magnets-text").count())) await page.locator(".magnets-header .primary").click();
    });

    await page.goto("/links");
    await page
      .locator("#links-input")
      .fill(
        [
          "https://example.com/e2e/size-52428800/concert-recording.mp4",
          "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
          "https://example.com/delayed/size-2048/slow-archive.zip",
          "https://example.com/down/gone.zip",
          "https://example.com/a/very/long/path/that/goes/on/and/on/until/it/no/longer/fits/on/a/phone/release.rar",
        ].join("\n"),
      );
    // Unlocked at once, as a paste would: a link, a stream's quality to pick, a delayed link.
    await page.locator(".links-paste button[type=submit]").click();
    await waitFor(page, ".link-card");
    await waitFor(page, ".link-card select");
    await shoot(page, "links", lang);

    await page.goto("/saved");
    await waitFor(page, ".saved-row");
    await shoot(page, "saved", lang);
    await page.locator("#tab-history").click();
    await waitFor(page, ".saved-row");
    await shoot(page, "history", lang);

    await page.goto("/account");
    await waitFor(page, "[data-testid=username]");
    await waitFor(page, ".account-quotas li");
    await shoot(page, "account", lang);

    await page.goto("/settings");
    await waitFor(page, ".settings");
    await shoot(page, "settings", lang);

    await shareScreens(page, lang);
    await offlineScreens(context, page, lang);
  } finally {
    await context.close();
  }
}

async function shareScreens(page, lang) {
  // A share as the system share sheet sends it: a multipart POST the service worker takes.
  await page.goto("/share");
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await page.reload();
  await page.evaluate(
    (text) => {
      const form = document.createElement("form");
      form.method = "post";
      form.enctype = "multipart/form-data";
      form.action = "/share";
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = "text";
      field.value = text;
      form.append(field);
      document.body.append(form);
      form.submit();
    },
    `Look: ${magnet("0d2", "Agent 327 (2017) 1080p")} https://www.youtube.com/watch?v=aqz-KE-bpKQ https://example.com/delayed/size-4096/shared-slow.zip`,
  );
  await page.waitForURL((url) => url.searchParams.has("id"), { timeout: 15_000 });
  await waitFor(page, ".share-item");
  // A stream comes in its best quality at once; a delayed link counts down.
  await page.locator(".share-item", { hasText: "aqz-KE-bpKQ" }).locator("button.primary").click();
  await page.locator(".share-item", { hasText: "shared-slow" }).locator("button.primary").click();
  await waitFor(page, ".share-item .link-result");
  await shoot(page, "share", lang);
}

async function offlineScreens(context, page, lang) {
  await page.goto("/");
  await waitFor(page, ".magnet");
  await context.setOffline(true);
  try {
    await page.locator(".magnets-header .primary").click();
    await page.locator("#add-magnets-text").fill(magnet("0e3", "Caminandes (2013) — added offline"));
    await page.locator(".add-magnets button[type=submit]").click();
    await waitFor(page, ".magnet-pending");
    await page.locator(".add-head button").click();
    await shoot(page, "magnets-offline", lang);
    await page.locator(".status a.chip").click();
    await waitFor(page, "[data-testid=outbox-entry]");
    await shoot(page, "outbox", lang);
  } finally {
    await context.setOffline(false);
  }
}

/** One image per screen and size: the four shots (light and dark, English and French) side by side. */
async function contactSheets() {
  const context = await launchChromium({ viewport: { width: 800, height: 600 } });
  try {
    const page = await context.newPage();
    for (const [key, files] of taken) {
      const images = files
        .map(
          (file) =>
            `<figure><img src="data:image/png;base64,${readFileSync(join(out, file)).toString("base64")}"><figcaption>${file}</figcaption></figure>`,
        )
        .join("");
      await page.setContent(
        `<style>body{margin:0;display:flex;gap:8px;background:#888;font:12px sans-serif}figure{margin:0}img{display:block}</style>${images}`,
      );
      await page.screenshot({ path: join(out, "sheets", `${key}.png`), fullPage: true });
    }
  } finally {
    await context.close();
  }
}

try {
  for (const lang of LANGS) await screensIn(lang);
  await contactSheets();
  writeFileSync(join(out, "index.json"), `${JSON.stringify(Object.fromEntries(taken), null, 2)}\n`);
  console.log(`wrote ${[...taken.values()].flat().length} screenshots to ${out}`);
} finally {
  await server.stop();
}
