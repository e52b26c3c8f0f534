// Notifications end to end in Chromium: turning them on in Settings (the browser's permission is
// granted by the test) subscribes this device with the account's object, a magnet that finishes
// makes the object send a real encrypted push, and a push delivered to the service worker shows
// the notification with the magnet's name; tapping it opens the app on that magnet, and its "Copy
// links" action copies the magnet's links.
//
// Stand-ins, because headless Chromium here reaches no push service: the browser's subscription
// is made in the page (a real P-256 key pair and auth secret, an endpoint under
// https://push.sandbox.test/, which the sandbox receives as a push service would), and the push is
// handed to the service worker through the DevTools protocol (ServiceWorker.deliverPushMessage)
// with the payload the browser would have decrypted. The tap is the worker's own
// notificationclick handler, run on the notification it shows.
import { randomBytes } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { magnetsDonePayload } from "../../protocol/push";
import { waitUntil } from "../wait-until";
import { baseUrl } from "./browser";
import { apiCall, openSignedIn, waitForServiceWorker } from "./helpers";
import { addThroughForm, sandboxMagnet } from "./magnet-helpers";

/** Replaces the browser's push subscription with one the sandbox can receive (see the note above). */
async function standInForPushService(page: Page, endpoint: string): Promise<void> {
  await page.addInitScript((pushEndpoint) => {
    const base64url = (bytes: ArrayBuffer) =>
      btoa(String.fromCharCode(...new Uint8Array(bytes)))
        .replaceAll("+", "-")
        .replaceAll("/", "_")
        .replace(/=+$/, "");
    let held: PushSubscription | null = null;
    PushManager.prototype.getSubscription = async () => held;
    PushManager.prototype.subscribe = async (options?: PushSubscriptionOptionsInit) => {
      const pair = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
      const p256dh = base64url(await crypto.subtle.exportKey("raw", pair.publicKey));
      const auth = base64url(crypto.getRandomValues(new Uint8Array(16)).buffer);
      const key = options?.applicationServerKey;
      const subscription = {
        endpoint: pushEndpoint,
        expirationTime: null,
        options: { applicationServerKey: null, userVisibleOnly: true, key },
        getKey: () => null,
        toJSON: () => ({ endpoint: pushEndpoint, expirationTime: null, keys: { p256dh, auth } }),
        unsubscribe: async () => {
          held = null;
          return true;
        },
      };
      held = subscription as unknown as PushSubscription;
      return held;
    };
  }, endpoint);
}

interface SandboxPushes {
  data: { requests: Array<{ method: string; headers: Record<string, string>; body: string }> };
}

async function pushesTo(endpoint: string): Promise<SandboxPushes["data"]["requests"]> {
  const response = await fetch(`${baseUrl()}/sandbox/push?endpoint=${encodeURIComponent(endpoint)}`);
  return ((await response.json()) as SandboxPushes).data.requests;
}

async function notificationTags(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((notification) => notification.tag);
  });
}

/** Runs the worker's own notificationclick handler on the newest notification, as a tap (or a tap on `action`). */
async function tapNotification(browser: BrowserContext, action: string): Promise<void> {
  const [worker] = browser.serviceWorkers();
  await worker?.evaluate(async (tapped) => {
    // The worker's globals, typed here (this file is compiled with the page's DOM types).
    const scope = self as unknown as {
      registration: ServiceWorkerRegistration;
      NotificationEvent: new (type: string, init: { notification: Notification; action: string }) => Event;
      dispatchEvent(event: Event): boolean;
    };
    const notifications = await scope.registration.getNotifications();
    const notification = notifications.at(-1);
    if (notification)
      scope.dispatchEvent(new scope.NotificationEvent("notificationclick", { notification, action: tapped }));
  }, action);
}

