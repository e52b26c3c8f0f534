// Calls the sandbox the ways real clients do, for the sandbox tests: POST form (default), GET
// query or multipart; the key as a Bearer header (default) or an apikey parameter.
import { exports } from "cloudflare:workers";

export const ORIGIN = "http://sandbox.test";

export interface Envelope<T = Record<string, unknown>> {
  status: "success" | "error";
  data: T;
  error: { code: string; message: string; token?: string };
  demo?: string | boolean;
  deprecated?: boolean;
}

export interface CallOptions {
  method?: "GET" | "POST";
  multipart?: boolean;
  /** Send the key as ?apikey= (or a form field) instead of a Bearer header. */
  keyAsParam?: boolean;
  /** Mark the call as coming through this deployment's edge proxy. */
  viaEdge?: boolean;
}

type Value = string | number | boolean | Array<string | number>;

/** Arrays go as name[]=…; pass a key ending in "" to send it plain. */
function pairs(params: Record<string, Value>): Array<[string, string]> {
  return Object.entries(params).flatMap(
    ([name, value]): Array<[string, string]> =>
      Array.isArray(value) ? value.map((item) => [`${name}[]`, String(item)]) : [[name, String(value)]],
  );
}

export function newKey(prefix = "sandbox"): string {
  return `${prefix}${crypto.randomUUID().replaceAll("-", "")}`;
}

export async function send(
  path: string,
  apikey: string | null,
  params: Record<string, Value> = {},
  options: CallOptions = {},
): Promise<Response> {
  const list = pairs(params);
  if (apikey && options.keyAsParam) list.push(["apikey", apikey]);
  const headers = new Headers();
  if (apikey && !options.keyAsParam) headers.set("Authorization", `Bearer ${apikey}`);
  if (options.viaEdge) headers.set("X-Debrid-Edge", "1");
  const url = new URL(`${ORIGIN}/sandbox${path}`);
  let body: BodyInit | undefined;
  if (options.method === "GET") for (const [name, value] of list) url.searchParams.append(name, value);
  else if (options.multipart) {
    const form = new FormData();
    for (const [name, value] of list) form.append(name, value);
    body = form;
  } else body = new URLSearchParams(list);
  return exports.default.fetch(url, { method: options.method ?? "POST", headers, body });
}

export async function call<T = Record<string, unknown>>(
  path: string,
  apikey: string | null,
  params: Record<string, Value> = {},
  options: CallOptions = {},
): Promise<Envelope<T>> {
  return (await send(path, apikey, params, options)).json<Envelope<T>>();
}

/** Polls `read` until `done` holds, no faster than 10 calls a second (under the rate limit). */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in time; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A page or hook of the sandbox (PIN page, verification page, stats, faults). */
export function hook(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(`${ORIGIN}/sandbox${path}`, init);
}

export function form(values: Record<string, string>): RequestInit {
  return { method: "POST", body: new URLSearchParams(values) };
}
