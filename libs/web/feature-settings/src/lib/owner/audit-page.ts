import { WorkspacePage } from '@xp/web/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AUDIT_SUBJECT_TYPES, type MemberDto } from '@xp/shared';
import {
  AuditApi,
  type AuditCheckpointDto,
  type AuditEventDto,
  type AuditFilter,
  type AuditVerifyDto,
} from '@xp/web/data-access';
import { FORM_PIECES, PAGE_PIECES } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '@xp/web/common';
import { dayBound } from './audit-filter';

/** The subject types of the audit trail (the API's own list; this page is loaded lazily). */
const SUBJECT_TYPES: readonly string[] = AUDIT_SUBJECT_TYPES;
/** The actions the trail names in words (fr/en `audit.actions.*`); another one shows as its code. */
const NAMED_ACTIONS: ReadonlySet<string> = new Set([
  'account.connected',
  'account.disconnected',
  'account.reconnected',
  'account.updated',
  'charter.updated',
  'hold.exploded',
  'hold.placed',
  'hold.released',
  'invitation.accepted',
  'invitation.created',
  'invitation.revoked',
  'job_offer.closed',
  'job_offer.created',
  'media.deleted',
  'member.left',
  'member.removed',
  'member.role_changed',
  'member.updated',
  'post.approved',
  'post.changes_requested',
  'post.commented',
  'post.created',
  'post.deferred',
  'post.failed',
  'post.media_alt_text_changed',
  'post.missed',
  'post.published',
  'post.submitted',
  'post.tweet_deleted',
  'post.unconfirmed',
]);

/**
 * `/w/:ws/audit`: the workspace's audit trail (owners, admins, managers) — filters by action, actor and days, the
 * CSV export of the same filters, and the chain's verification with its latest signed checkpoints.
 */
@Component({
  selector: 'xp-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-page.html',
  styleUrl: './owner-tools.css',
  imports: [TranslocoPipe, ApiErrorAlert, FORM_PIECES, PAGE_PIECES],
})
export class AuditPage extends WorkspacePage {
  private readonly api = inject(AuditApi);

  protected readonly events = signal<AuditEventDto[]>([]);
  protected readonly members = signal<MemberDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  /** The action filter, as typed. */
  protected readonly actionFilter = signal('');
  protected readonly actorId = signal('');
  protected readonly fromDay = signal('');
  protected readonly toDay = signal('');
  /** The filters of the list on screen (the export link follows them). */
  protected readonly applied = signal<AuditFilter>({});
  protected readonly verdict = signal<AuditVerifyDto | null>(null);
  protected readonly checkpoints = signal<AuditCheckpointDto[]>([]);
  protected readonly columns = ['audit.at', 'audit.actor', 'audit.action', 'audit.subject'];
  protected readonly exportUrl = computed(() => this.api.exportUrl(this.workspaceId(), this.applied()));

  /** The translation key of a subject type (a type the screen does not know shows as it is). */
  protected subjectLabel(type: string): string {
    return SUBJECT_TYPES.includes(type) ? `audit.subjects.${type}` : type;
  }

  /** The translation key of an action, or null for one the screen does not know (shown as its code). */
  protected actionLabel(action: string): string | null {
    return NAMED_ACTIONS.has(action) ? `audit.actions.${action}` : null;
  }

  protected actorName(id: string | null): string {
    if (!id) return '';
    return this.members().find((m) => m.userId === id)?.displayName ?? id.slice(0, 8);
  }

  protected date(iso: string): string {
    return new Intl.DateTimeFormat(this.ctx.language.current(), { dateStyle: 'medium', timeStyle: 'medium' }).format(
      new Date(iso),
    );
  }

  protected async search(event: Event): Promise<void> {
    event.preventDefault();
    const filter: AuditFilter = {
      action: this.actionFilter().trim() || undefined,
      actorId: this.actorId() || undefined,
      from: dayBound(this.fromDay(), false),
      to: dayBound(this.toDay(), true),
    };
    await this.fetch(filter, null);
  }

  protected async more(): Promise<void> {
    await this.fetch(this.applied(), this.nextCursor());
  }

  protected async verify(): Promise<void> {
    this.verdict.set(null);
    await this.action.run(async () => {
      const ws = this.workspaceId();
      const [verdict, checkpoints] = await Promise.all([
        firstValueFrom(this.api.verify(ws)),
        firstValueFrom(this.api.checkpoints(ws)),
      ]);
      this.verdict.set(verdict);
      this.checkpoints.set(checkpoints.items);
    });
  }

  protected async load(ws: string): Promise<void> {
    this.verdict.set(null);
    this.checkpoints.set([]);
    await this.fetch({}, null);
    try {
      this.members.set((await firstValueFrom(this.ctx.members.list(ws, { limit: 200 }))).items);
    } catch {
      // Without the member list, actors show by id and the actor filter only offers "anyone".
    }
  }

  private async fetch(filter: AuditFilter, cursor: string | null): Promise<void> {
    await this.action.run(async () => {
      try {
        const page = await firstValueFrom(this.api.list(this.workspaceId(), filter, cursor));
        this.applied.set(filter);
        this.events.update((list) => (cursor ? [...list, ...page.items] : page.items));
        this.nextCursor.set(page.nextCursor);
      } finally {
        this.loaded.set(true);
      }
    });
  }
}
