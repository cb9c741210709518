import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Location, SlicePipe } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CONVERSATION_STATUS_VALUES,
  type AccountDto,
  type ConversationStatusValue,
  type FindingDto,
  type MemberDto,
} from '@xp/shared';
import { ApiErrorAlert, FindingsList, WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import {
  InboxApi,
  LiveUpdatesStore,
  toApiError,
  type ConversationDto,
  type ConversationSummaryDto,
} from '@xp/web/data-access';
import { ActionRunner, onChange, PAGE_PIECES } from '@xp/web/ui';
import { debounceTime, firstValueFrom, Subject } from 'rxjs';
import { breached, inboxKeyAction, moveIndex } from './inbox-keys';
import { SavedRepliesPanel } from './saved-replies-panel';
import { SavedRepliesStore } from './saved-replies-store';

/**
 * `/w/:workspaceId/conversations`: the brand inbox. Customers' mentions, replies and quotes grouped by conversation,
 * newest first, filtered by account, status, assignee, breach and words; the conversation as a thread with the
 * brand post it answers; a reply box with live charter findings and saved replies; assign, notes and status.
 * Shortcuts: j/k next/previous, e done, a assign to me, r reply. Updates live (the workspace's event stream).
 */
@Component({
  selector: 'xp-conversations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conversations-page.html',
  styleUrl: './conversations-page.css',
  host: { '(document:keydown)': 'onKey($event)' },
  providers: [SavedRepliesStore],
  imports: [
    FormsModule,
    RouterLink,
    SlicePipe,
    TranslocoPipe,
    ApiErrorAlert,
    FindingsList,
    SavedRepliesPanel,
    PAGE_PIECES,
  ],
})
export class ConversationsPage extends WorkspaceScoped {
  /** `/w/:ws/conversations/:conversationId` (a notification's link) opens that conversation. */
  readonly conversationId = input<string>();

  private readonly ctx = inject(WorkspacePageContext);
  private readonly inbox = inject(InboxApi);
  private readonly live = inject(LiveUpdatesStore);
  private readonly location = inject(Location);
  private readonly store = inject(SavedRepliesStore);
  protected readonly statuses = CONVERSATION_STATUS_VALUES;
  protected readonly lang = this.ctx.language.current;

  protected readonly accountId = signal('');
  protected readonly status = signal<ConversationStatusValue | ''>('open');
  protected readonly assignee = signal<'' | 'me' | 'none'>('');
  protected readonly onlyBreached = signal(false);
  protected readonly query = signal('');
  protected readonly items = signal<ConversationSummaryDto[]>([]);
  /** List loads started: only the latest one's answer is shown (loads may overlap, see loadList). */
  private listLoads = 0;
  protected readonly selectedId = signal<string | null>(null);
  protected readonly conversation = signal<ConversationDto | null>(null);
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly members = signal<MemberDto[]>([]);
  protected readonly saved = this.store.replies;
  protected readonly replyText = signal('');
  protected readonly noteText = signal('');
  protected readonly findings = signal<FindingDto[]>([]);
  protected readonly sent = signal(false);
  protected readonly now = signal(Date.now());
  protected readonly action = new ActionRunner(toApiError);

  protected readonly canWrite = computed(() => this.ctx.session.can(this.workspaceId(), 'posts.write'));
  protected readonly me = computed(() => this.ctx.session.user()?.id ?? null);
  protected readonly handle = computed(() => {
    const id = this.conversation()?.accountId;
    return this.accounts().find((a) => a.id === id)?.handle ?? '';
  });
  protected readonly memberName = (id: string | null) => this.members().find((m) => m.userId === id)?.displayName ?? '';
  protected readonly isBreached = (due: string | null) => breached(due, this.now());

  private readonly replyBox = viewChild<ElementRef<HTMLTextAreaElement>>('replyBox');
  private readonly reloads = new Subject<void>();
  private readonly checks = new Subject<string>();

  constructor() {
    super();
    onChange(this.workspaceId, (ws) => void this.loadWorkspace(ws));
    onChange(this.conversationId, (id) => {
      if (id) void this.open(id);
    });
    onChange(
      () => [this.accountId(), this.status(), this.assignee(), this.onlyBreached(), this.query()],
      () => this.reloads.next(),
    );
    this.reloads.pipe(debounceTime(150), takeUntilDestroyed()).subscribe(() => void this.loadList());
    this.live.conversations$.pipe(takeUntilDestroyed()).subscribe((c) => {
      this.reloads.next();
      if (c.id === this.selectedId()) void this.open(c.id);
    });
    this.live.resync$.pipe(takeUntilDestroyed()).subscribe(() => this.reloads.next());
    this.checks.pipe(debounceTime(300), takeUntilDestroyed()).subscribe((text) => void this.check(text));
  }

  private async loadWorkspace(ws: string): Promise<void> {
    const [accounts, members] = await Promise.all([
      firstValueFrom(this.ctx.accounts.list(ws)),
      firstValueFrom(this.ctx.members.list(ws, { limit: 200 })),
      this.store.load(ws),
    ]);
    this.accounts.set(accounts.items);
    this.members.set(members.items);
  }

  /** A read, never an action: a reload (a live update) must not swallow a key or a click that comes meanwhile. */
  private async loadList(): Promise<void> {
    const load = ++this.listLoads;
    await this.action.read(async () => {
      const page = await firstValueFrom(
        this.inbox.list(this.workspaceId(), {
          accountId: this.accountId() || undefined,
          status: this.status() || undefined,
          assignee: this.assignee() || undefined,
          breached: this.onlyBreached(),
          q: this.query().trim() || undefined,
          limit: 100,
        }),
      );
      if (load !== this.listLoads) return; // a later load is on its way
      this.now.set(Date.now());
      this.items.set(page.items);
    });
  }

  protected async open(id: string): Promise<void> {
    if (id !== this.selectedId()) {
      this.selectedId.set(id);
      this.location.replaceState(`/w/${this.workspaceId()}/conversations/${id}`);
      this.replyText.set('');
      this.findings.set([]);
      this.sent.set(false);
    }
    await this.action.read(async () => {
      const conversation = await firstValueFrom(this.inbox.get(this.workspaceId(), id));
      if (id === this.selectedId()) this.conversation.set(conversation); // not one the user has left meanwhile
    });
  }

  protected typeReply(text: string): void {
    this.replyText.set(text);
    this.sent.set(false);
    this.checks.next(text);
  }

  protected useSaved(id: string): void {
    const r = this.saved().find((s) => s.id === id);
    if (r) this.typeReply(r.text);
  }

  private async check(text: string): Promise<void> {
    const c = this.conversation();
    if (!c || !text.trim()) return this.findings.set([]);
    try {
      const r = await firstValueFrom(
        this.ctx.posts.check(this.workspaceId(), { accountId: c.accountId, segments: [{ text }], kind: 'reply' }),
      );
      if (text === this.replyText()) this.findings.set(r.findings);
    } catch {
      this.findings.set([]);
    }
  }

  protected async sendReply(): Promise<void> {
    const c = this.conversation();
    const text = this.replyText().trim();
    if (!c || !text) return;
    const ok = await this.action.run(() =>
      firstValueFrom(this.inbox.reply(this.workspaceId(), c.id, { text, submit: true })),
    );
    if (ok) {
      this.replyText.set('');
      this.findings.set([]);
      this.sent.set(true);
      await this.open(c.id);
    }
  }

  protected async assign(userId: string | null): Promise<void> {
    const c = this.conversation();
    if (!c) return;
    await this.action.run(async () =>
      this.conversation.set(await firstValueFrom(this.inbox.assign(this.workspaceId(), c.id, userId))),
    );
    this.reloads.next();
  }

  protected async setStatus(status: ConversationStatusValue): Promise<void> {
    const c = this.conversation();
    if (!c) return;
    await this.action.run(async () =>
      this.conversation.set(await firstValueFrom(this.inbox.setStatus(this.workspaceId(), c.id, status))),
    );
    this.reloads.next();
  }

  protected async addNote(): Promise<void> {
    const c = this.conversation();
    const text = this.noteText().trim();
    if (!c || !text) return;
    const ok = await this.action.run(() => firstValueFrom(this.inbox.addNote(this.workspaceId(), c.id, text)));
    if (ok) {
      this.noteText.set('');
      await this.open(c.id);
    }
  }

  protected onKey(e: KeyboardEvent): void {
    const act = inboxKeyAction(e, e.target);
    if (!act) return;
    const list = this.items();
    const index = list.findIndex((c) => c.id === this.selectedId());
    if (act === 'next' || act === 'previous') {
      const next = list[moveIndex(index, act === 'next' ? 1 : -1, list.length)];
      if (next) void this.open(next.id);
    } else if (!this.canWrite() || !this.conversation()) return;
    else if (act === 'done') void this.setStatus('done');
    else if (act === 'assignToMe') void this.assign(this.me());
    else if (act === 'reply') this.replyBox()?.nativeElement.focus();
    e.preventDefault();
  }
}
