// The magnets screen's render rows of the web bench: in Chromium, against the built app under
// wrangler, the live socket is intercepted (page.routeWebSocket) and fed synthetic messages.
// Each socket message handler is timed in the page with performance.now() around the store
// update plus a forced layout: 1000 magnets rendered from a snapshot, and 10-magnet patches.
import { launchChromium, signIn } from "../../scripts/chromium.mjs";
import { startDevServer } from "../../scripts/dev-server.mjs";

const RENDER_TARGET_MS = 40;
const PATCH_TARGET_MS = 2;
const RENDER_RUNS = 7;
const PATCH_RUNS = 40;
const MAGNET_COUNT = 1000;

const spread = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} ms`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** 1000 magnets like a big account: mostly ready, some downloading, a few failed. */
function syntheticMagnets(count) {
  const now = Math.floor(Date.now() / 1000);
  return Array.from({ length: count }, (_, i) => {
    const id = i + 1;
    const kind = i % 10;
    const size = 50_000_000 + ((i * 7_919_113) % 8_000_000_000);
    const base = { id, filename: `Synthetic.Magnet.${id}.2024.1080p.mkv`, size, uploadDate: now - i * 60 };
    if (kind < 6) return { ...base, status: "Ready", statusCode: 4, completionDate: now - i * 30 };
    if (kind < 9) {
      const downloaded = Math.floor(size * ((i % 97) / 100));
      return {
        ...base,
        status: "Downloading",
        statusCode: 1,
        completionDate: 0,
        downloaded,
        downloadSpeed: 1_000_000 + (i % 50) * 100_000,
        seeders: 5 + (i % 40),
      };
    }
    return { ...base, status: "Upload fail", statusCode: 5, completionDate: 0 };
  });
}

/** Times every socket message handler in the page (whatever WebSocket class is in place). */
function timeSocketMessages() {
  window.__socketTimes = [];
  // The accessor may sit on a parent class (Playwright's mock extends its own base class).
  const proto = window.WebSocket.prototype;
  let owner = proto;
  while (owner && !Object.getOwnPropertyDescriptor(owner, "onmessage")) owner = Object.getPrototypeOf(owner);
  const original = Object.getOwnPropertyDescriptor(owner, "onmessage");
  Object.defineProperty(proto, "onmessage", {
    configurable: true,
    get() {
      return original.get.call(this);
    },
    set(handler) {
      original.set.call(
        this,
        handler &&
          function timed(event) {
            const start = performance.now();
            handler.call(this, event);
            void document.body.offsetHeight; // force style and layout of what the update changed
            window.__socketTimes.push(performance.now() - start);
          },
      );
    },
  });
}

export async function renderRows() {
  const server = await startDevServer();
  const context = await launchChromium({ baseURL: server.url, viewport: { width: 412, height: 915 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem("lang", "en"));
    await signIn(page, `sandboxbench${Date.now()}`);

    let releaseTicket;
    const patched = new Promise((resolve) => {
      releaseTicket = resolve;
    });
    await page.route("**/api/live/ticket", async (route) => {
      await patched;
      await route.fulfill({ json: { ticket: "bench", expiresIn: 60 } });
    });
    let socket;
    const connected = new Promise((resolve) => {
      page.routeWebSocket(/\/api\/live/, (ws) => {
        socket = ws;
        resolve();
      });
    });
    await page.goto("/");
    await page.locator("#magnets-title").waitFor();
    await page.evaluate(timeSocketMessages);
    releaseTicket();
    await connected;

    let version = 0;
    const timed = async (message) => {
      const before = await page.evaluate(() => window.__socketTimes.length);
      socket.send(JSON.stringify(message));
      await page.waitForFunction((n) => window.__socketTimes.length > n, before, { polling: 5 });
      return page.evaluate(() => window.__socketTimes.at(-1));
    };

    const magnets = syntheticMagnets(MAGNET_COUNT);
    const renders = [];
    // A list's very first rows come a task after it (web/magnets/MagnetList.tsx): once it has
    // rows, each run times a snapshot that brings the list back, rows and all.
    await timed({ type: "snapshot", version: ++version, magnets });
    await page.locator("li.magnet").first().waitFor();
    for (let run = 0; run < RENDER_RUNS; run++) {
      await timed({ type: "snapshot", version: ++version, magnets: [] });
      renders.push(await timed({ type: "snapshot", version: ++version, magnets }));
    }
    // The list renders its first rows (more as the user scrolls): check that all 1000 are
    // counted, and that scrolling to the end does bring every row into the page.
    const counted = await page.locator(".magnets-count").textContent();
    if (!counted?.startsWith(`${MAGNET_COUNT} of ${MAGNET_COUNT}`)) throw new Error(`the page counts "${counted}"`);
    const scrollStart = performance.now();
    while ((await page.locator("li.magnet").count()) < MAGNET_COUNT) {
      if (performance.now() - scrollStart > 30_000) throw new Error("scrolling did not bring every row");
      await page.locator("li.magnet").last().scrollIntoViewIfNeeded();
      await page.waitForTimeout(20);
    }

    const downloading = magnets.filter((m) => m.statusCode === 1);
    const patches = [];
    for (let run = 0; run < PATCH_RUNS; run++) {
      const changes = Array.from({ length: 10 }, (_, i) => {
        const magnet = downloading[(run * 10 + i) % downloading.length];
        magnet.downloaded = Math.min(magnet.size, magnet.downloaded + 10_000_000);
        return {
          id: magnet.id,
          downloaded: magnet.downloaded,
          downloadSpeed: 500_000 + ((run * 37 + i * 101) % 100) * 50_000,
          seeders: 5 + ((run + i) % 40),
        };
      });
      patches.push(await timed({ type: "patch", from: version, to: ++version, changes, removed: [] }));
    }

    const render = median(renders);
    const patch = median(patches);
    return [
      {
        metric: `show ${MAGNET_COUNT} magnets from a snapshot, the first rows rendered (median of ${RENDER_RUNS}: ${spread(renders)})`,
        value: render,
        unit: "ms",
        target: `<= ${RENDER_TARGET_MS}`,
        pass: render <= RENDER_TARGET_MS,
      },
      {
        metric: `apply a 10-magnet patch, all ${MAGNET_COUNT} rows in the page (median of ${PATCH_RUNS}: ${spread(patches)})`,
        value: patch,
        unit: "ms",
        target: `<= ${PATCH_TARGET_MS}`,
        pass: patch <= PATCH_TARGET_MS,
      },
    ];
  } finally {
    await context.close();
    await server.stop();
  }
}
