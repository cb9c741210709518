import type {
  AccessTokenRecord,
  BrandRecord,
  InvitationRecord,
  MemberView,
  OutboxRecord,
  PageResult,
  UserRecord,
  WorkspaceRecord,
} from '@xp/server/application';
import type {
  AccessTokenDto,
  BrandDto,
  InvitationDto,
  MemberDto,
  OutboxMessageDto,
  Page,
  Role,
  UserDto,
  WorkspaceDto,
} from '@xp/shared';

export const iso = (d: Date) => d.toISOString();
export const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** The named fields of a record, and only them (a wire shape whose fields the record has as they are). */
export function pick<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Pick<T, K>;
}

export function page<R, D>(p: PageResult<R>, map: (r: R) => D): Page<D> {
  return { items: p.items.map(map), nextCursor: p.nextCursor };
}

export const toUser = (u: UserRecord): UserDto => ({
  id: u.id,
  email: u.email,
  displayName: u.displayName,
  locale: u.locale,
  createdAt: iso(u.createdAt),
});

export const toWorkspace = (w: WorkspaceRecord & { role: Role }): WorkspaceDto => ({
  id: w.id,
  name: w.name,
  version: w.version,
  createdAt: iso(w.createdAt),
  role: w.role,
});

export const toMember = (m: MemberView): MemberDto => ({
  userId: m.userId,
  email: m.email,
  displayName: m.displayName,
  role: m.role,
  accountIds: m.accountIds,
  version: m.version,
  joinedAt: iso(m.createdAt),
});

export const toInvitation = (i: InvitationRecord, link?: string): InvitationDto => ({
  id: i.id,
  email: i.email,
  role: i.role,
  accountIds: i.accountIds,
  expiresAt: iso(i.expiresAt),
  acceptedAt: isoOrNull(i.acceptedAt),
  createdAt: iso(i.createdAt),
  ...(link ? { link } : {}),
});

export const toToken = (t: AccessTokenRecord): AccessTokenDto => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: iso(t.createdAt),
  lastUsedAt: isoOrNull(t.lastUsedAt),
  expiresAt: isoOrNull(t.expiresAt),
});

export const toBrand = (b: BrandRecord): BrandDto => ({
  id: b.id,
  name: b.name,
  color: b.color,
  version: b.version,
  createdAt: iso(b.createdAt),
});

export const toOutbox = (o: OutboxRecord): OutboxMessageDto => ({
  id: o.id,
  to: o.to,
  subject: o.subject,
  text: o.text,
  status: o.status,
  createdAt: iso(o.createdAt),
});

export const pageRequest = (q: { limit?: number; cursor?: string }) => ({ limit: q.limit ?? 50, cursor: q.cursor });
