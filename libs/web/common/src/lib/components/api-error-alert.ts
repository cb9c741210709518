import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { detailMessageIn, errorMessageIn, type ApiError } from '@xp/web/data-access';
import { Alert, type AlertDetail } from '@xp/web/ui';
import { LanguageService } from '@xp/web/core';

/** Translation key of the headline for an API error, by status. */
export function errorTitleKey(error: ApiError): string {
  switch (error.statusCode) {
    case 0:
      return error.code === 'NETWORK' ? 'errors.network' : 'errors.generic';
    case 400:
      return 'errors.invalid';
    case 401:
      return 'errors.unauthorized';
    case 403:
      return 'errors.forbidden';
    case 404:
      return 'errors.notFound';
    case 409:
      return 'errors.conflict';
    case 410:
      return 'errors.gone';
    case 413:
      return 'errors.tooLarge';
    case 422:
      return 'errors.refused';
    case 429:
      return 'errors.tooMany';
    default:
      return 'errors.generic';
  }
}

/**
 * Shows an API error: a translated headline, then the server's message in the UI language (the catalogue's text for
 * its code and params) and per-field details.
 */
@Component({
  selector: 'xp-api-error',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as e) {
      <xp-alert
        kind="error"
        [heading]="titleKey() | transloco"
        [message]="message()"
        [details]="details()"
        [attr.data-error-code]="e.code"
      />
    }
  `,
  imports: [Alert, TranslocoPipe],
})
export class ApiErrorAlert {
  readonly error = input<ApiError | null>(null);

  private readonly transloco = inject(TranslocoService);
  private readonly lang = inject(LanguageService).current;

  /** Per-field details, with the field shown by its label when we know it (`email` → "Adresse e-mail"). */
  protected readonly details = computed<AlertDetail[]>(() => {
    const lang = this.lang();
    return (this.error()?.details ?? []).flatMap((raw) => {
      // A detail naming a catalogue code is worded in the UI language, or left out (see detailMessageIn).
      const message = detailMessageIn(raw.message, lang);
      if (message === null) return [];
      const detail = { ...raw, message };
      if (!detail.field) return [detail];
      const key = `fields.${detail.field}`;
      const label = this.transloco.translate(key, {}, lang);
      return [{ ...detail, field: label && label !== key ? label : detail.field }];
    });
  });
  /** The server's message, unless it only repeats one of the per-field details. */
  protected readonly message = computed(() => {
    const e = this.error();
    if (!e) return '';
    const repeated = (e.details ?? []).some((d) => d.message.trim() === e.message.trim());
    return repeated ? '' : errorMessageIn(e, this.lang());
  });
  protected readonly titleKey = computed(() => {
    const e = this.error();
    return e ? errorTitleKey(e) : 'errors.generic';
  });
}
