import { WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ROLES, type AccountDto, type InvitationDto, type MemberDto, type Page, type Role } from '@xp/shared';
import { ApiErrorAlert, LanguageService } from '@xp/web/common';
import { WorkspaceInvitationsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, FORM_PIECES, PAGE_PIECES, onChange } from '@xp/web/ui';
import { Observable, firstValueFrom } from 'rxjs';
import { MemberScopeEditor } from './member-scope-editor';

/** Every page of a cursor-paginated list (up to 1,000 items: a workspace's members or pending invitations). */
async function fetchAll<T>(fetch: (cursor: string | null) => Observable<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await firstValueFrom(fetch(cursor));
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && all.length < 1000);
  return all;
}

/** `/w/:workspaceId/members`: members with role and account scope, invitations. */
@Component({
  selector: 'xp-members-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members-page.html',
  styleUrl: './members-page.css',
  imports: [ReactiveFormsModule, DatePipe, TranslocoPipe, ApiErrorAlert, MemberScopeEditor, FORM_PIECES, PAGE_PIECES],
})
export class MembersPage extends WorkspaceScoped {
  private readonly ctx = inject(WorkspacePageContext);
  private readonly invitationsApi = inject(WorkspaceInvitationsApi);
  protected readonly lang = inject(LanguageService).current;

  protected readonly memberColumns = ['members.name', 'fields.role', 'members.scope', 'members.joined'];
  protected readonly invitationColumns = ['fields.email', 'fields.role', 'invitations.expires'];
  protected readonly members = signal<MemberDto[]>([]);
  protected readonly invitations = signal<InvitationDto[]>([]);
  protected readonly loading = signal(false);
  /** Loading and the row actions (their failures show at the top of the page). */
  protected readonly action = new ActionRunner(toApiError);
  /** Sending an invitation (its failure shows in the invitation card). */
  protected readonly invite = new ActionRunner(toApiError);
  protected readonly notice = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly confirmRemove = signal<string | null>(null);
  protected readonly inviteSubmitted = signal(false);
  protected readonly created = signal<InvitationDto | null>(null);
  /** The workspace's accounts, for the account-scope editor (owners and admins only). */
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly scopeEditing = signal<string | null>(null);

  protected readonly inviteForm = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    role: ['editor' as Role, Validators.required],
  });

  protected readonly meId = computed(() => this.ctx.session.user()?.id ?? null);
  protected readonly myRole = computed(() => this.ctx.session.workspace(this.workspaceId())?.role ?? 'viewer');
  protected readonly workspaceName = computed(() => this.ctx.session.workspace(this.workspaceId())?.name ?? '');
  protected readonly canManage = computed(() => this.ctx.session.can(this.workspaceId(), 'members.manage'));
  /** Only an owner hands out "owner"; an admin can give the other roles. */
  protected readonly assignableRoles = computed<readonly Role[]>(() =>
    this.myRole() === 'owner' ? ROLES : ROLES.filter((r) => r !== 'owner'),
  );

  constructor() {
    super();
    onChange(this.workspaceId, (id) => {
      this.created.set(null);
      this.notice.set(null);
      void this.load(id);
    });
  }

  protected rolesFor(member: MemberDto): readonly Role[] {
    const roles = this.assignableRoles();
    return roles.includes(member.role) ? roles : [member.role, ...roles];
  }

  protected async load(workspaceId = this.workspaceId()): Promise<void> {
    this.loading.set(true);
    await this.action.read(async () => {
      const manager = this.canManage();
      const [members, invitations, accounts] = await Promise.all([
        fetchAll((cursor) => this.ctx.members.list(workspaceId, { cursor })),
        manager ? this.fetchInvitations(workspaceId) : Promise.resolve([]),
        manager ? this.fetchAccounts(workspaceId) : Promise.resolve([]),
      ]);
      this.members.set(members);
      this.invitations.set(invitations);
      this.accounts.set(accounts);
    });
    this.loading.set(false);
  }

  protected async sendInvitation(): Promise<void> {
    this.inviteSubmitted.set(true);
    if (this.inviteForm.invalid) return;
    this.notice.set(null);
    const { email, role } = this.inviteForm.getRawValue();
    await this.invite.run(async () => {
      const invitation = await firstValueFrom(
        this.invitationsApi.create(this.workspaceId(), { email: email.trim(), role }),
      );
      this.created.set(invitation);
      this.inviteForm.reset({ email: '', role });
      this.inviteSubmitted.set(false);
      this.invitations.set(await this.fetchInvitations(this.workspaceId()));
    });
  }

  protected async changeRole(member: MemberDto, value: string): Promise<void> {
    const role = ROLES.find((r) => r === value);
    if (!role || role === member.role) return;
    await this.update(member, { role }, 'members.roleChanged');
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
    this.scopeEditing.set(member.userId);
    this.notice.set(null);
  }

  protected async saveScope(member: MemberDto, accountIds: string[] | null): Promise<void> {
    if (await this.update(member, { accountIds }, 'members.scopeChanged')) this.scopeEditing.set(null);
  }

  protected async remove(member: MemberDto): Promise<void> {
    await this.run(member.userId, 'members.removed', async () => {
      await firstValueFrom(this.ctx.members.remove(this.workspaceId(), member.userId));
      this.members.update((list) => list.filter((m) => m.userId !== member.userId));
      this.confirmRemove.set(null);
    });
  }

  protected async revoke(invitation: InvitationDto): Promise<void> {
    await this.run(invitation.id, 'invitations.revoked', async () => {
      await firstValueFrom(this.invitationsApi.revoke(this.workspaceId(), invitation.id));
      this.invitations.update((list) => list.filter((i) => i.id !== invitation.id));
      if (this.created()?.id === invitation.id) this.created.set(null);
    });
  }

  /** Changes a member's role or scope (with the version we showed: a stale copy gets a 409). */
  private update(
    member: MemberDto,
    change: { role: Role } | { accountIds: string[] | null },
    notice: string,
  ): Promise<boolean> {
    return this.run(member.userId, notice, async () => {
      const updated = await firstValueFrom(
        this.ctx.members.update(this.workspaceId(), member.userId, { ...change, version: member.version }),
      );
      this.members.update((list) => list.map((m) => (m.userId === updated.userId ? updated : m)));
    });
  }

  /** Runs a row action, then says `notice`; on failure shows the API's error and reloads (a 409 means our copy was stale). */
  private async run(id: string, notice: string, action: () => Promise<void>): Promise<boolean> {
    this.busyId.set(id);
    this.notice.set(null);
    const done = await this.action.run(action, () => this.load());
    this.busyId.set(null);
    if (done) this.notice.set(notice);
    return done;
  }

  private fetchInvitations(workspaceId: string): Promise<InvitationDto[]> {
    return fetchAll((cursor) => this.invitationsApi.listPending(workspaceId, { cursor }));
  }

  /** The accounts list is a courtesy for the scope editor: without it, scopes still show their counts. */
  private async fetchAccounts(workspaceId: string): Promise<AccountDto[]> {
    try {
      return (await firstValueFrom(this.ctx.accounts.list(workspaceId))).items;
    } catch {
      return [];
    }
  }
}
