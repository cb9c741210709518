import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, MeResponse, RegisterRequest, UserDto, WorkspaceSummaryDto } from '@xp/shared';
import { can, type Permission } from '@xp/shared/permissions';
import { firstValueFrom } from 'rxjs';
import { AuthApi } from './auth-api';

/**
 * The signed-in user and their workspaces, as signals.
 * `me()` is `undefined` until the first `GET /api/auth/me` answered, then `null` when signed out.
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(AuthApi);
  private readonly state = signal<MeResponse | null | undefined>(undefined);
  private loading: Promise<MeResponse | null> | null = null;
  private loadedAt = 0;

  readonly me = this.state.asReadonly();
  readonly loaded = computed(() => this.state() !== undefined);
  readonly user = computed<UserDto | null>(() => this.state()?.user ?? null);
  readonly workspaces = computed<WorkspaceSummaryDto[]>(() => this.state()?.workspaces ?? []);
  readonly signedIn = computed(() => !!this.state());

  /** Fetches a fresh CSRF token (and cookie). Never throws: the app must still start when the API is down. */
  async initCsrf(): Promise<void> {
    try {
      await firstValueFrom(this.api.csrfToken());
    } catch {
      // The next state-changing request will fail with a clear 403 and the page shows it.
    }
  }

  /** Loads the session once; later calls reuse the answer. */
  ensureLoaded(): Promise<MeResponse | null> {
    const current = this.state();
    if (current !== undefined) return Promise.resolve(current);
    return this.refresh();
  }

  /** Re-reads the session when the last answer is older than `maxAgeMs` (e.g. on entering a workspace). */
  revalidate(maxAgeMs: number): Promise<MeResponse | null> {
    if (this.state() !== undefined && Date.now() - this.loadedAt < maxAgeMs)
      return Promise.resolve(this.state() ?? null);
    return this.refresh();
  }

  /** Re-reads `GET /api/auth/me` (401 → signed out). */
  refresh(): Promise<MeResponse | null> {
    if (!this.loading) {
      this.loading = firstValueFrom(this.api.me())
        .then((me) => {
          this.state.set(me);
          this.loadedAt = Date.now();
          return me;
        })
        .catch((_error: unknown) => {
          // 401: signed out. Anything else (API down): treat as signed out too; the next guard retries.
          this.state.set(null);
          this.loadedAt = 0;
          return null;
        })
        .finally(() => {
          this.loading = null;
        });
    }
    return this.loading;
  }

  async login(body: LoginRequest): Promise<MeResponse> {
    const me = await firstValueFrom(this.api.login(body));
    this.state.set(me);
    this.loadedAt = Date.now();
    return me;
  }

  /** Signed in at once, or null: the server answered "check your e-mail" (nobody is signed in yet). */
  async register(body: RegisterRequest): Promise<MeResponse | null> {
    const answer = await firstValueFrom(this.api.register(body));
    if ('status' in answer) return null;
    this.state.set(answer);
    this.loadedAt = Date.now();
    return answer;
  }

  /** The link of the confirmation e-mail: the account is created and signed in. */
  async confirmRegistration(token: string): Promise<MeResponse> {
    const me = await firstValueFrom(this.api.confirmRegistration(token));
    this.state.set(me);
    this.loadedAt = Date.now();
    return me;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.api.logout());
    } finally {
      this.state.set(null);
      // A new anonymous session needs a new CSRF token.
      await this.initCsrf();
    }
  }

  /** Forget the session locally (e.g. after a 401 on any call). */
  clear(): void {
    this.state.set(null);
  }

  workspace(workspaceId: string | null | undefined): WorkspaceSummaryDto | null {
    if (!workspaceId) return null;
    return this.workspaces().find((w) => w.id === workspaceId) ?? null;
  }

  /**
   * Whether my role in this workspace holds a permission, read from the server's own matrix (the shared rule book):
   * the screens show exactly the actions the API allows. Reactive when called inside a computed.
   */
  can(workspaceId: string | null | undefined, permission: Permission): boolean {
    return can(this.workspace(workspaceId)?.role, permission);
  }
}
