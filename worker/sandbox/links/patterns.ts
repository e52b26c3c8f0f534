// The link patterns that reach each documented link error: a path segment such as
// https://example.com/down/file.zip. Also the segments that shape a link (delayed, size-N).
import type { DocumentedErrorCode } from "../../../protocol/alldebrid";

/** The password that opens a `/pass/` link. */
const LINK_PASSWORD = "secret";

/** Segment → error; `infos` errors are also answered by link/infos, the others only by unlock. */
export const SEGMENT_ERRORS: Readonly<Record<string, { code: DocumentedErrorCode; infos: boolean }>> = {
  down: { code: "LINK_DOWN", infos: true },
  pass: { code: "LINK_PASS_PROTECTED", infos: true },
  temporary: { code: "LINK_TEMPORARY_UNAVAILABLE", infos: true },
  maintenance: { code: "LINK_HOST_UNAVAILABLE", infos: false },
  busy: { code: "LINK_TOO_MANY_DOWNLOADS", infos: false },
  full: { code: "LINK_HOST_FULL", infos: false },
  limit: { code: "LINK_HOST_LIMIT_REACHED", infos: false },
  error: { code: "LINK_ERROR", infos: false },
  unsupported: { code: "LINK_NOT_SUPPORTED", infos: false },
};

/** Path (and query) segments of a link, lower-cased. */
export function segmentsOf(link: string): string[] {
  try {
    const url = new URL(link);
    return `${url.pathname}${url.search}`
      .split(/[/?&]/)
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment).toLowerCase());
  } catch {
    return [];
  }
}

/** The error a link's segments ask for at this stage, if any (a right password opens /pass/). */
export function segmentError(
  segments: string[],
  stage: "infos" | "unlock",
  password: string | undefined,
): DocumentedErrorCode | null {
  for (const segment of segments) {
    const rule = SEGMENT_ERRORS[segment];
    if (!rule || (stage === "infos" && !rule.infos)) continue;
    if (segment === "pass" && password === LINK_PASSWORD) continue;
    return rule.code;
  }
  return null;
}

export type DelayedKind = "ready" | "fails";

/** `/delayed/` links become ready after a while; `/delayed-fail/` ones end in status 3. */
export function delayedKind(segments: string[]): DelayedKind | null {
  if (segments.includes("delayed-fail")) return "fails";
  if (segments.includes("delayed")) return "ready";
  return null;
}

/** FNV-1a: a stable 32-bit number from text (sizes and names that never change for a link). */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** `/size-1048576/` fixes the size; otherwise 10 MB to 2 GB, stable per link. */
export function sizeOf(link: string, segments: string[]): number {
  for (const segment of segments) {
    const match = /^size-(\d{1,13})$/.exec(segment);
    if (match) return Number(match[1]);
  }
  return 10_000_000 + (hash32(link) % 1_990_000_000);
}

/** The last path segment as the file name (`somefile` → `somefile.txt`, as the docs show). */
export function filenameOf(link: string): string {
  let last = "";
  try {
    const url = new URL(link);
    const parts = `${url.pathname}${url.search}`.split(/[/?&=]/).filter(Boolean);
    last = decodeURIComponent(parts.at(-1) ?? "");
  } catch {
    last = "";
  }
  if (!last) last = `file-${hash32(link).toString(36)}`;
  return /\.[A-Za-z0-9]{2,4}$/.test(last) ? last : `${last}.txt`;
}
