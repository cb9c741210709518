import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { LiveUpdatesStore, type LivePostEventDto } from '@xp/web/data-access';
import { debounceTime, filter, merge, scan } from 'rxjs';

/**
 * A counter that moves when a post changes (by anyone, the scheduler included: the workspace's event stream), or
 * after the stream reconnected (changes may have been missed). A page reads it in the effect that loads what it
 * shows, so it re-loads without a reload of the page. Bursts (a batch published at once) count once.
 * Call it in an injection context (a field initializer).
 */
export function livePostChanges(match: (e: LivePostEventDto) => boolean = () => true): Signal<number> {
  const live = inject(LiveUpdatesStore);
  return toSignal(
    merge(live.posts$.pipe(filter(match)), live.resync$).pipe(
      debounceTime(150),
      scan((n) => n + 1, 0),
    ),
    { initialValue: 0 },
  );
}
