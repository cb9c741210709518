import { ChangeDetectorRef, inject, OnDestroy, Pipe, type PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { formatMessage, type Locale, type MessageRef } from '@xp/shared/messages';
import type { Subscription } from 'rxjs';

/**
 * Renders a message of the catalogue (a finding, a refusal, anything with `code` and `params`) in the active
 * language: `{{ finding | xpMessage }}`. Nested parameters (a status, a category) are rendered in the same language.
 */
@Pipe({ name: 'xpMessage', pure: false })
export class MessagePipe implements PipeTransform, OnDestroy {
  private readonly transloco = inject(TranslocoService);
  private readonly changes: Subscription;
  private locale: Locale = this.current();

  constructor() {
    const cd = inject(ChangeDetectorRef);
    this.changes = this.transloco.langChanges$.subscribe(() => {
      this.locale = this.current();
      cd.markForCheck();
    });
  }

  transform(message: MessageRef | null | undefined): string {
    return message ? formatMessage(this.locale, message.code, message.params) : '';
  }

  ngOnDestroy(): void {
    this.changes.unsubscribe();
  }

  private current(): Locale {
    return this.transloco.getActiveLang() === 'en' ? 'en' : 'fr';
  }
}
