// Runs a task so that every caller gets a run that started after its call, with as few runs as
// that allows: callers while a run is waiting to start share it; a call during a run queues one
// more. The account object uses it for upstream polls, so a write made during a poll is seen.

export class FreshRuns<T> {
  private running: Promise<T> | null = null;
  private queued: Promise<T> | null = null;

  constructor(private readonly task: () => Promise<T>) {}

  next(): Promise<T> {
    if (this.queued) return this.queued;
    const before = this.running ?? Promise.resolve(null);
    const run: Promise<T> = before
      .catch(() => null)
      .then(() => {
        this.queued = null;
        this.running = run;
        return this.task();
      })
      .finally(() => {
        if (this.running === run) this.running = null;
      });
    this.queued = run;
    return run;
  }
}
