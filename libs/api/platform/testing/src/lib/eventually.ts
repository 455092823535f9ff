/**
 * Polls `probe` every 100 ms until it returns something truthy (and returns that), or fails with
 * `what` after `timeoutMs`: for work that finishes in another process (worker, socket).
 */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs = 15000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
