import { effect, untracked, type EffectRef } from '@angular/core';

/**
 * Calls `fn` with the value of `source` now and after each change, outside the effect's tracking: the signals `fn`
 * reads do not run it again (a page reading its workspace when the id in the address changes). Call it where
 * `effect` may be called (a constructor or a field's initializer).
 */
export function onChange<T>(source: () => T, fn: (value: T) => void): EffectRef {
  return effect(() => {
    const value = source();
    untracked(() => fn(value));
  });
}
