import { Directive, inject, input } from '@angular/core';
import { ComposerDraft } from './composer-draft';

/**
 * What every piece of one segment of the thread starts from (its editor, media, poll, overflow note): the segment's
 * position in the thread and the composer's draft it edits.
 */
@Directive()
export abstract class SegmentPart {
  /** The segment's position in the thread. */
  readonly index = input.required<number>();

  protected readonly draft = inject(ComposerDraft);
}
