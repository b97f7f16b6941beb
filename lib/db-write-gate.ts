/**
 * One writer at a time in this process, across every SQLite connection it opens.
 *
 * better-sqlite3 is synchronous: a connection that meets a write lock held by another
 * connection *of the same process* sleeps in SQLite's busy handler on the only thread,
 * so the lock holder can never finish — the whole server freezes until busy_timeout
 * and the write fails with SQLITE_BUSY. Taking this gate (asynchronously) before any
 * write transaction means a connection only ever waits in SQLite for other processes
 * (a backup, a CLI script), which is what busy_timeout is for.
 */
export class WriteGate {
  #held = false;
  #queue: (() => void)[] = [];

  get held(): boolean {
    return this.#held;
  }

  /** Resolves with a release function once this caller holds the gate. */
  acquire(): Promise<() => void>;
  /** …or with null when it is not free within `timeoutMs` (the caller then gives up, having changed nothing). */
  acquire(timeoutMs: number): Promise<(() => void) | null>;
  acquire(timeoutMs?: number): Promise<(() => void) | null> {
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const grant = () => {
        clearTimeout(timer);
        this.#held = true;
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.#release();
        });
      };
      if (!this.#held) return grant();
      this.#queue.push(grant);
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.#queue = this.#queue.filter((waiting) => waiting !== grant);
          resolve(null);
        }, timeoutMs);
      }
    });
  }

  /** Waits (at most `timeoutMs`) until nobody holds the gate; false on time-out. */
  async whenFree(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.#held) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 25));
        timer.unref?.();
      });
    }
    return true;
  }

  #release() {
    const next = this.#queue.shift();
    if (next) next();
    else this.#held = false;
  }
}

const globalForGate = globalThis as unknown as { atlasWriteGate?: WriteGate };

/** The process-wide gate (on globalThis: Next may load this module once per server layer). */
export const writeGate: WriteGate = (globalForGate.atlasWriteGate ??= new WriteGate());
