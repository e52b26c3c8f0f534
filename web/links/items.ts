// One pasted link as the Links screen follows it, from recognition to a download link.
import type { StreamQuality } from "../../protocol/alldebrid";
import type { LinkKind } from "../hosts/detect";
import { DELAYED_FAILED } from "../i18n/errors";

/**
 * new: recognised, nothing asked yet; checking: infos asked; working: a call in flight;
 * password: the host wants a password; quality: pick a stream quality; delayed: the host is
 * preparing the file; unlocked: a download link is here; expanded: a redirector gave links
 * (listed as new items); magnetAdded: sent to the magnets; magnetQueued: waits in the outbox to
 * be sent to the magnets; magnetWaiting: waits in the account's line (AllDebrid had 30
 * processing, docs/caps.md); queued: the unlock waits in the outbox (asked offline); failed: see
 * `error`.
 */
export type LinkStep =
  | "new"
  | "checking"
  | "working"
  | "password"
  | "quality"
  | "delayed"
  | "unlocked"
  | "expanded"
  | "magnetAdded"
  | "magnetQueued"
  | "magnetWaiting"
  | "queued"
  | "failed";

export interface ItemErrorInfo {
  code: string;
  message: string;
}

export interface UnlockedFile {
  link: string;
  filename: string;
  size: number;
}

export interface LinkItem {
  /** Unique in the list (a link may be listed once). */
  key: string;
  link: string;
  kind: LinkKind;
  /** The catalogue's name for the host, stream or redirector. */
  service?: string;
  /** False when AllDebrid reports the host down right now. */
  up?: boolean;
  /** The redirector link this one came out of. */
  from?: string;
  /** Infos preview. */
  name?: string;
  size?: number;
  step: LinkStep;
  error?: ItemErrorInfo;
  /** The last password tried was refused. */
  wrongPassword?: boolean;
  /** Generation id of an unlock, used to pick a stream quality. */
  generation?: string;
  streams?: StreamQuality[];
  delayedId?: number;
  /** When (ms) a delayed link is expected, for the countdown. */
  readyAt?: number;
  result?: UnlockedFile;
  /** How many links a redirector gave. */
  found?: number;
  /** Saved to the account's saved links. */
  saved?: boolean;
  /** Its save waits in the outbox. */
  saveQueued?: boolean;
  /** Added to the magnets under this name. */
  magnetName?: string;
  /** The outbox entry of an unlock asked offline (step "queued"). */
  outboxEntry?: number;
  /** The password of an unlock waiting in the outbox, to say "wrong password" if it is. */
  password?: string;
  /** A stream takes its best quality without asking (a link unlocked from a share). */
  bestQuality?: boolean;
  addedAt: number;
}

/** Errors worth another try as they are (the host or the service was busy). */
export const RETRYABLE = new Set([
  "LINK_HOST_UNAVAILABLE",
  "LINK_TOO_MANY_DOWNLOADS",
  "LINK_HOST_FULL",
  "LINK_TEMPORARY_UNAVAILABLE",
  "LINK_ERROR",
  "REDIRECTOR_ERROR",
  "UPSTREAM_UNAVAILABLE",
  "UPSTREAM_TIMEOUT",
  "UPSTREAM_INVALID_RESPONSE",
  "RATE_LIMITED",
  "MAINTENANCE",
  "NO_NETWORK",
  DELAYED_FAILED,
]);