describe("notifications", () => {
  let browser: BrowserContext | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it("turns on from Settings, gets a real push when a magnet is ready, shows it, opens the magnet and copies its links", async () => {
    const endpoint = `https://push.sandbox.test/e2e/${randomBytes(8).toString("hex")}`;
    const signedIn = await openSignedIn();
    browser = signedIn.browser;
    const { page, key } = signedIn;
    await browser.grantPermissions(["notifications"], { origin: baseUrl() });
    await standInForPushService(page, endpoint);
    await waitForServiceWorker(page);

    await page.goto("/settings");
    const toggle = page.getByLabel("Notify me when a magnet is done (on this device)");
    await toggle.check();
    await waitUntil(() => toggle.isChecked(), "the toggle to stay on");
    await page.getByText("One moment…").waitFor({ state: "detached" });
    expect(await page.locator(".notification-settings .error").count()).toBe(0);

    // The object sends a real push (encrypted, VAPID-signed) when the magnet turns Ready.
    const name = `Notify me ${randomBytes(3).toString("hex")}`;
    const magnet = `magnet:?xt=urn:btih:1${randomBytes(19).toString("hex")}2&dn=${encodeURIComponent(name)}`;
    const upload = await apiCall<{ magnets: Array<{ id: number; name: string }> }>(key, "/v4.1/magnet/upload", {
      "magnets[]": magnet,
    });
    if (upload.status !== "success") throw new Error("upload failed");
    const uploaded = upload.data.magnets[0]!;
    const [push] = await waitUntil(
      async () => {
        const received = await pushesTo(endpoint);
        return received.length > 0 ? received : null;
      },
      "the push at the sandbox's push service",
      { timeoutMs: 30_000, everyMs: 250 },
    );
    expect(push?.method).toBe("POST");
    expect(push?.headers["content-encoding"]).toBe("aes128gcm");
    expect(push?.headers.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);

    // The push reaches the service worker, which shows it with the magnet's name.
    const cdp = await browser.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
        const ours = registrations.find((r: { scopeURL: string }) => r.scopeURL.startsWith(baseUrl()));
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send("ServiceWorker.enable");
    const payload = magnetsDonePayload("e2e-1", Math.floor(Date.now() / 1000), [
      { id: uploaded.id, name: uploaded.name, statusCode: 4 },
    ]);
    await cdp.send("ServiceWorker.deliverPushMessage", {
      origin: baseUrl(),
      registrationId: await registrationId,
      data: JSON.stringify(payload),
    });
    const shown = await waitUntil(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.ready;
          const [first] = await registration.getNotifications();
          return first ? { title: first.title, body: first.body, tag: first.tag } : null;
        }),
      "the notification",
    );
    expect(shown).toEqual({ title: "Magnet ready", body: uploaded.name, tag: "e2e-1" });

    // Tapping it opens the app on that magnet: its details and files, whatever the list showed.
    await tapNotification(browser, "");
    const details = page.locator(`#magnet-${uploaded.id}-details`);
    await details.locator(".file-item").first().waitFor({ timeout: 15_000 });
    await waitUntil(() => !new URL(page.url()).searchParams.has("magnet"), "the address cleaned of ?magnet=");

    // Its "Copy links" action opens it too, and copies every file's link from this device.
    await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl() });
    await page.evaluate(() => navigator.clipboard.writeText(""));
    await page.evaluate(() => document.querySelector<HTMLElement>(".magnet-main[aria-expanded=true]")?.click());
    await details.waitFor({ state: "detached" });
    await cdp.send("ServiceWorker.deliverPushMessage", {
      origin: baseUrl(),
      registrationId: await registrationId,
      data: JSON.stringify({ ...payload, event: "e2e-2" }),
    });
    await waitUntil(() => notificationTags(page).then((tags) => tags.includes("e2e-2")), "the second notification");
    await tapNotification(browser, "copy-links");
    await details.locator(".file-item").first().waitFor({ timeout: 15_000 });
    const files = await details.locator(".file-item").count();
    const copied = await waitUntil(async () => {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      return text ? text.trimEnd().split("\n") : null;
    }, "the links in the clipboard");
    expect(files).toBeGreaterThan(0);
    expect(copied).toHaveLength(files);
    for (const line of copied) expect(line).toMatch(new RegExp(`^${baseUrl()}/sandbox/dl/`));
  });
  it("asks once after an add: No thanks is kept on the device, Turn on turns them on there and then", async () => {
    const question = "Get a notification when your magnets are done, even with the app closed?";
    const declined = await openSignedIn();
    try {
      await waitForServiceWorker(declined.page);
      await addThroughForm(declined.page, [sandboxMagnet("1")]);
      await declined.page.getByText(question).waitFor();
      await declined.page.getByRole("button", { name: "No thanks" }).click();
      await declined.page.getByText(question).waitFor({ state: "detached" });
      // Asked for good: another add, after a reload, asks nothing.
      await declined.page.reload();
      await addThroughForm(declined.page, [sandboxMagnet("1")]);
      expect(await declined.page.getByText(question).count()).toBe(0);
    } finally {
      await declined.browser.close();
    }

    const accepted = await openSignedIn();
    try {
      const { page } = accepted;
      await accepted.browser.grantPermissions(["notifications"], { origin: baseUrl() });
      await standInForPushService(page, `https://push.sandbox.test/e2e/${randomBytes(8).toString("hex")}`);
      await waitForServiceWorker(page);
      await addThroughForm(page, [sandboxMagnet("1")]);
      await page.getByRole("button", { name: "Turn on" }).click();
      await page.getByText(question).waitFor({ state: "detached" });
      await page.goto("/settings");
      const toggle = page.getByLabel("Notify me when a magnet is done (on this device)");
      await waitUntil(() => toggle.isChecked(), "the setting on");
    } finally {
      await accepted.browser.close();
    }
  });
});
