type Handler = (...args: unknown[]) => void;

/**
 * What the stores use of the `/live` socket (`LiveSocket`), driven by a spec as the server would:
 * listeners are registered with `on`/`off`, `serverSends` calls them. One fake for every domain.
 */
export class FakeLiveSocket {
  connected = true;
  private readonly handlers = new Map<string, Set<Handler>>();

  on(event: string, handler: Handler): this {
    const set = this.handlers.get(event) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(event, set);
    return this;
  }

  off(event: string, handler: Handler): this {
    this.handlers.get(event)?.delete(handler);
    return this;
  }

  serverSends(event: string, ...args: unknown[]): void {
    for (const handler of this.handlers.get(event) ?? []) handler(...args);
  }

  listeners(event: string): number {
    return this.handlers.get(event)?.size ?? 0;
  }
}
