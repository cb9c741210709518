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
    this.error.set(null);
    try {
      await action();
      return true;
    } catch (e) {
      const error = this.toError(e);
      if (onError) await onError(error);
      this.error.set(error);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
