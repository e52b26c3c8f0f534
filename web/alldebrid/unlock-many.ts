// Unlocking many files for an export, within the rate budget: one unlock at a time, at most one
// started every PACE_MS; a RATE_LIMITED answer (the edge's budget, or AllDebrid's 429) waits its
// Retry-After (or a growing pause) and tries that file again. Delayed links keep preparing while
// the next files are unlocked; the export waits for them at the end. Progress is reported as it
// goes, so the screen can say "12 of 40".
import { pause } from "./delayed";

/** One file's unlock as the caller runs it: `answered` settles with the first answer (a link, or a delayed one), `done` with the link. */
export interface Unlocking {
  answered: Promise<unknown>;
  done: Promise<string>;
}

export interface ManyProgress {
  total: number;
  /** Links in hand. */
  ready: number;
  /** Files that could not be unlocked. */
  failed: number;
  /** Files the host is still preparing (delayed links). */
  preparing: number;
  /** While waiting out the rate limit: when the next call goes (ms). */
  waitingUntil?: number;
}

export interface ManyResult<T> {
  /** In the order given, with their links. */
  ready: Array<{ item: T; link: string }>;
  failed: Array<{ item: T; error: unknown }>;
}

/** Four calls a second at most: well under AllDebrid's 12 a second and 600 a minute, leaving room for the rest of the app. */
const PACE_MS = 250;
const MAX_RATE_WAITS = 6;

export interface ManyOptions {
  onProgress?: (progress: ManyProgress) => void;
  signal?: AbortSignal;
  /** For tests: how to wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export async function unlockMany<T>(
  items: readonly T[],
  start: (item: T) => Unlocking,
  options: ManyOptions = {},
): Promise<ManyResult<T>> {
  const sleep = options.sleep ?? pause;
  const links = new Map<number, string>();
  const errors = new Map<number, unknown>();
  const progress: ManyProgress = { total: items.length, ready: 0, failed: 0, preparing: 0 };
  const report = () => options.onProgress?.({ ...progress });
  const pending: Promise<void>[] = [];
  report();
  let lastStart = Number.NEGATIVE_INFINITY;
  for (const [index, item] of items.entries()) {
    let waits = 0;
    for (;;) {
      options.signal?.throwIfAborted();
      await sleep(Math.max(0, lastStart + PACE_MS - Date.now()), options.signal);
      lastStart = Date.now();
      const unlocking = start(item);
      const answered = await unlocking.answered.then(
        () => null,
        (error: unknown) => error,
      );
      const limited = isRateLimited(answered) && waits < MAX_RATE_WAITS;
      if (limited) {
        const ms = retryAfterMs(answered, waits++);
        progress.waitingUntil = Date.now() + ms;
        report();
        await sleep(ms, options.signal);
        progress.waitingUntil = undefined;
        continue;
      }
      progress.preparing++;
      report();
      pending.push(
        unlocking.done
          .then(
            (link) => {
              links.set(index, link);
              progress.ready++;
            },
            (error: unknown) => {
              errors.set(index, error);
              progress.failed++;
            },
          )
          .finally(() => {
            progress.preparing--;
            report();
          }),
      );
      break;
    }
  }
  await Promise.all(pending);
  return {
    ready: items.flatMap((item, index) => (links.has(index) ? [{ item, link: links.get(index)! }] : [])),
    failed: items.flatMap((item, index) => (errors.has(index) ? [{ item, error: errors.get(index) }] : [])),
  };
}

function isRateLimited(error: unknown): error is { code: string; retryAfterSeconds?: number } {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "RATE_LIMITED";
}

/** The answer's Retry-After, else 1 s, 2 s, 4 s… (a cap of 30 s). */
function retryAfterMs(error: { retryAfterSeconds?: number }, waits: number): number {
  if (error.retryAfterSeconds && error.retryAfterSeconds > 0) return Math.min(60_000, error.retryAfterSeconds * 1000);
  return Math.min(30_000, 1000 * 2 ** waits);
}
