/** Polls `check` until it returns a truthy value or the timeout passes (then throws with `what`). */
type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

export async function waitUntil<T>(check: () => Promise<T> | T, what: string, timeoutMs = 15_000, intervalMs = 50): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
