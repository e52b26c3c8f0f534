// The webhook's JSON body: the event a device gets, plus English text in the fields ntfy and
// Discord read, and the headers that make ntfy (2.10 and later) fill its title and message from
// that JSON instead of showing it raw. Discord and other receivers ignore those headers.
import { MAGNET_STATUSES, type MagnetStatusCode } from "../../../protocol/alldebrid";
import type { FinishedMagnet, PushPayload, WebhookMessage } from "../../../protocol/push";

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function outcome(magnet: FinishedMagnet): string {
  if (magnet.statusCode === 4) return `"${magnet.name}" is ready`;
  const status = MAGNET_STATUSES[magnet.statusCode as MagnetStatusCode]?.status.replace(/\.$/, "") ?? "error";
  return `"${magnet.name}" failed (${status})`;
}

/** One line: the magnet and what happened, or how many are ready or failed and their names. */
function describe(payload: PushPayload): string {
  if (payload.kind === "line-can-move")
    return `${plural(payload.waiting, "magnet waits", "magnets wait")} in the line: open the app to send them`;
  const [only] = payload.magnets;
  if (payload.ready + payload.failed === 1 && only) return outcome(only);
  const counts = [
    payload.ready > 0 ? plural(payload.ready, "magnet ready", "magnets ready") : "",
    payload.failed > 0 ? plural(payload.failed, "magnet failed", "magnets failed") : "",
  ].filter(Boolean);
  const names = payload.magnets.map((m) => m.name).join(", ");
  return `${counts.join(", ")}: ${names}`;
}

/** Where the app opens on the event: the magnet when there is one, else the magnets list. */
function appLink(origin: string, payload: PushPayload): string {
  if (payload.kind === "line-can-move") return `${origin}/`;
  const [only] = payload.magnets;
  return payload.ready + payload.failed === 1 && only ? `${origin}/?magnet=${only.id}` : `${origin}/`;
}

export function webhookMessage(payload: PushPayload, origin: string): WebhookMessage {
  const message = describe(payload);
  return {
    title: "Debrid",
    message,
    content: `**Debrid**: ${message}`.slice(0, 2000),
    allowed_mentions: { parse: [] },
    click: appLink(origin, payload),
    event: payload,
  };
}

export function webhookHeaders(message: WebhookMessage): Record<string, string> {
  return {
    "Content-Type": "application/json",
    "User-Agent": "Debrid notifications",
    "X-Template": "yes",
    "X-Title": "{{.title}}",
    "X-Message": "{{.message}}",
    "X-Click": message.click,
    "X-Tags": "inbox_tray",
  };
}
