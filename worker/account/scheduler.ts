// The account object's one alarm. Everything the object does on its own says when it is next
// due (a live or background poll, a notification delivery, the cleanup rules, the waiting line);
// the alarm is set at the earliest of those moments and cleared when none is due. Nothing else in
// the object sets or deletes its alarm, so when it wakes, and why, is read here and in
// Account#wakeTimes (docs/live.md has the picture).

/** Each reason to wake, and when it is next due (null: not due at all). */
export type WakeTimes = Record<string, number | null>;

export class Scheduler {
  constructor(private readonly storage: DurableObjectStorage) {}

  /** Sets the alarm at the earliest due moment, or clears it when nothing is due. */
  async plan(times: WakeTimes): Promise<void> {
    const due = Object.values(times).filter((at): at is number => at !== null);
    if (due.length === 0) return this.storage.deleteAlarm();
    const at = Math.min(...due);
    if ((await this.storage.getAlarm()) !== at) await this.storage.setAlarm(at);
  }

  /** The account is gone (its key refused): nothing wakes it again. */
  stop(): Promise<void> {
    return this.storage.deleteAlarm();
  }
}

/**
 * What a woken object does: whatever is due by now, and always what the alarm was set for (the
 * earliest moment), even when it fires a little early.
 */
export function dueNow<T extends WakeTimes>(times: T, now: number): Set<keyof T> {
  const moments = Object.values(times).filter((at): at is number => at !== null);
  const by = Math.max(now, Math.min(...moments));
  return new Set(Object.keys(times).filter((reason) => times[reason] !== null && (times[reason] as number) <= by));
}
