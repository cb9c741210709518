import { WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, BrandDto } from '@xp/shared';
import { ApiErrorAlert, CrisisButton } from '@xp/web/common';
import { ApiError, BrandsApi, CONNECT_WORKSPACE_KEY, toApiError } from '@xp/web/data-access';
import { ActionRunner, PAGE_PIECES, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { AccountFacts, AccountIdentity } from './account-details';
import { AccountSettingsForm } from './account-settings-form';
import { ConnectPanel, DEFAULT_BRAND_COLOR } from './connect-panel';

/** The group of accounts whose brand we do not know (should not happen; shown rather than hidden). */
const OTHER_GROUP_ID = '_other';

interface BrandGroup {
  brand: BrandDto;
  accounts: AccountDto[];
}

/** `/w/:workspaceId/accounts`: X accounts grouped by brand; connect, reconnect, configure, disconnect. */
@Component({
  selector: 'xp-accounts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Coming back from X with the browser's Back button may restore this page from the back-forward cache.
  templateUrl: './accounts-page.html',
  styleUrl: './accounts-page.css',
  host: { '(window:pageshow)': 'redirecting.set(false)' },
  imports: [
    TranslocoPipe,
    AccountFacts,
    AccountIdentity,
    AccountSettingsForm,
    ApiErrorAlert,
    ConnectPanel,
    CrisisButton,
    PAGE_PIECES,
  ],
})
export class AccountsPage extends WorkspaceScoped {
  /** `?connected=<handle>`: the OAuth callback's success. */
  readonly connected = input<string | undefined>();

  private readonly ctx = inject(WorkspacePageContext);
  private readonly brandsApi = inject(BrandsApi);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly defaultColor = DEFAULT_BRAND_COLOR;
  protected readonly otherGroupId = OTHER_GROUP_ID;
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly brands = signal<BrandDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly loaded = signal(false);
  /** Loading and the row actions; their failures show at the top of the page. */
  protected readonly action = new ActionRunner(toApiError);
  /** A failed "continue to X" from the connect panel shows in the panel. */
  protected readonly panelError = signal<ApiError | null>(null);
  protected readonly notice = signal<{ key: string; params: Record<string, string> } | null>(null);
  protected readonly connectOpen = signal(false);
  protected readonly redirecting = signal(false);
  protected readonly editing = signal<string | null>(null);
  protected readonly confirmDisconnect = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);

  protected readonly workspaceName = computed(() => this.ctx.session.workspace(this.workspaceId())?.name ?? '');
  protected readonly canManage = computed(() => this.ctx.session.can(this.workspaceId(), 'accounts.configure'));

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
    super();
    onChange(this.workspaceId, (id) => {
      this.editing.set(null);
      this.connectOpen.set(false);
      this.notice.set(null);
      void this.load(id);
    });
  }

  protected toggleConnect(): void {
    this.connectOpen.update((open) => !open);
    this.panelError.set(null);
  }

  protected brandCreated(brand: BrandDto): void {
    this.brands.update((list) => [...list, brand]);
    this.notice.set({ key: 'accounts.brandCreated', params: { brand: brand.name } });
  }

  /** Asks the API for X's authorize URL for this brand and sends the browser there. */
  protected async connect(brandId: string): Promise<void> {
    if (!brandId || this.redirecting()) return;
    this.redirecting.set(true);
    this.action.error.set(null);
    this.panelError.set(null);
    try {
      const { authorizeUrl } = await firstValueFrom(this.ctx.accounts.connect(this.workspaceId(), brandId));
      try {
        globalThis.sessionStorage?.setItem(CONNECT_WORKSPACE_KEY, this.workspaceId());
      } catch {
        // Private mode: the error page then links to the home page.
      }
      this.document.location.href = authorizeUrl;
    } catch (e) {
      this.redirecting.set(false);
      (this.connectOpen() ? this.panelError : this.action.error).set(toApiError(e));
    }
  }

  protected toggleEdit(accountId: string): void {
    this.editing.update((current) => (current === accountId ? null : accountId));
    this.notice.set(null);
  }

  protected saved(account: AccountDto): void {
    this.replace(account);
    this.editing.set(null);
    this.notice.set({ key: 'accounts.saved', params: { handle: account.handle } });
  }

  /** Someone else changed the account meanwhile: reload, keep the form open on the fresh copy, and say so. */
  protected async conflicted(error: ApiError): Promise<void> {
    await this.load();
    this.action.error.set(error);
  }

  protected async disconnect(account: AccountDto): Promise<void> {
    this.busyId.set(account.id);
    this.notice.set(null);
    await this.action.run(
      async () => {
        const updated = await firstValueFrom(this.ctx.accounts.disconnect(this.workspaceId(), account.id));
        this.replace(updated);
        this.confirmDisconnect.set(null);
        this.notice.set({ key: 'accounts.disconnected', params: { handle: updated.handle } });
      },
      () => this.load(),
    );
    this.busyId.set(null);
  }

  protected dismissConnected(): void {
    void this.router.navigate([], { queryParams: { connected: null }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected async load(workspaceId = this.workspaceId()): Promise<void> {
    this.loading.set(true);
    await this.action.read(async () => {
      const [accounts, brands] = await this.ctx.withAccounts(workspaceId, this.brandsApi.listAll(workspaceId));
      this.accounts.set(accounts);
      this.brands.set(brands);
      this.loaded.set(true);
    });
    this.loading.set(false);
  }

  private replace(account: AccountDto): void {
    this.accounts.update((list) => list.map((a) => (a.id === account.id ? account : a)));
  }
}
