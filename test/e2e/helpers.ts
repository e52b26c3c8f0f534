// Shared helpers for the browser tests: a fresh sandbox account, signing in through the app's
// own "paste an apikey" form, a signed-in browser, and the service worker. Conditions are
// awaited with test/wait-until.ts, the one wait helper of every test layer.
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { waitUntil } from "../wait-until";
import { baseUrl, openBrowser } from "./browser";

/** A new sandbox account (premium) that no other test shares. */
export function newSandboxKey(): string {
  return `sandbox${randomUUID().replaceAll("-", "")}`;
}

/** Signs in by typing the key into the sign-in screen's apikey form; resolves on the magnets screen. */
export async function signInWithKey(page: Page, key: string = newSandboxKey()): Promise<string> {
  await page.goto("/signin");
  await page.locator("#apikey").fill(key);
  await page.locator("form.signin-key button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
  return key;
}

export interface SignedIn {
  browser: BrowserContext;
  page: Page;
  key: string;
}

/**
 * A page signed in to a sandbox account (a new one unless `key` is given), its texts in English,
 * in a fresh browser unless `browser` is given; with `clipboard`, the page may read and write the
 * clipboard (the tests of Copy buttons).
 */
export async function openSignedIn(
  options: { key?: string; browser?: BrowserContext; clipboard?: boolean } = {},
): Promise<SignedIn> {
  const browser = options.browser ?? (await openBrowser());
  if (options.clipboard) await browser.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await browser.newPage();
  await page.addInitScript(() => localStorage.setItem("lang", "en"));
  const key = await signInWithKey(page, options.key);
  return { browser, page, key };
}

/**
 * Waits until the service worker serves the app: it is `activated`, the app shell (index.html)
 * is in its precache, and a reload of the page is controlled by it. Chromium reports
 * `activated` a moment before a new navigation is reliably handed to the worker, so the page is
 * reloaded (online) until one is; only then does the app open offline.
 */
export async function waitForServiceWorker(page: Page, timeoutMs = 20_000): Promise<void> {
  // page.evaluate awaits the promise; waitForFunction would take the pending promise as truthy.
  const shellPrecached = () =>
    page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active?.state !== "activated") return false;
      for (const name of await caches.keys()) {
        if (!name.includes("precache")) continue;
        const keys = await (await caches.open(name)).keys();
        if (keys.some((request) => new URL(request.url).pathname === "/index.html")) return true;
      }
      return false;
    });
  await waitUntil(shellPrecached, "the app shell in the service worker's precache", { timeoutMs });
  await waitUntil(
    async () => {
      await page.reload();
      return page.evaluate(() => navigator.serviceWorker.controller !== null);
    },
    "a reload served by the service worker",
    { timeoutMs, everyMs: 500 },
  );
}

/** The sandbox's own count of calls per endpoint for one account (GET /sandbox/stats). */
export async function sandboxStats(key: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl()}/sandbox/stats?apikey=${encodeURIComponent(key)}`);
  if (!response.ok) throw new Error(`/sandbox/stats answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * A raw AllDebrid call to the test server (edge), for setting up or checking state outside the UI;
 * an array value is sent as repeated fields (`magnets[]`).
 */
export async function apiCall<T = unknown>(
  key: string | null,
  path: string,
  params: Record<string, string | string[]> = {},
): Promise<{ status: "success"; data: T } | { status: "error"; error: { code: string; message: string } }> {
  const headers: Record<string, string> = {};
  if (key) headers.Authorization = `Bearer ${key}`;
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) for (const one of [value].flat()) body.append(name, one);
  const response = await fetch(`${baseUrl()}${path}`, { method: "POST", headers, body });
  return (await response.json()) as { status: "success"; data: T };
}
