import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccessTokensApi, toApiError, type AccessTokenDto } from '@xp/web/data-access';
import { ActionRunner, FORM_PIECES, newestFirst, PAGE_PIECES } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, LanguageService } from '@xp/web/common';

/** The expiry choices offered, in days (empty: never). */
const EXPIRIES = ['30', '90', '365', ''] as const;

/**
 * "Mon compte" → personal access tokens: for scripts and integrations calling the API as me. A new token is shown
 * once, with a copy button; a token can be revoked at any time.
 */
@Component({
  selector: 'xp-access-tokens-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './access-tokens-card.html',
  imports: [TranslocoPipe, ApiErrorAlert, FORM_PIECES, PAGE_PIECES],
})
export class AccessTokensCard {
  private readonly api = inject(AccessTokensApi);
  private readonly lang = inject(LanguageService).current;

  protected readonly expiries = EXPIRIES;
  protected readonly tokens = signal<AccessTokenDto[]>([]);
  protected readonly loaded = signal(false);
  protected readonly name = signal('');
  protected readonly expiry = signal<string>('90');
  protected readonly created = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly action = new ActionRunner(toApiError);
  protected readonly columns = [
    'tokens.name',
    'tokens.prefix',
    'tokens.createdAt',
    'tokens.lastUsedAt',
    'tokens.expiresAt',
  ];

  constructor() {
    void this.load();
  }

  protected date(iso: string | null): string {
    if (!iso) return '—';
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium' }).format(new Date(iso));
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    this.created.set(null);
    const name = this.name().trim();
    if (!name) return;
    const days = this.expiry();
    await this.action.run(async () => {
      const res = await firstValueFrom(this.api.create(days ? { name, expiresInDays: Number(days) } : { name }));
      const { token, ...record } = res;
      this.created.set(token);
      this.name.set('');
      this.tokens.update((list) => [record, ...list]);
    });
  }

  protected async revoke(t: AccessTokenDto): Promise<void> {
    await this.action.run(async () => {
      await firstValueFrom(this.api.revoke(t.id));
      this.tokens.update((list) => list.filter((x) => x.id !== t.id));
    });
  }

  private async load(): Promise<void> {
    try {
      this.tokens.set(newestFirst((await firstValueFrom(this.api.list())).items));
    } catch (e) {
      this.action.error.set(toApiError(e));
    } finally {
      this.loaded.set(true);
    }
  }
}
