// The account's cleanup rules and "delete the oldest finished", as /api/cleanup answers them
// (docs/caps.md; the request bodies are in api-bodies.ts): shared by the Worker, the app and the tests.

/** What the account object keeps tidy on its own; null turns a rule off (both are off by default). */
export interface CleanupRules {
  /** Keep this many finished (Ready) magnets at most: the oldest by completion date go first. */
  keepFinished: number | null;
  /** Delete finished magnets completed more than this many days ago. */
  finishedForDays: number | null;
}

/** The range each rule takes (whole numbers). */
export const CLEANUP_LIMITS = {
  keepFinished: { min: 0, max: 1000 },
  finishedForDays: { min: 1, max: 365 },
} as const;

export const NO_CLEANUP: CleanupRules = { keepFinished: null, finishedForDays: null };

export function cleanupOn(rules: CleanupRules): boolean {
  return rules.keepFinished !== null || rules.finishedForDays !== null;
}

/** The answer to POST /api/cleanup/oldest: the ids deleted (fewer than asked when the account has fewer finished magnets). */
export interface OldestDeleted {
  removed: number[];
}

/** At most this many oldest finished magnets are deleted by one call. */
export const MAX_OLDEST = 100;
