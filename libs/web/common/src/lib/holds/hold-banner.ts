import { LucidePause } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { computed, effect, signal, untracked, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { onChange } from '@xp/web/ui';
import type { AccountDto, BrandDto } from '@xp/shared';
import { AccountsApi, ApiError, BrandsApi, HoldDto, SessionStore } from '@xp/web/data-access';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '../components/api-error-alert';
import { HoldsStore } from './holds-store';
import { WorkspaceScoped } from '../workspace-scoped';

/** Shown on every workspace page while a crisis hold is active; the roles allowed to release it do so from here. */
@Component({
  selector: 'xp-hold-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (store.active().length) {
      <section
        class="hold-banner"
        role="status"
        data-testid="hold-banner"
        [attr.aria-label]="'holds.bannerTitle' | transloco"
      >
        <strong class="hold-banner__title"
          ><svg lucidePause class="icon"></svg> {{ 'holds.bannerTitle' | transloco }}</strong
        >
        <ul>
          @for (hold of store.active(); track hold.id) {
            <li>
              <span
                >{{ 'holds.scopeLabel.' + hold.scope | transloco: { target: targetName(hold) } }} — «
                {{ hold.reason }} »</span
              >
              @if (canRelease()) {
                <button
                  type="button"
                  class="btn btn--secondary btn--sm"
                  (click)="openRelease(hold)"
                  data-testid="release-button"
                >
                  {{ 'holds.release' | transloco }}
                </button>
              }
            </li>
          }
        </ul>
      </section>
    }
    <dialog #dialog class="dialog" aria-labelledby="release-title" data-testid="release-dialog">
      <form (submit)="$event.preventDefault(); release()">
        <h2 id="release-title">{{ 'holds.releaseTitle' | transloco }}</h2>
        @if (releasing(); as hold) {
          <p class="muted">
            {{ 'holds.scopeLabel.' + hold.scope | transloco: { target: targetName(hold) } }} — « {{ hold.reason }} »
          </p>
        }
        <xp-api-error [error]="error()" />
        <fieldset class="choices">
          <legend>{{ 'holds.releaseQuestion' | transloco }}</legend>
          @for (m of releaseModes; track m) {
            <label class="choice"
              ><input type="radio" name="release-mode" [value]="m" [checked]="mode() === m" (change)="mode.set(m)" />
              <span
                ><strong>{{ 'holds.' + m | transloco }}</strong
                ><br /><span class="muted small">{{ 'holds.' + m + 'Text' | transloco }}</span></span
              ></label
            >
          }
        </fieldset>
        <div class="dialog__actions">
          <button type="button" class="btn btn--ghost" (click)="dialog.close()">
            {{ 'common.cancel' | transloco }}
          </button>
          <button type="submit" class="btn btn--primary" [disabled]="busy()">
            {{ 'holds.releaseConfirm' | transloco }}
          </button>
        </div>
      </form>
    </dialog>
  `,
  styles: `
    .hold-banner {
      background: #7f1d1d;
      color: #fff;
      padding: 0.6rem 1.25rem;
    }
    .hold-banner__title {
      display: block;
    }
    .hold-banner ul {
      margin: 0.25rem 0 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
    }
    .hold-banner li {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .choices {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    .choice {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      font-weight: 400;
    }
  `,
  imports: [TranslocoPipe, ApiErrorAlert, LucidePause],
})
export class HoldBanner extends WorkspaceScoped {
  protected readonly store = inject(HoldsStore);
  private readonly session = inject(SessionStore);
  private readonly accountsApi = inject(AccountsApi);
  private readonly brandsApi = inject(BrandsApi);

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly accounts = signal<AccountDto[]>([]);
  private readonly brands = signal<BrandDto[]>([]);
  protected readonly releasing = signal<HoldDto | null>(null);
  protected readonly releaseModes = ['resume', 'review'] as const;
  protected readonly mode = signal<'resume' | 'review'>('resume');
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly canRelease = computed(() => this.session.can(this.workspaceId(), 'holds.release'));

  constructor() {
    super();
    onChange(this.workspaceId, (ws) => void this.store.load(ws));
    effect(() => {
      const ws = this.workspaceId();
      if (!this.store.active().length) return;
      untracked(() => void this.loadNames(ws));
    });
  }

  protected targetName(hold: HoldDto): string {
    if (hold.scope === 'account') return '@' + (this.accounts().find((a) => a.id === hold.targetId)?.handle ?? '…');
    if (hold.scope === 'brand') return this.brands().find((b) => b.id === hold.targetId)?.name ?? '…';
    return this.session.workspace(this.workspaceId())?.name ?? '';
  }

  protected openRelease(hold: HoldDto): void {
    this.releasing.set(hold);
    this.mode.set('resume');
    this.error.set(null);
    this.dialog().nativeElement.showModal();
  }

  protected async release(): Promise<void> {
    const hold = this.releasing();
    if (!hold || this.busy()) return;
    this.busy.set(true);
    try {
      await this.store.release(this.workspaceId(), hold.id, this.mode());
      this.dialog().nativeElement.close();
    } catch (e) {
      this.error.set(e as ApiError);
    } finally {
      this.busy.set(false);
    }
  }

  private loaded = '';
  private async loadNames(ws: string): Promise<void> {
    if (this.loaded === ws) return;
    this.loaded = ws;
    try {
      const [accounts, brands] = await Promise.all([
        firstValueFrom(this.accountsApi.list(ws)),
        this.brandsApi.listAll(ws),
      ]);
      this.accounts.set(accounts.items);
      this.brands.set(brands);
    } catch {
      this.loaded = '';
    }
  }
}
