// The one way every test layer waits for a condition (Node, workerd and the browser tests alike):
// poll until the check gives a truthy value, which is returned, or fail with what was awaited.

export interface WaitOptions {
  timeoutMs?: number;
  everyMs?: number;
}

export async function waitUntil<T>(
  check: () => T | Promise<T>,
  what: string,
  { timeoutMs = 10_000, everyMs = 50 }: WaitOptions = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError ? `: ${lastError instanceof Error ? lastError.message : String(lastError)}` : "";
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
