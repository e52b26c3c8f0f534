// The limits AllDebrid documents and enforces per account: the edge keeps each user under the
// rate limits, and the sandbox answers past them as the service does.

/** Requests per apikey: 12 a second and 600 a minute; past them the service answers 429 (or 503). */
export const RATE_LIMITS = { perSecond: 12, perMinute: 600 } as const;

/** Magnets per account: 30 processing at once, 1000 in all. */
export const MAGNET_LIMITS = { active: 30, total: 1000 } as const;
