// An add-on request's path as Stremio builds it: /{resource}/{type}/{id}.json, or
// /{resource}/{type}/{id}/{extra}.json with the extra as a query string (search=…&skip=…). Read
// from the raw path, so an id or a search holding "/" or "&" (percent-encoded) stays whole.
import { AllDebridError } from "../../protocol/alldebrid";

export interface ResourceRequest {
  id: string;
  extra: URLSearchParams;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new AllDebridError("BAD_REQUEST", "The add-on request's path could not be read");
  }
}

/** The id and extra after /{resource}/{type}/ in a raw (still percent-encoded) path. */
export function readResourcePath(rawTail: string): ResourceRequest {
  if (!rawTail.endsWith(".json")) throw new AllDebridError("404", undefined, 404);
  const parts = rawTail.slice(0, -".json".length).split("/");
  if (parts.length > 2 || !parts[0]) throw new AllDebridError("404", undefined, 404);
  return { id: decoded(parts[0]), extra: new URLSearchParams(parts[1] ?? "") };
}

/** What follows /stremio/<token>/<resource>/<type>/ in the request's raw path. */
export function rawTail(url: string): string {
  return new URL(url).pathname.split("/").slice(5).join("/");
}

/** The catalog's extras: a search of up to 200 characters, and a page start (`skip`). */
export function catalogExtra(extra: URLSearchParams): { search: string | null; skip: number } {
  const search = extra.get("search")?.trim() || null;
  const skipText = extra.get("skip") ?? "0";
  const skip = Number(skipText);
  if (!/^\d{1,6}$/.test(skipText) || !Number.isSafeInteger(skip))
    throw new AllDebridError("BAD_REQUEST", "skip must be a whole number of items");
  if (search && search.length > 200) throw new AllDebridError("BAD_REQUEST", "search is too long");
  return { search, skip };
}
