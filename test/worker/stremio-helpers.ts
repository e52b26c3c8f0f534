// The Stremio add-on as the worker tests use it: an account with named magnets in the sandbox,
// its add-on link, and add-on requests as Stremio makes them (from a given player address).
import { exports } from "cloudflare:workers";
import type { StremioLink } from "../../protocol/stremio";
import { waitUntil } from "../wait-until";
import { hashStartingWith, ORIGIN } from "./live-helpers";

export { newKey } from "./sandbox-hooks";

/**
 * A magnet to upload: its hash's first characters pick its fate (0 ready at once, e slow, f6 files
 * removed) and layout (a third character of 0-7 one file, 8-f a film with a sample and subtitles).
 */
export interface NamedMagnet {
  first: string;
  name: string;
  size?: number;
}

/** Uploads magnets by URI (name in `dn`, size in `xl`) as a device does; their ids, in order. */
export async function uploadNamed(apikey: string, magnets: NamedMagnet[]): Promise<number[]> {
  const form = new URLSearchParams();
  for (const { first, name, size = 2_000_000_000 } of magnets)
    form.append(
      "magnets[]",
      `magnet:?xt=urn:btih:${hashStartingWith(first)}&dn=${encodeURIComponent(name)}&xl=${size}`,
    );
  const body = await waitUntil(
    async () => {
      const response = await exports.default.fetch(`${ORIGIN}/sandbox/v4.1/magnet/upload`, {
        method: "POST",
        headers: { Authorization: `Bearer ${apikey}` },
        body: form,
      });
      const answer = await response.json<{ status: string; data: { magnets: Array<{ id: number }> } }>();
      return answer.status === "success" ? answer : null;
    },
    "an upload within the rate limit",
    { everyMs: 100 },
  );
  return body.data.magnets.map((magnet) => magnet.id);
}

export function linkCall(apikey: string, method: "POST" | "GET" | "DELETE"): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}/api/stremio`, { method, headers: { Authorization: `Bearer ${apikey}` } });
}

export async function makeLink(apikey: string): Promise<StremioLink> {
  const response = await linkCall(apikey, "POST");
  if (response.status !== 200)
    throw new Error(`POST /api/stremio answered ${response.status}: ${await response.text()}`);
  return response.json<StremioLink>();
}

/** The add-on's base URL, from its manifest URL. */
export function addonBase(link: StremioLink): string {
  return link.manifestUrl.replace(/\/manifest\.json$/, "");
}

/** An add-on request as Stremio makes it, from `address` (CF-Connecting-IP) when given. */
export function addonGet(url: string, address?: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (address) headers.set("CF-Connecting-IP", address);
  return exports.default.fetch(url, { ...init, headers, redirect: "manual" });
}

export async function addonJson<T>(url: string, address?: string): Promise<T> {
  const response = await addonGet(url, address);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json<T>();
}

/** A fresh address from the documentation range, so rate limits per address never cross tests. */
export function newAddress(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(2));
  return `2001:db8::${bytes[0]?.toString(16)}:${bytes[1]?.toString(16)}`;
}
