import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, InvitationDto, MemberDto, Page, Role } from '@xp/shared';
import {
  AccountsApi,
  ApiError,
  MANAGER_ROLES,
  MembersApi,
  SessionStore,
  WEB_ROLES,
  WorkspaceInvitationsApi,
  toApiError,
} from '@xp/web/data-access';
import { Alert, Badge, CopyButton } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, LanguageService } from '@xp/web/common';

/** `/w/:workspaceId/members`: members with role and account scope, invitations. */
@Component({
  selector: 'xp-members-page',
  imports: [ReactiveFormsModule, DatePipe, TranslocoPipe, ApiErrorAlert, Alert, Badge, CopyButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'members.title' | transloco }}</h1>
        <p class="lead">{{ 'members.subtitle' | transloco: { workspace: workspaceName() } }}</p>
      </div>
    </div>

    <xp-api-error [error]="error()" />
    @if (notice(); as n) {
      <xp-alert kind="success" [message]="n | transloco" />
    }

    @if (canManage()) {
      <section class="card" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{{ 'invitations.inviteTitle' | transloco }}</h2>
        <xp-api-error [error]="inviteError()" />
        <form class="inline-form" [formGroup]="inviteForm" (ngSubmit)="invite()" novalidate>
          <div class="field field--grow">
            <label for="invite-email">{{ 'fields.email' | transloco }}</label>
            <input
              id="invite-email"
              type="email"
              formControlName="email"
              autocomplete="off"
              required
              [attr.placeholder]="'invitations.emailPlaceholder' | transloco"
            />
          </div>
          <div class="field">
            <label for="invite-role">{{ 'fields.role' | transloco }}</label>
            <select id="invite-role" formControlName="role">
              @for (role of assignableRoles(); track role) {
                <option [value]="role">{{ 'roles.' + role | transloco }}</option>
              }
            </select>
          </div>
          <button class="btn btn--primary" type="submit" [disabled]="inviting()">
            {{ (inviting() ? 'invitations.sending' : 'invitations.send') | transloco }}
          </button>
        </form>
        @if (inviteSubmitted() && inviteForm.invalid) {
          <p class="field-error" role="alert">{{ 'invitations.emailInvalid' | transloco }}</p>
        }
        @if (created(); as inv) {
          <div class="invite-result" role="status" data-testid="invitation-result">
            <p>
              {{ 'invitations.created' | transloco: { email: inv.email } }}
              <xp-badge tone="accent">{{ 'roles.' + inv.role | transloco }}</xp-badge>
            </p>
            <label for="invitation-link">{{ 'invitations.link' | transloco }}</label>
            <div class="copy-row">
              <input
                id="invitation-link"
                data-testid="invitation-link"
                type="text"
                readonly
                [value]="inv.link ?? ''"
                (focus)="selectAll($event)"
              />
              <xp-copy-button
                [text]="inv.link ?? ''"
                [label]="'common.copy' | transloco"
                [copiedLabel]="'common.copied' | transloco"
                [ariaLabel]="'invitations.copyLink' | transloco"
              />
            </div>
            <small class="hint">{{
              'invitations.linkHint' | transloco: { date: (inv.expiresAt | date: 'longDate' : undefined : lang()) }
            }}</small>
          </div>
        }
      </section>
    }

    <section class="card" aria-labelledby="members-heading">
      <h2 id="members-heading">
        {{ 'members.listTitle' | transloco }} <span class="count">{{ members().length }}</span>
      </h2>
      @if (loading() && !members().length) {
        <p class="muted">{{ 'common.loading' | transloco }}</p>
      } @else {
        <div class="table-wrap">
          <table class="table" data-testid="members-table">
            <thead>
              <tr>
                <th scope="col">{{ 'members.name' | transloco }}</th>
                <th scope="col">{{ 'fields.role' | transloco }}</th>
                <th scope="col">{{ 'members.scope' | transloco }}</th>
                <th scope="col">{{ 'members.joined' | transloco }}</th>
                @if (canManage()) {
                  <th scope="col">
                    <span class="visually-hidden">{{ 'common.actions' | transloco }}</span>
                  </th>
                }
              </tr>
            </thead>
            <tbody>
              @for (member of members(); track member.userId) {
                <tr [attr.data-member-email]="member.email">
                  <td>
                    <div class="person">
                      <strong>{{ member.displayName }}</strong>
                      @if (member.userId === meId()) {
                        <xp-badge>{{ 'common.you' | transloco }}</xp-badge>
                      }
                    </div>
                    <div class="muted small">{{ member.email }}</div>
                  </td>
                  <td>
                    @if (canManage() && member.userId !== meId()) {
                      <label class="visually-hidden" [for]="'role-' + member.userId">
                        {{ 'members.roleOf' | transloco: { name: member.displayName } }}
                      </label>
                      <select
                        #roleSelect
                        [id]="'role-' + member.userId"
                        [value]="member.role"
                        [disabled]="busyId() === member.userId"
                        (change)="changeRole(member, roleSelect.value)"
                      >
                        @for (role of rolesFor(member); track role) {
                          <option [value]="role" [selected]="role === member.role">
                            {{ 'roles.' + role | transloco }}
                          </option>
                        }
                      </select>
                    } @else {
                      <xp-badge tone="accent">{{ 'roles.' + member.role | transloco }}</xp-badge>
                    }
                  </td>
                  <td data-testid="member-scope">
                    @if (scopeEditing() === member.userId) {
                      <fieldset class="scope-editor">
                        <legend>{{ 'members.scopeOf' | transloco: { name: member.displayName } }}</legend>
                        <label class="check">
                          <input
                            type="radio"
                            [name]="'scope-' + member.userId"
                            [checked]="scopeAll()"
                            (change)="scopeAll.set(true)"
                          />
                          {{ 'members.scopeAll' | transloco }}
                        </label>
                        <label class="check">
                          <input
                            type="radio"
                            [name]="'scope-' + member.userId"
                            [checked]="!scopeAll()"
                            (change)="scopeAll.set(false)"
                          />
                          {{ 'members.scopeSome' | transloco }}
                        </label>
                        @if (!scopeAll()) {
                          @if (!accounts().length) {
                            <p class="muted small">{{ 'members.scopeNone' | transloco }}</p>
                          }
                          <ul class="scope-list">
                            @for (account of accounts(); track account.id) {
                              <li>
                                <label class="check">
                                  <input
                                    type="checkbox"
                                    [checked]="scopeIds().has(account.id)"
                                    (change)="toggleScope(account.id, $event)"
                                  />
                                  &#64;{{ account.handle }} <span class="muted small">{{ account.name }}</span>
                                </label>
                              </li>
                            }
                          </ul>
                          @if (!scopeIds().size) {
                            <p class="field-error small" role="alert">{{ 'members.scopePickOne' | transloco }}</p>
                          }
                        }
                        <div class="scope-actions">
                          <button
                            type="button"
                            class="btn btn--primary btn--sm"
                            (click)="saveScope(member)"
                            [disabled]="busyId() === member.userId || (!scopeAll() && !scopeIds().size)"
                          >
                            {{ 'members.scopeSave' | transloco }}
                          </button>
                          <button type="button" class="btn btn--ghost btn--sm" (click)="scopeEditing.set(null)">
                            {{ 'common.cancel' | transloco }}
                          </button>
                        </div>
                      </fieldset>
                    } @else {
                      @if (member.accountIds === null) {
                        {{ 'members.allAccounts' | transloco }}
                      } @else {
                        <span [title]="scopeHandles(member.accountIds)">
                          {{ 'members.someAccounts' | transloco: { count: member.accountIds.length } }}
                        </span>
                        @if (scopeHandles(member.accountIds); as handles) {
                          <div class="muted small">{{ handles }}</div>
                        }
                      }
                      @if (canManage() && member.userId !== meId() && member.role !== 'owner') {
                        <button
                          type="button"
                          class="btn btn--ghost btn--sm scope-edit"
                          (click)="editScope(member)"
                          [attr.aria-label]="'members.editScopeLabel' | transloco: { name: member.displayName }"
                        >
                          {{ 'members.editScope' | transloco }}
                        </button>
                      }
                    }
                  </td>
                  <td>{{ member.joinedAt | date: 'mediumDate' : undefined : lang() }}</td>
                  @if (canManage()) {
                    <td class="actions">
                      @if (member.userId !== meId()) {
                        @if (confirmRemove() === member.userId) {
                          <span class="confirm">
                            {{ 'members.removeConfirm' | transloco: { name: member.displayName } }}
                            <button
                              type="button"
                              class="btn btn--danger btn--sm"
                              (click)="remove(member)"
                              [disabled]="busyId() === member.userId"
                            >
                              {{ 'members.remove' | transloco }}
                            </button>
                            <button type="button" class="btn btn--ghost btn--sm" (click)="confirmRemove.set(null)">
                              {{ 'common.cancel' | transloco }}
                            </button>
                          </span>
                        } @else {
                          <button
                            type="button"
                            class="btn btn--ghost btn--sm"
                            [attr.aria-label]="'members.removeLabel' | transloco: { name: member.displayName }"
                            (click)="confirmRemove.set(member.userId)"
                          >
                            {{ 'members.remove' | transloco }}
                          </button>
                        }
                      }
                    </td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>

    @if (canManage()) {
      <section class="card" aria-labelledby="pending-heading">
        <h2 id="pending-heading">
          {{ 'invitations.pendingTitle' | transloco }} <span class="count">{{ invitations().length }}</span>
        </h2>
        @if (!invitations().length) {
          <p class="muted">{{ 'invitations.none' | transloco }}</p>
        } @else {
          <div class="table-wrap">
            <table class="table" data-testid="invitations-table">
              <thead>
                <tr>
                  <th scope="col">{{ 'fields.email' | transloco }}</th>
                  <th scope="col">{{ 'fields.role' | transloco }}</th>
                  <th scope="col">{{ 'invitations.expires' | transloco }}</th>
                  <th scope="col">
                    <span class="visually-hidden">{{ 'common.actions' | transloco }}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                @for (inv of invitations(); track inv.id) {
                  <tr [attr.data-invitation-email]="inv.email">
                    <td>{{ inv.email }}</td>
                    <td>
                      <xp-badge>{{ 'roles.' + inv.role | transloco }}</xp-badge>
                    </td>
                    <td>{{ inv.expiresAt | date: 'medium' : undefined : lang() }}</td>
                    <td class="actions">
                      <button
                        type="button"
                        class="btn btn--ghost btn--sm"
                        (click)="revoke(inv)"
                        [disabled]="busyId() === inv.id"
                        [attr.aria-label]="'invitations.revokeLabel' | transloco: { email: inv.email }"
                      >
                        {{ 'invitations.revoke' | transloco }}
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
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
    .invite-result {
      margin-top: 1rem;
      padding: 1rem;
      border-radius: var(--radius);
      background: var(--success-bg);
      border: 1px solid var(--success-border);
    }
    .invite-result p {
      margin: 0 0 0.5rem;
    }
    .copy-row {
      display: flex;
      gap: 0.5rem;
      margin: 0.25rem 0;
    }
    .copy-row input {
      flex: 1;
      font-family: var(--mono);
      font-size: 0.85rem;
    }
    .person {
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .count {
      color: var(--muted-fg);
      font-weight: 500;
      font-size: 0.9em;
    }
    .actions {
      text-align: right;
      white-space: nowrap;
    }
    .scope-editor {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.5rem 0.75rem;
      margin: 0;
      min-width: 16rem;
    }
    .scope-editor legend {
      font-weight: 600;
      font-size: 0.85rem;
      padding: 0 0.25rem;
    }
    .check {
      display: flex;
      gap: 0.4rem;
      align-items: center;
      font-weight: 500;
    }
    .scope-list {
      list-style: none;
      margin: 0.25rem 0 0.25rem 1.4rem;
      padding: 0;
    }
    .scope-actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
    .scope-edit {
      margin-left: 0.5rem;
    }
    .confirm {
      display: inline-flex;
      gap: 0.5rem;
      align-items: center;
      flex-wrap: wrap;
      justify-content: flex-end;
    }
  `,
})
export class MembersPage {
  private readonly membersApi = inject(MembersApi);
  private readonly invitationsApi = inject(WorkspaceInvitationsApi);
  private readonly accountsApi = inject(AccountsApi);
  private readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageService).current;

  readonly workspaceId = input.required<string>();

  protected readonly members = signal<MemberDto[]>([]);
  protected readonly invitations = signal<InvitationDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly confirmRemove = signal<string | null>(null);
  protected readonly inviting = signal(false);
  protected readonly inviteSubmitted = signal(false);
  protected readonly inviteError = signal<ApiError | null>(null);
  protected readonly created = signal<InvitationDto | null>(null);
  /** The workspace's accounts, for the account-scope editor (owners and admins only). */
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly scopeEditing = signal<string | null>(null);
  protected readonly scopeAll = signal(true);
  protected readonly scopeIds = signal<ReadonlySet<string>>(new Set());

  protected readonly inviteForm = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['editor' as Role, Validators.required],
  });

  protected readonly meId = computed(() => this.session.user()?.id ?? null);
  protected readonly myRole = computed(() => this.session.workspace(this.workspaceId())?.role ?? 'viewer');
  protected readonly workspaceName = computed(() => this.session.workspace(this.workspaceId())?.name ?? '');
  protected readonly canManage = computed(() => MANAGER_ROLES.includes(this.myRole()));
  /** Only an owner hands out "owner"; an admin can give the other roles. */
  protected readonly assignableRoles = computed<readonly Role[]>(() =>
    this.myRole() === 'owner' ? WEB_ROLES : WEB_ROLES.filter((r) => r !== 'owner'),
  );

  constructor() {
    effect(() => {
      const id = this.workspaceId();
      untracked(() => {
        this.created.set(null);
        this.notice.set(null);
        void this.load(id);
      });
    });
  }

  protected rolesFor(member: MemberDto): readonly Role[] {
    const roles = this.assignableRoles();
    return roles.includes(member.role) ? roles : [member.role, ...roles];
  }

  protected selectAll(event: FocusEvent): void {
    (event.target as HTMLInputElement | null)?.select();
  }

  protected async load(workspaceId = this.workspaceId()): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const [members, invitations, accounts] = await Promise.all([
        this.fetchAllMembers(workspaceId),
        this.canManage() ? this.fetchAllInvitations(workspaceId) : Promise.resolve([]),
        this.canManage() ? this.fetchAccounts(workspaceId) : Promise.resolve([]),
      ]);
      this.members.set(members);
      this.invitations.set(invitations);
      this.accounts.set(accounts);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.loading.set(false);
    }
  }

  protected async invite(): Promise<void> {
    this.inviteSubmitted.set(true);
    if (this.inviteForm.invalid || this.inviting()) return;
    this.inviting.set(true);
    this.inviteError.set(null);
    this.notice.set(null);
    const { email, role } = this.inviteForm.getRawValue();
    try {
      const invitation = await firstValueFrom(
        this.invitationsApi.create(this.workspaceId(), { email: email.trim(), role }),
      );
      this.created.set(invitation);
      this.inviteForm.reset({ email: '', role });
      this.inviteSubmitted.set(false);
      this.invitations.set(await this.fetchAllInvitations(this.workspaceId()));
    } catch (e) {
      this.inviteError.set(toApiError(e));
    } finally {
      this.inviting.set(false);
    }
  }

  protected async changeRole(member: MemberDto, value: string): Promise<void> {
    const role = WEB_ROLES.find((r) => r === value);
    if (!role || role === member.role) return;
    await this.run(member.userId, async () => {
      const updated = await firstValueFrom(
        this.membersApi.update(this.workspaceId(), member.userId, { role, version: member.version }),
      );
      this.members.update((list) => list.map((m) => (m.userId === updated.userId ? updated : m)));
      this.notice.set('members.roleChanged');
    });
  }

  /** "@Kindy, @TotalCareers" for a scope, from the accounts we know (unknown ids are skipped). */
  protected scopeHandles(accountIds: readonly string[]): string {
    const byId = new Map(this.accounts().map((a) => [a.id, a.handle]));
    return accountIds
      .map((id) => byId.get(id))
      .filter((h): h is string => !!h)
      .map((h) => `@${h}`)
      .join(', ');
  }

  protected editScope(member: MemberDto): void {
    this.scopeAll.set(member.accountIds === null);
    this.scopeIds.set(new Set(member.accountIds ?? []));
    this.scopeEditing.set(member.userId);
    this.notice.set(null);
  }

  protected toggleScope(accountId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.scopeIds.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(accountId);
      else next.delete(accountId);
      return next;
    });
  }

  protected async saveScope(member: MemberDto): Promise<void> {
    const known = new Set(this.accounts().map((a) => a.id));
    const accountIds = this.scopeAll() ? null : [...this.scopeIds()].filter((id) => known.has(id));
    if (accountIds && !accountIds.length) return;
    await this.run(member.userId, async () => {
      const updated = await firstValueFrom(
        this.membersApi.update(this.workspaceId(), member.userId, { accountIds, version: member.version }),
      );
      this.members.update((list) => list.map((m) => (m.userId === updated.userId ? updated : m)));
      this.scopeEditing.set(null);
      this.notice.set('members.scopeChanged');
    });
  }

  protected async remove(member: MemberDto): Promise<void> {
    await this.run(member.userId, async () => {
      await firstValueFrom(this.membersApi.remove(this.workspaceId(), member.userId));
      this.members.update((list) => list.filter((m) => m.userId !== member.userId));
      this.confirmRemove.set(null);
      this.notice.set('members.removed');
    });
  }

  protected async revoke(invitation: InvitationDto): Promise<void> {
    await this.run(invitation.id, async () => {
      await firstValueFrom(this.invitationsApi.revoke(this.workspaceId(), invitation.id));
      this.invitations.update((list) => list.filter((i) => i.id !== invitation.id));
      if (this.created()?.id === invitation.id) this.created.set(null);
      this.notice.set('invitations.revoked');
    });
  }

  /** Runs a row action; on failure shows the API's error and reloads (a 409 means our copy was stale). */
  private async run(id: string, action: () => Promise<void>): Promise<void> {
    this.busyId.set(id);
    this.error.set(null);
    this.notice.set(null);
    try {
      await action();
    } catch (e) {
      const error = toApiError(e);
      await this.load();
      this.error.set(error);
    } finally {
      this.busyId.set(null);
    }
  }

  private async fetchAllMembers(workspaceId: string): Promise<MemberDto[]> {
    const all: MemberDto[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<MemberDto> = await firstValueFrom(this.membersApi.list(workspaceId, { cursor }));
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && all.length < 1000);
    return all;
  }

  /** The accounts list is a courtesy for the scope editor: without it, scopes still show their counts. */
  private async fetchAccounts(workspaceId: string): Promise<AccountDto[]> {
    try {
      return (await firstValueFrom(this.accountsApi.list(workspaceId))).items;
    } catch {
      return [];
    }
  }

  private async fetchAllInvitations(workspaceId: string): Promise<InvitationDto[]> {
    const all: InvitationDto[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<InvitationDto> = await firstValueFrom(this.invitationsApi.listPending(workspaceId, { cursor }));
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor && all.length < 1000);
    return all;
  }
}
