import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AccountDto, BrandDto } from '@xp/shared';
import {
  AccountsApi,
  ApiError,
  BrandsApi,
  CONNECT_WORKSPACE_KEY,
  MANAGER_ROLES,
  SessionStore,
  toApiError,
} from '@xp/web/data-access';
import { Alert, Badge } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { AccountSettingsForm, weekdayName } from './account-settings-form';
import { ApiErrorAlert, CrisisButton, LanguageService } from '@xp/web/common';

const DEFAULT_BRAND_COLOR = '#1f4fd1';
/** The group of accounts whose brand we do not know (should not happen; shown rather than hidden). */
const OTHER_GROUP_ID = '_other';

interface BrandGroup {
  brand: BrandDto;
  accounts: AccountDto[];
}

/** `/w/:workspaceId/accounts`: X accounts grouped by brand; connect, reconnect, configure, disconnect. */
@Component({
  selector: 'xp-accounts-page',
  imports: [ReactiveFormsModule, TranslocoPipe, ApiErrorAlert, Alert, Badge, AccountSettingsForm, CrisisButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Coming back from X with the browser's Back button may restore this page from the back-forward cache.
  host: { '(window:pageshow)': 'redirecting.set(false)' },
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'accounts.title' | transloco }}</h1>
        <p class="lead">{{ 'accounts.subtitle' | transloco: { workspace: workspaceName() } }}</p>
      </div>
      @if (canManage()) {
        <button
          type="button"
          class="btn btn--primary"
          (click)="openConnect()"
          [attr.aria-expanded]="connectOpen()"
          aria-controls="connect-panel"
        >
          {{ 'accounts.connect' | transloco }}
        </button>
      }
    </div>

    @if (connected(); as handle) {
      <xp-alert
        kind="success"
        data-testid="connected-banner"
        [heading]="'accounts.connectedTitle' | transloco: { handle: '@' + handle }"
        [message]="'accounts.connectedText' | transloco"
      >
        <button type="button" class="btn btn--ghost btn--sm banner-close" (click)="dismissConnected()">
          {{ 'accounts.dismiss' | transloco }}
        </button>
      </xp-alert>
    }
    <xp-api-error [error]="error()" />
    @if (error()?.code === 'X_NOT_CONFIGURED') {
      <xp-alert kind="info" [message]="'accounts.notConfigured' | transloco" />
    }
    @if (notice(); as n) {
      <xp-alert kind="success" [message]="n.key | transloco: n.params" />
    }

    @if (canManage() && connectOpen()) {
      <section class="card connect" id="connect-panel" aria-labelledby="connect-heading" data-testid="connect-panel">
        <h2 id="connect-heading">{{ 'accounts.connectTitle' | transloco }}</h2>
        <xp-api-error [error]="panelError()" />
        @if (panelError()?.code === 'X_NOT_CONFIGURED') {
          <xp-alert kind="info" [message]="'accounts.notConfigured' | transloco" />
        }
        @if (brands().length && !brandFormOpen()) {
          <p class="muted">{{ 'accounts.connectText' | transloco }}</p>
          <div class="inline-form">
            <div class="field">
              <label for="connect-brand">{{ 'fields.brandId' | transloco }}</label>
              <select
                #brandSelect
                id="connect-brand"
                [value]="selectedBrand()"
                (change)="selectedBrand.set(brandSelect.value)"
              >
                @for (brand of brands(); track brand.id) {
                  <option [value]="brand.id" [selected]="brand.id === selectedBrand()">{{ brand.name }}</option>
                }
              </select>
            </div>
            <button
              type="button"
              class="btn btn--primary"
              (click)="connect(selectedBrand())"
              [disabled]="redirecting() || !selectedBrand()"
            >
              {{ (redirecting() ? 'accounts.redirecting' : 'accounts.continueToX') | transloco }}
            </button>
            <button type="button" class="btn btn--ghost" (click)="brandFormOpen.set(true)">
              {{ 'accounts.newBrand' | transloco }}
            </button>
          </div>
        } @else {
          @if (!brands().length) {
            <p class="muted">{{ 'accounts.firstBrand' | transloco }}</p>
          }
          <form class="inline-form" [formGroup]="brandForm" (ngSubmit)="createBrand()" novalidate>
            <div class="field field--grow">
              <label for="brand-name">{{ 'accounts.brandName' | transloco }}</label>
              <input
                id="brand-name"
                type="text"
                formControlName="name"
                required
                maxlength="100"
                autocomplete="off"
                [attr.placeholder]="'accounts.brandPlaceholder' | transloco"
              />
            </div>
            <div class="field">
              <label for="brand-color">{{ 'fields.color' | transloco }}</label>
              <input id="brand-color" type="color" formControlName="color" class="color-input" />
            </div>
            <button type="submit" class="btn btn--primary" [disabled]="creatingBrand()">
              {{ 'accounts.createBrand' | transloco }}
            </button>
            @if (brands().length) {
              <button type="button" class="btn btn--ghost" (click)="brandFormOpen.set(false)">
                {{ 'common.cancel' | transloco }}
              </button>
            }
          </form>
          @if (brandSubmitted() && brandForm.invalid) {
            <p class="field-error" role="alert">{{ 'accounts.brandNameRequired' | transloco }}</p>
          }
        }
      </section>
    }

    @if (loading() && !loaded()) {
      <p class="muted">{{ 'common.loading' | transloco }}</p>
    } @else if (loaded() && !accounts().length && !groups().length) {
      <section class="card empty">
        <h2>{{ 'accounts.emptyTitle' | transloco }}</h2>
        <p class="muted">{{ (canManage() ? 'accounts.emptyText' : 'accounts.emptyReadOnly') | transloco }}</p>
      </section>
    }

    @for (group of groups(); track group.brand.id) {
      <section
        class="card brand-group"
        [style.--brand-color]="group.brand.color || defaultColor"
        [attr.aria-labelledby]="'brand-' + group.brand.id"
        [attr.data-brand]="group.brand.name"
      >
        <div class="brand-group__header">
          <h2 [id]="'brand-' + group.brand.id">
            <span class="brand-group__dot" aria-hidden="true"></span>{{ group.brand.name }}
            <span class="count">{{ group.accounts.length }}</span>
          </h2>
          @if (canManage() && group.brand.id !== otherGroupId) {
            <span class="brand-group__actions">
              <xp-crisis-button
                [workspaceId]="workspaceId()"
                scope="brand"
                [targetId]="group.brand.id"
                [targetLabel]="group.brand.name"
                [small]="true"
              />
              <button
                type="button"
                class="btn btn--ghost btn--sm"
                (click)="connect(group.brand.id)"
                [disabled]="redirecting()"
                [attr.aria-label]="'accounts.connectToBrand' | transloco: { brand: group.brand.name }"
              >
                + {{ 'accounts.addAccount' | transloco }}
              </button>
            </span>
          }
        </div>
        @if (!group.accounts.length) {
          <p class="muted small">{{ 'accounts.brandEmpty' | transloco }}</p>
        }
        <ul class="accounts">
          @for (account of group.accounts; track account.id) {
            <li class="account" [attr.data-account]="account.handle" [attr.data-status]="account.status">
              <div class="account__main">
                @if (account.avatarUrl && !brokenAvatars().has(account.id)) {
                  <img
                    class="avatar"
                    [src]="account.avatarUrl"
                    alt=""
                    width="44"
                    height="44"
                    (error)="avatarFailed(account.id)"
                  />
                } @else {
                  <span class="avatar avatar--initials" aria-hidden="true">{{ initials(account) }}</span>
                }
                <div class="account__who">
                  <strong class="account__name">{{ account.name }}</strong>
                  <span class="account__handle">&#64;{{ account.handle }}</span>
                </div>
                <xp-badge [tone]="statusTone(account.status)" data-testid="account-status">{{
                  'accounts.status.' + account.status | transloco
                }}</xp-badge>
                <div class="account__actions">
                  @if (canManage()) {
                    @if (account.status !== 'connected') {
                      <button
                        type="button"
                        class="btn btn--primary btn--sm"
                        (click)="connect(account.brandId)"
                        [disabled]="redirecting()"
                        [attr.aria-label]="'accounts.reconnectLabel' | transloco: { handle: account.handle }"
                      >
                        {{ 'accounts.reconnect' | transloco }}
                      </button>
                    }
                    <xp-crisis-button
                      [workspaceId]="workspaceId()"
                      scope="account"
                      [targetId]="account.id"
                      [targetLabel]="'@' + account.handle"
                      [small]="true"
                    />
                    <button
                      type="button"
                      class="btn btn--secondary btn--sm"
                      (click)="toggleEdit(account.id)"
                      [attr.aria-expanded]="editing() === account.id"
                      [attr.aria-label]="'accounts.settingsLabel' | transloco: { handle: account.handle }"
                    >
                      {{ 'accounts.settings' | transloco }}
                    </button>
                    @if (account.status !== 'disconnected') {
                      @if (confirmDisconnect() === account.id) {
                        <span
                          class="confirm"
                          role="group"
                          [attr.aria-label]="'accounts.disconnectConfirm' | transloco: { handle: account.handle }"
                        >
                          {{ 'accounts.disconnectConfirm' | transloco: { handle: account.handle } }}
                          <button
                            type="button"
                            class="btn btn--danger btn--sm"
                            (click)="disconnect(account)"
                            [disabled]="busyId() === account.id"
                          >
                            {{ 'accounts.disconnectYes' | transloco }}
                          </button>
                          <button type="button" class="btn btn--ghost btn--sm" (click)="confirmDisconnect.set(null)">
                            {{ 'common.cancel' | transloco }}
                          </button>
                        </span>
                      } @else {
                        <button
                          type="button"
                          class="btn btn--ghost btn--sm"
                          (click)="confirmDisconnect.set(account.id)"
                          [attr.aria-label]="'accounts.disconnectLabel' | transloco: { handle: account.handle }"
                        >
                          {{ 'accounts.disconnect' | transloco }}
                        </button>
                      }
                    }
                  }
                </div>
              </div>
              @if (account.status === 'needs_reauth') {
                <p class="account__warning">{{ 'accounts.needsReauthText' | transloco }}</p>
              }
              <dl class="facts">
                <div>
                  <dt>{{ 'fields.timezone' | transloco }}</dt>
                  <dd data-testid="account-timezone">{{ account.timezone }}</dd>
                </div>
                <div>
                  <dt>{{ 'fields.approvalPolicy' | transloco }}</dt>
                  <dd>{{ policyText(account) }}</dd>
                </div>
                <div>
                  <dt>{{ 'fields.postingSlots' | transloco }}</dt>
                  <dd>{{ slotsText(account) || ('accounts.noSlotsShort' | transloco) }}</dd>
                </div>
                <div>
                  <dt>{{ 'fields.rateLimitTier' | transloco }}</dt>
                  <dd>{{ 'accounts.tiers.' + account.rateLimitTier | transloco }}</dd>
                </div>
                @if (account.longPosts) {
                  <div>
                    <dt>{{ 'accounts.longPostsShort' | transloco }}</dt>
                    <dd>✓</dd>
                  </div>
                }
              </dl>
              @if (canManage() && editing() === account.id) {
                <xp-account-settings-form
                  [workspaceId]="workspaceId()"
                  [account]="account"
                  [brands]="brands()"
                  (saved)="saved($event)"
                  (cancelled)="editing.set(null)"
                  (conflict)="conflicted($event)"
                />
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .inline-form {
      display: flex;
      gap: 0.75rem;
      align-items: flex-end;
      flex-wrap: wrap;
    }
    .inline-form .field {
      margin-bottom: 0;
    }
    .field--grow {
      flex: 1 1 16rem;
    }
    .color-input {
      width: 3.5rem;
      height: 2.5rem;
      padding: 0.15rem;
      border: 1px solid #c5cad6;
      border-radius: var(--radius);
      background: var(--surface);
    }
    .banner-close {
      margin-top: 0.5rem;
    }
    .brand-group {
      border-left: 6px solid var(--brand-color);
    }
    .brand-group__header {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 1rem;
      margin-bottom: 0.5rem;
    }
    .brand-group__header h2 {
      margin: 0;
      display: flex;
      align-items: center;
      gap: 0.5rem;
    }
    .brand-group__actions {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .brand-group__dot {
      width: 0.8rem;
      height: 0.8rem;
      border-radius: 50%;
      background: var(--brand-color);
      display: inline-block;
    }
    .count {
      color: var(--muted-fg);
      font-weight: 500;
      font-size: 0.9em;
    }
    .accounts {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .account {
      padding: 1rem 0;
      border-top: 1px solid var(--border);
    }
    .account:first-child {
      border-top: 0;
    }
    .account__main {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
    .avatar {
      width: 44px;
      height: 44px;
      border-radius: 50%;
      object-fit: cover;
      flex: none;
    }
    .avatar--initials {
      display: inline-grid;
      place-items: center;
      background: var(--brand-color);
      color: #fff;
      font-weight: 700;
    }
    .account__who {
      display: flex;
      flex-direction: column;
      min-width: 10rem;
    }
    .account__handle {
      color: var(--muted-fg);
      font-size: 0.9rem;
    }
    .account__actions {
      margin-left: auto;
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
      align-items: center;
    }
    .account__warning {
      margin: 0.5rem 0 0;
      color: var(--warning-fg);
      background: var(--warning-bg);
      padding: 0.4rem 0.75rem;
      border-radius: var(--radius);
      font-size: 0.9rem;
    }
    .confirm {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
      font-size: 0.9rem;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 2rem;
      margin: 0.75rem 0 0 calc(44px + 0.75rem);
    }
    .facts div {
      display: flex;
      flex-direction: column;
    }
    .facts dt {
      font-size: 0.75rem;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      color: var(--muted-fg);
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
      font-size: 0.92rem;
    }
    @media (max-width: 640px) {
      .facts {
        margin-left: 0;
      }
      .account__actions {
        margin-left: 0;
      }
    }
  `,
})
export class AccountsPage {
  private readonly accountsApi = inject(AccountsApi);
  private readonly brandsApi = inject(BrandsApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly language = inject(LanguageService);
  private readonly translocoService = inject(TranslocoService);

  readonly workspaceId = input.required<string>();
  /** `?connected=<handle>`: the OAuth callback's success. */
  readonly connected = input<string | undefined>();

  protected readonly defaultColor = DEFAULT_BRAND_COLOR;
  protected readonly otherGroupId = OTHER_GROUP_ID;
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly brands = signal<BrandDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly panelError = signal<ApiError | null>(null);
  protected readonly notice = signal<{ key: string; params: Record<string, string> } | null>(null);
  protected readonly connectOpen = signal(false);
  protected readonly brandFormOpen = signal(false);
  protected readonly brandSubmitted = signal(false);
  protected readonly creatingBrand = signal(false);
  protected readonly selectedBrand = signal('');
  protected readonly redirecting = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly confirmDisconnect = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly brokenAvatars = signal<ReadonlySet<string>>(new Set());

  protected readonly brandForm = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    color: [DEFAULT_BRAND_COLOR],
  });

  protected readonly workspaceName = computed(() => this.session.workspace(this.workspaceId())?.name ?? '');
  protected readonly canManage = computed(() =>
    MANAGER_ROLES.includes(this.session.workspace(this.workspaceId())?.role ?? 'viewer'),
  );

  /** Brands in the server's order, each with its accounts; a member limited to some accounts sees only brands with some. */
  protected readonly groups = computed<BrandGroup[]>(() => {
    const accounts = this.accounts();
    const brands = this.brands();
    const known = new Set(brands.map((b) => b.id));
    const groups: BrandGroup[] = brands.map((brand) => ({
      brand,
      accounts: accounts.filter((a) => a.brandId === brand.id),
    }));
    const orphans = accounts.filter((a) => !known.has(a.brandId));
    if (orphans.length) {
      groups.push({
        brand: { id: OTHER_GROUP_ID, name: '—', color: null, version: 0, createdAt: '' },
        accounts: orphans,
      });
    }
    return this.canManage() ? groups : groups.filter((g) => g.accounts.length);
  });

  constructor() {
    effect(() => {
      const id = this.workspaceId();
      untracked(() => {
        this.editing.set(null);
        this.connectOpen.set(false);
        this.notice.set(null);
        void this.load(id);
      });
    });
  }

  protected statusTone(status: AccountDto['status']): 'success' | 'warning' | 'danger' {
    return status === 'connected' ? 'success' : status === 'needs_reauth' ? 'warning' : 'danger';
  }

  protected initials(account: AccountDto): string {
    const source = account.name || account.handle;
    return (
      source
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 2)
        .map((part) => part[0]?.toUpperCase() ?? '')
        .join('') || '?'
    );
  }

  protected avatarFailed(accountId: string): void {
    this.brokenAvatars.update((set) => new Set([...set, accountId]));
  }

  protected policyText(account: AccountDto): string {
    const lang = this.language.current();
    const t = (key: string, params?: Record<string, unknown>): string => this.translate(key, params, lang);
    const { requiredApprovals, approverRoles } = account.approvalPolicy;
    if (requiredApprovals === 0) return t('accounts.approvals.0');
    const roles = approverRoles.map((r) => t(`roles.${r}`)).join(', ');
    return `${t(`accounts.approvals.${requiredApprovals}`)}${roles ? ` (${roles})` : ''}`;
  }

  protected slotsText(account: AccountDto): string {
    const lang = this.language.current();
    const byDay = new Map<number, string[]>();
    for (const slot of [...account.postingSlots].sort(
      (a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time),
    )) {
      byDay.set(slot.weekday, [...(byDay.get(slot.weekday) ?? []), slot.time]);
    }
    return [...byDay.entries()]
      .map(([day, times]) => `${weekdayName(day, lang, 'short')} ${times.join(', ')}`)
      .join(' · ');
  }

  protected openConnect(): void {
    const open = !this.connectOpen();
    this.connectOpen.set(open);
    this.panelError.set(null);
    this.brandFormOpen.set(false);
    if (open && !this.selectedBrand()) this.selectedBrand.set(this.brands()[0]?.id ?? '');
  }

  protected async createBrand(): Promise<void> {
    this.brandSubmitted.set(true);
    if (this.brandForm.invalid || this.creatingBrand()) return;
    this.creatingBrand.set(true);
    this.panelError.set(null);
    const { name, color } = this.brandForm.getRawValue();
    try {
      const brand = await firstValueFrom(
        this.brandsApi.create(this.workspaceId(), { name: name.trim(), color: color.toLowerCase() }),
      );
      this.brands.update((list) => [...list, brand]);
      this.selectedBrand.set(brand.id);
      this.brandForm.reset({ name: '', color: DEFAULT_BRAND_COLOR });
      this.brandSubmitted.set(false);
      this.brandFormOpen.set(false);
      this.notice.set({ key: 'accounts.brandCreated', params: { brand: brand.name } });
    } catch (e) {
      this.panelError.set(toApiError(e));
    } finally {
      this.creatingBrand.set(false);
    }
  }

  /** Asks the API for X's authorize URL for this brand and sends the browser there. */
  protected async connect(brandId: string): Promise<void> {
    if (!brandId || this.redirecting()) return;
    this.redirecting.set(true);
    this.error.set(null);
    this.panelError.set(null);
    try {
      const { authorizeUrl } = await firstValueFrom(this.accountsApi.connect(this.workspaceId(), brandId));
      try {
        globalThis.sessionStorage?.setItem(CONNECT_WORKSPACE_KEY, this.workspaceId());
      } catch {
        // Private mode: the error page then links to the home page.
      }
      this.document.location.href = authorizeUrl;
    } catch (e) {
      this.redirecting.set(false);
      const error = toApiError(e);
      if (this.connectOpen()) this.panelError.set(error);
      else this.error.set(error);
    }
  }

  protected toggleEdit(accountId: string): void {
    this.editing.update((current) => (current === accountId ? null : accountId));
    this.notice.set(null);
  }

  protected saved(account: AccountDto): void {
    this.accounts.update((list) => list.map((a) => (a.id === account.id ? account : a)));
    this.editing.set(null);
    this.notice.set({ key: 'accounts.saved', params: { handle: account.handle } });
  }

  /** Someone else changed the account meanwhile: reload, keep the form open on the fresh copy, and say so. */
  protected async conflicted(error: ApiError): Promise<void> {
    await this.load();
    this.error.set(error);
  }

  protected async disconnect(account: AccountDto): Promise<void> {
    this.busyId.set(account.id);
    this.error.set(null);
    this.notice.set(null);
    try {
      const updated = await firstValueFrom(this.accountsApi.disconnect(this.workspaceId(), account.id));
      this.accounts.update((list) => list.map((a) => (a.id === updated.id ? updated : a)));
      this.confirmDisconnect.set(null);
      this.notice.set({ key: 'accounts.disconnected', params: { handle: updated.handle } });
    } catch (e) {
      const error = toApiError(e);
      await this.load();
      this.error.set(error);
    } finally {
      this.busyId.set(null);
    }
  }

  protected dismissConnected(): void {
    void this.router.navigate([], { queryParams: { connected: null }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected async load(workspaceId = this.workspaceId()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [accounts, brands] = await Promise.all([
        firstValueFrom(this.accountsApi.list(workspaceId)),
        this.brandsApi.listAll(workspaceId),
      ]);
      this.accounts.set(accounts.items);
      this.brands.set(brands);
      if (!brands.some((b) => b.id === this.selectedBrand())) this.selectedBrand.set(brands[0]?.id ?? '');
      this.loaded.set(true);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.loading.set(false);
    }
  }

  private translate(key: string, params: Record<string, unknown> | undefined, lang: string): string {
    return this.translocoService.translate(key, params ?? {}, lang);
  }
}
