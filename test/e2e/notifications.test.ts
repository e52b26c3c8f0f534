// Notifications end to end in Chromium: turning them on in Settings (the browser's permission is
// granted by the test) subscribes this device with the account's object, a magnet that finishes
// makes the object send a real encrypted push, and a push delivered to the service worker shows
// the notification with the magnet's name; tapping it opens the app on that magnet.
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

describe("notifications", () => {
  let browser: BrowserContext | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it("turns on from Settings, gets a real push when a magnet is ready, shows it and opens the magnet", async () => {
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

    // Tapping it opens the app on that magnet.
    const [worker] = browser.serviceWorkers();
    await worker?.evaluate(async () => {
      // The worker's globals, typed here (this file is compiled with the page's DOM types).
      const scope = self as unknown as {
        registration: ServiceWorkerRegistration;
        NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
        dispatchEvent(event: Event): boolean;
      };
      const [notification] = await scope.registration.getNotifications();
      if (notification) scope.dispatchEvent(new scope.NotificationEvent("notificationclick", { notification }));
    });
    await page.waitForURL((url) => url.searchParams.get("magnet") === String(uploaded.id), { timeout: 10_000 });
  });
});
