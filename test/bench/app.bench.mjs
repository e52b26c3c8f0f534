// The app's part of `npm run bench`, as a person meets it: Lighthouse 12 (simulated phone, its
// default mobile settings) on the sign-in screen and on the magnets screen of an account with 30
// magnets: performance, cumulative layout shift and accessibility; then, at 360×800, the height
// of a settled magnet's row, how many rows a screen shows, and how soon a PIN approved on
// AllDebrid's page signs the app in. All against the built app under wrangler dev and the
// sandbox, offline; the Chromium is the one the tests drive, Lighthouse speaks to its DevTools port.
import { randomBytes } from "node:crypto";
import lighthouse from "lighthouse";
import { launchChromium, signIn } from "../../scripts/chromium.mjs";
import { freePort, startDevServer } from "../../scripts/dev-server.mjs";
import { build } from "./web.bench.mjs";

export const name = "app";

const TARGETS = { performance: 0.95, cls: 0.05, accessibility: 1, rowHeight: 90, rowsVisible: 7, pinMs: 2000 };
const MAGNETS = 30;

/** An account with 30 ready magnets (hashes starting with 0 are ready at once), each named. */
async function seed(server, key) {
  const magnets = Array.from({ length: MAGNETS }, (_, i) => {
    const hash = `0${randomBytes(20).toString("hex")}`.slice(0, 40);
    return `magnet:?xt=urn:btih:${hash}&dn=${encodeURIComponent(`Open.Movie.${String(i + 1).padStart(2, "0")}.2024.1080p.mkv`)}`;
  });
  await server.api(key, "/v4.1/magnet/upload", { "magnets[]": magnets });
}

async function audit(url, port) {
  const { lhr } = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    // Keep this profile's IndexedDB: the session (and the magnets' copy) of the signed-in screen.
    disableStorageReset: true,
  });
  // The magnets screen must be measured signed in, not as the sign-in screen it would send a stranger to.
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) {
    throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`);
  }
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    cls: lhr.audits["cumulative-layout-shift"].numericValue,
    failed: Object.values(lhr.audits)
      .filter(
        (a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id),
      )
      .map((a) => a.id),
  };
}

function lighthouseRows(screen, result) {
  const note = result.failed.length ? ` (accessibility audits below 1: ${result.failed.join(", ")})` : "";
  return [
    {
      metric: `Lighthouse performance, ${screen} (simulated phone)`,
      value: result.performance,
      unit: "score",
      target: `>= ${TARGETS.performance}`,
      pass: result.performance >= TARGETS.performance,
    },
    {
      metric: `Lighthouse cumulative layout shift, ${screen}`,
      value: result.cls,
      unit: "",
      target: `<= ${TARGETS.cls}`,
      pass: result.cls <= TARGETS.cls,
    },
    {
      metric: `Lighthouse accessibility, ${screen}${note}`,
      value: result.accessibility,
      unit: "score",
      target: `>= ${TARGETS.accessibility}`,
      pass: result.accessibility >= TARGETS.accessibility,
    },
  ];
}

/** At 360×800: a settled row's height, and how many rows show whole above the tab bar. */
async function density(page) {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/");
  await page
    .locator("li.magnet")
    .nth(MAGNETS - 1)
    .waitFor({ state: "attached", timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll("li.magnet[data-group=ready]")].map((row) =>
      row.getBoundingClientRect(),
    );
    const bottom = document.querySelector(".tabbar")?.getBoundingClientRect().top ?? window.innerHeight;
    return {
      height: Math.max(...rows.map((row) => row.height)),
      visible: rows.filter((row) => row.top >= 0 && row.bottom <= bottom).length,
    };
  });
}

/** From the approval on AllDebrid's (the sandbox's) PIN page to the app on its magnets screen. */
async function pinLatency(context, server) {
  const page = await context.newPage();
  await page.goto("/signin");
  const pin = (await page.getByTestId("pin").textContent({ timeout: 15_000 })).trim();
  const approved = await fetch(`${server.url}/sandbox/pin/`, { method: "POST", body: new URLSearchParams({ pin }) });
  if (!approved.ok) throw new Error(`approving the PIN: ${approved.status}`);
  const start = Date.now();
  await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
  const ms = Date.now() - start;
  await page.close();
  return ms;
}

export async function run() {
  build();
  const server = await startDevServer();
  const port = await freePort();
  const context = await launchChromium({
    baseURL: server.url,
    viewport: { width: 412, height: 823 },
    args: [`--remote-debugging-port=${port}`],
  });
  try {
    const rows = [];
    // Lighthouse loads the page itself; the first load here also installs the service worker.
    rows.push(...lighthouseRows("sign-in", await audit(`${server.url}/signin`, port)));

    const key = `sandboxbench${randomBytes(8).toString("hex")}`;
    await seed(server, key);
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem("lang", "en"));
    await signIn(page, key);
    await page
      .locator("li.magnet")
      .nth(MAGNETS - 1)
      .waitFor({ state: "attached", timeout: 20_000 });
    rows.push(...lighthouseRows(`magnets (${MAGNETS} magnets)`, await audit(`${server.url}/`, port)));

    const { height, visible } = await density(page);
    rows.push(
      {
        metric: "settled magnet row height at 360 px",
        value: height,
        unit: "px",
        target: `<= ${TARGETS.rowHeight}`,
        pass: height <= TARGETS.rowHeight,
      },
      {
        metric: `magnet rows shown whole at 360×800 (of ${MAGNETS})`,
        value: visible,
        unit: "rows",
        target: `>= ${TARGETS.rowsVisible}`,
        pass: visible >= TARGETS.rowsVisible,
      },
    );
    await page.close();

    const signedOut = await launchChromium({ baseURL: server.url, viewport: { width: 360, height: 800 } });
    try {
      const ms = await pinLatency(signedOut, server);
      rows.push({
        metric: "PIN approved on AllDebrid's page to signed in",
        value: ms,
        unit: "ms",
        target: `<= ${TARGETS.pinMs}`,
        pass: ms <= TARGETS.pinMs,
      });
    } finally {
      await signedOut.close();
    }
    return rows;
  } finally {
    await context.close();
    await server.stop();
  }
}
