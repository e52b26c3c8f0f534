// Shared helpers for the browser tests: a fresh sandbox account, signing in through the app's
// own "paste an apikey" form, waiting on a condition with a deadline, and the service worker.
import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { baseUrl, openBrowser } from "./browser";

/** A new sandbox account (premium) that no other test shares. */
export function newSandboxKey(): string {
  return `sandbox${randomUUID().replaceAll("-", "")}`;
}

/** Polls `condition` until it returns a truthy value (which is returned) or the deadline passes. */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  timeoutMs = 10_000,
  what = "condition",
  everyMs = 100,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ""}`);
}

/** Signs in by typing the key into the sign-in screen's apikey form; resolves on the magnets screen. */
export async function signInWithKey(page: Page, key: string = newSandboxKey()): Promise<string> {
  await page.goto("/signin");
  await page.locator("#apikey").fill(key);
  await page.locator("form.signin-key button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/", { timeout: 15_000 });
  return key;
}

/** A fresh browser with one page signed in to a new sandbox account, its texts in English. */
export async function openSignedIn(): Promise<{ browser: BrowserContext; page: Page; key: string }> {
  const browser = await openBrowser();
  const page = await browser.newPage();
  await page.addInitScript(() => localStorage.setItem("lang", "en"));
  const key = await signInWithKey(page);
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
  await waitFor(shellPrecached, timeoutMs, "the app shell in the service worker's precache");
  await waitFor(
    async () => {
      await page.reload();
      return page.evaluate(() => navigator.serviceWorker.controller !== null);
    },
    timeoutMs,
    "a reload served by the service worker",
    500,
  );
}

/** The sandbox's own count of calls per endpoint for one account (GET /sandbox/stats). */
export async function sandboxStats(key: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${baseUrl()}/sandbox/stats?apikey=${encodeURIComponent(key)}`);
  if (!response.ok) throw new Error(`/sandbox/stats answered ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** A raw AllDebrid call to the test server (edge), for setting up or checking state outside the UI. */
export async function apiCall<T = unknown>(
  key: string | null,
  path: string,
  params: Record<string, string> = {},
): Promise<{ status: "success"; data: T } | { status: "error"; error: { code: string; message: string } }> {
  const headers: Record<string, string> = {};
  if (key) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(`${baseUrl()}${path}`, { method: "POST", headers, body: new URLSearchParams(params) });
  return (await response.json()) as { status: "success"; data: T };
}
