// /v4/link/redirector: the links behind a redirector, as "encrypted" virtual links that only
// infos and unlock understand. Pattern segments of the redirector link carry over to its links.
import { AllDebridError, type RedirectorData } from "../../../protocol/alldebrid";
import type { HandlerContext } from "../context";
import { matchService } from "../hosts/match";
import { hash32, SEGMENT_ERRORS, segmentsOf } from "./patterns";
import { VIRTUAL_ORIGIN } from "./resolve";

const LINKS_PER_REDIRECTOR = 2;

export function migrate(sql: SqlStorage): void {
  sql.exec("CREATE TABLE IF NOT EXISTS redirected (code TEXT PRIMARY KEY, target TEXT NOT NULL)");
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Segments that shape the extracted links (errors, delays, sizes), in order. */
function carried(segments: string[]): string[] {
  return segments.filter(
    (segment) => segment in SEGMENT_ERRORS || segment.startsWith("delayed") || /^size-\d+$/.test(segment),
  );
}

export async function redirector(ctx: HandlerContext): Promise<RedirectorData> {
  const link = ctx.params.get("link")?.trim();
  if (!link) throw new AllDebridError("LINK_IS_MISSING");
  if (matchService(link)?.kind !== "redirector") throw new AllDebridError("REDIRECTOR_NOT_SUPPORTED");
  const segments = segmentsOf(link);
  if (segments.includes("error")) throw new AllDebridError("REDIRECTOR_ERROR");
  const digest = await sha256Hex(link);
  const folder = hash32(link).toString(36);
  const links: string[] = [];
  for (let part = 0; part < LINKS_PER_REDIRECTOR; part++) {
    const code = `${folder.slice(0, 5)}-${part}-${digest}`;
    const target = ["https://example.com", folder, ...carried(segments), `part${part + 1}.rar`].join("/");
    ctx.sql.exec("INSERT OR IGNORE INTO redirected (code, target) VALUES (?, ?)", code, target);
    links.push(`${VIRTUAL_ORIGIN}${code}`);
  }
  return { links };
}
