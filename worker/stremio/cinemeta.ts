// The title and year behind an IMDb id, from Stremio's public metadata add-on (Cinemeta,
// CINEMETA_URL), kept in KV: a week for a title it knows, an hour for one it does not. With the
// sandbox as the upstream, its stand-in answers in process (worker/sandbox/cinemeta). The
// request leaves through the upstream layer's one way out and carries nothing of the account.
import { AllDebridError } from "../../protocol/alldebrid";
import { type Env, isSandboxUpstream } from "../env";
import { markForSandbox, sendOutbound } from "../upstream/outbound";

export interface Title {
  name: string;
  year: number | null;
}

const PREFIX = "cinemeta:v1:";
const KNOWN_TTL_SECONDS = 7 * 24 * 60 * 60;
const UNKNOWN_TTL_SECONDS = 60 * 60;
const TIMEOUT_MS = 5000;
const DEFAULT_URL = "https://v3-cinemeta.strem.io";

function cinemetaBase(env: Env, origin: string): string {
  if (isSandboxUpstream(env)) return `${origin}/sandbox/cinemeta`;
  return (env.CINEMETA_URL || DEFAULT_URL).replace(/\/$/, "");
}

/** The title of a movie or series; null when Cinemeta does not know the id. Throws when it cannot be asked. */
export async function titleOf(env: Env, origin: string, type: "movie" | "series", imdb: string): Promise<Title | null> {
  const key = `${PREFIX}${type}:${imdb}`;
  const kept = await env.HOSTS_CACHE.get<{ title: Title | null }>(key, "json");
  if (kept) return kept.title;
  const title = await askCinemeta(env, origin, type, imdb);
  const expirationTtl = title ? KNOWN_TTL_SECONDS : UNKNOWN_TTL_SECONDS;
  await env.HOSTS_CACHE.put(key, JSON.stringify({ title }), { expirationTtl });
  return title;
}

async function askCinemeta(env: Env, origin: string, type: string, imdb: string): Promise<Title | null> {
  const headers = new Headers({ Accept: "application/json" });
  markForSandbox(env, headers);
  const url = `${cinemetaBase(env, origin)}/meta/${type}/${imdb}.json`;
  let response: Response;
  try {
    response = await sendOutbound(env, new Request(url, { headers, signal: AbortSignal.timeout(TIMEOUT_MS) }));
  } catch {
    throw new AllDebridError("UPSTREAM_UNAVAILABLE", "Stremio's metadata add-on (Cinemeta) could not be reached");
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new AllDebridError("UPSTREAM_UNAVAILABLE", `Cinemeta answered HTTP ${response.status}`);
  let body: { meta?: { name?: unknown; year?: unknown; releaseInfo?: unknown } | null };
  try {
    body = await response.json();
  } catch {
    throw new AllDebridError("UPSTREAM_INVALID_RESPONSE", "Cinemeta sent an answer that could not be read");
  }
  const meta = body.meta;
  if (!meta || typeof meta.name !== "string" || meta.name.trim() === "") return null;
  const year = /\d{4}/.exec(String(meta.year ?? meta.releaseInfo ?? ""))?.[0];
  return { name: meta.name, year: year ? Number(year) : null };
}
