// What the sandbox magnet tests share: a fresh account, hashes of a chosen kind, calls made the
// way real clients make them (POST form, Bearer key) and polling with a deadline.
import { exports } from "cloudflare:workers";
import type { Magnet, UploadedMagnet } from "../../protocol/alldebrid";

export interface Envelope<T = Record<string, unknown>> {
  status: "success" | "error";
  data: T;
  error: { code: string; message: string };
  deprecated?: boolean;
  demo?: string;
}

export const newKey = () => `sandbox${crypto.randomUUID().replaceAll("-", "")}`;

/** A random 40-hex hash starting with `prefix` (the first characters decide a magnet's fate). */
export function hashStarting(prefix: string): string {
  const random = Array.from(crypto.getRandomValues(new Uint8Array(20)), (b) => b.toString(16).padStart(2, "0"));
  return (prefix + random.join("")).slice(0, 40);
}

type Value = string | number | Array<string | number>;

function form(params: Record<string, Value>, files: File[]): FormData | URLSearchParams {
  const body = files.length > 0 ? new FormData() : new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const item of value) body.append(`${name}[]`, String(item));
    else body.append(name, String(value));
  }
  if (body instanceof FormData) {
    for (const [index, file] of files.entries()) body.append(`files[${index}]`, file);
  }
  return body;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One sandbox call. A 429 from the sandbox's rate limiter (another feature, 12 calls per second
 * per key) is waited out, so polling tests stay about magnets.
 */
export async function call<T = Record<string, unknown>>(
  path: string,
  apikey: string,
  params: Record<string, Value> = {},
  files: File[] = [],
): Promise<Envelope<T>> {
  for (let attempt = 0; ; attempt++) {
    const response = await exports.default.fetch(`http://edge.test/sandbox${path}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${apikey}` },
      body: form(params, files),
    });
    if (response.status === 429 && attempt < 20) {
      await sleep(250);
      continue;
    }
    return response.json<Envelope<T>>();
  }
}

/** Calls `read` every 150 ms until `done` holds, or fails after `timeoutMs`. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(150);
  }
}

/** A per-item answer of magnet/upload: the documented fields (all there on success), or an error. */
export type UploadItem = UploadedMagnet & { error?: { code: string; message: string } };

/** A magnet as /v4.1/magnet/status gives it, or a live-mode removal. */
export type StatusMagnet = Magnet & { deleted?: true };

export async function upload(apikey: string, magnets: string[]): Promise<UploadItem[]> {
  const answer = await call<{ magnets: UploadItem[] }>("/v4.1/magnet/upload", apikey, { magnets });
  if (answer.status !== "success") throw new Error(JSON.stringify(answer.error));
  return answer.data.magnets;
}

export async function statusOf(apikey: string, id: number): Promise<StatusMagnet> {
  const answer = await call<{ magnets: StatusMagnet }>("/v4.1/magnet/status", apikey, { id });
  if (answer.status !== "success") throw new Error(JSON.stringify(answer.error));
  return answer.data.magnets;
}
