import { signal } from '@angular/core';

/**
 * The state of a page's actions: `busy` while one runs, the mapped error of the last failure.
 * `const action = new ActionRunner(toApiError); await action.run(async () => …)` clears the error, sets busy,
 * and on failure keeps the error (or hands it to `onError`, e.g. to reload first and then show it).
 */
export class ActionRunner<E> {
  readonly busy = signal(false);
  readonly error = signal<E | null>(null);

  constructor(private readonly toError: (e: unknown) => E) {}

  /** Resolves true when the action succeeded. A second call while one runs is ignored (false). */
  async run(action: () => Promise<unknown>, onError?: (error: E) => Promise<void> | void): Promise<boolean> {
    if (this.busy()) return false;
    this.busy.set(true);
    try {
      return await this.attempt(action, onError);
    } finally {
      this.busy.set(false);
    }
  }

  /**
   * A read (a page loading its data, a detail opened): clears the error and keeps the failure's, as `run` does, but
   * leaves `busy` alone and is never ignored (the workspace changed while an action runs). Never rejects: resolves
   * true when the read succeeded.
   */
  read(read: () => Promise<unknown>): Promise<boolean> {
    return this.attempt(read);
  }

  private async attempt(work: () => Promise<unknown>, onError?: (error: E) => Promise<void> | void): Promise<boolean> {
    this.error.set(null);
    try {
      await work();
      return true;
    } catch (e) {
      const error = this.toError(e);
      if (onError) await onError(error);
      this.error.set(error);
      return false;
    }
  }
}
