// Waiting, but not for ever: for what may never answer (a push service gone quiet, a database
// another tab keeps open, a device slow to read), the app goes on after a while.

/** Settles as `promise` does, or with nothing once `ms` have passed. */
export function waitAtMost<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let stopTimer = () => {};
  const late = new Promise<undefined>((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    stopTimer = () => clearTimeout(timer);
  });
  return Promise.race([promise, late]).finally(stopTimer);
}
