import { Injectable } from '@nestjs/common';
import type { Role } from '@xp/shared';
import {
  AccessTokenRepository,
  BrandRepository,
  InvitationRepository,
  MembershipRepository,
  OutboxRepository,
  PendingRegistrationRepository,
  SessionRevoker,
  UserRepository,
  WorkspaceRepository,
  type AccessTokenRecord,
  type BrandPatch,
  type BrandRecord,
  type InvitationRecord,
  type MembershipRecord,
  type MemberView,
  type OutboxRecord,
  type PageRequest,
  type PageResult,
  type PendingRegistrationRecord,
  type UserRecord,
  type WorkspaceRecord,
} from '@xp/server/application';
import {
  AccessTokenEntity,
  BrandEntity,
  EmailOutboxEntity,
  InvitationEntity,
  MembershipEntity,
  PendingRegistrationEntity,
  UserEntity,
  WorkspaceEntity,
} from '../entities';
import { creationPage } from './creation-page';
import { keyset, keysetPage, toPage } from './paging';
import { camelRow, fields, pick } from './record-fields';
import { isUniqueViolation, TransactionHost } from './transaction-host';

@Injectable()
export class TypeormUserRepository extends UserRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  findById(id: string): Promise<UserRecord | null> {
    return this.tx.repo(UserEntity).findOneBy({ id });
  }
  findByEmail(email: string): Promise<UserRecord | null> {
    return this.tx.repo(UserEntity).findOneBy({ email });
  }
  async insert(user: Omit<UserRecord, 'id'>): Promise<UserRecord | null> {
    const res = await this.tx
      .repo(UserEntity)
      .createQueryBuilder()
      .insert()
      .values(user)
      .orIgnore()
      .returning('*')
      .execute();
    const row = (res.raw as Record<string, unknown>[])[0];
    return row ? this.tx.repo(UserEntity).findOneBy({ id: row['id'] as string }) : null;
  }
  async updatePassword(id: string, passwordHash: string, at: Date): Promise<void> {
    await this.tx.repo(UserEntity).update({ id }, { passwordHash, passwordChangedAt: at });
  }
}

@Injectable()
export class TypeormWorkspaceRepository extends WorkspaceRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  insert(ws: Omit<WorkspaceRecord, 'id' | 'version'>): Promise<WorkspaceRecord> {
    return this.tx.repo(WorkspaceEntity).save(this.tx.repo(WorkspaceEntity).create({ ...ws, version: 1 }));
  }
  findById(id: string): Promise<WorkspaceRecord | null> {
    return this.tx.repo(WorkspaceEntity).findOneBy({ id });
  }
  async update(id: string, version: number, patch: { name?: string }, at: Date): Promise<WorkspaceRecord | null> {
    const changed = await this.tx.update(
      WorkspaceEntity,
      { ...(patch.name !== undefined ? { name: patch.name } : {}), updatedAt: at, version: () => 'version + 1' },
      'id = :id AND version = :version',
      { id, version },
    );
    return changed ? this.findById(id) : null;
  }
  async listForUser(userId: string, page: PageRequest): Promise<PageResult<WorkspaceRecord & { role: Role }>> {
    const k = keyset(page, 'w.created_at', 'w.id');
    const rows = await this.tx
      .repo(WorkspaceEntity)
      .createQueryBuilder('w')
      .innerJoin(MembershipEntity, 'm', 'm.workspace_id = w.id AND m.user_id = :userId', { userId })
      .addSelect('m.role', 'm_role')
      .where(k.where, k.params)
      .orderBy('w.created_at', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(page.limit + 1)
      .getRawAndEntities();
    const items = rows.entities.map((w, i) => ({ ...w, role: (rows.raw[i] as { m_role: Role }).m_role }));
    return toPage(items, page, (w) => [w.createdAt, w.id]);
  }
}

@Injectable()
export class TypeormMembershipRepository extends MembershipRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  /** Asked on every workspace route (guard, then service): plain SQL, the query builder costs more than the query. */
  async find(workspaceId: string, userId: string): Promise<MembershipRecord | null> {
    const rows: {
      workspace_id: string;
      user_id: string;
      role: Role;
      account_ids: string[] | null;
      version: number;
      created_at: Date;
    }[] = await this.tx.prepared(
      'SELECT workspace_id, user_id, role, account_ids, version, created_at FROM memberships WHERE workspace_id = $1 AND user_id = $2',
      [workspaceId, userId],
    );
    return rows[0] ? camelRow(rows[0]) : null;
  }
  async findView(workspaceId: string, userId: string): Promise<MemberView | null> {
    const m = await this.tx
      .repo(MembershipEntity)
      .findOne({ where: { workspaceId, userId }, relations: { user: true } });
    return m ? view(m) : null;
  }
  async list(workspaceId: string, page: PageRequest): Promise<PageResult<MemberView>> {
    const res = await keysetPage(
      this.tx
        .repo(MembershipEntity)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.user', 'u')
        .where('m.workspace_id = :workspaceId', { workspaceId }),
      page,
      ['m.created_at', 'm.user_id'],
      (m) => [m.createdAt, m.userId],
    );
    return { items: res.items.map(view), nextCursor: res.nextCursor };
  }
  async insert(m: Omit<MembershipRecord, 'version'>): Promise<boolean> {
    const res = await this.tx
      .repo(MembershipEntity)
      .createQueryBuilder()
      .insert()
      .values({ ...m, version: 1 })
      .orIgnore()
      .returning('user_id')
      .execute();
    return (res.raw as unknown[]).length > 0;
  }
  async update(
    workspaceId: string,
    userId: string,
    version: number,
    patch: { role?: Role; accountIds?: string[] | null },
  ): Promise<MembershipRecord | null> {
    const set: Partial<MembershipEntity> = {};
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.accountIds !== undefined) set.accountIds = patch.accountIds;
    const changed = await this.tx.update(
      MembershipEntity,
      { ...set, version: () => 'version + 1' },
      'workspace_id = :workspaceId AND user_id = :userId AND version = :version',
      { workspaceId, userId, version },
    );
    return changed ? this.find(workspaceId, userId) : null;
  }
  async delete(workspaceId: string, userId: string): Promise<boolean> {
    const res = await this.tx.repo(MembershipEntity).delete({ workspaceId, userId });
    return !!res.affected;
  }
  async countOwnersForUpdate(workspaceId: string): Promise<number> {
    const rows: unknown[] = await this.tx.manager.query(
      `SELECT user_id FROM memberships WHERE workspace_id = $1 AND role = 'owner' FOR UPDATE`,
      [workspaceId],
    );
    return rows.length;
  }
}

const MEMBERSHIP_FIELDS = fields('workspaceId userId role accountIds version createdAt');

function view(m: MembershipEntity): MemberView {
  return { ...pick(m, MEMBERSHIP_FIELDS), email: m.user?.email ?? '', displayName: m.user?.displayName ?? '' };
}

@Injectable()
export class TypeormInvitationRepository extends InvitationRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  insert(inv: Omit<InvitationRecord, 'id' | 'acceptedAt' | 'acceptedById' | 'revokedAt'>): Promise<InvitationRecord> {
    const repo = this.tx.repo(InvitationEntity);
    return repo.save(repo.create({ ...inv, acceptedAt: null, acceptedById: null, revokedAt: null }));
  }
  findByTokenHash(tokenHash: string): Promise<InvitationRecord | null> {
    return this.tx.repo(InvitationEntity).findOneBy({ tokenHash });
  }
  findById(id: string): Promise<InvitationRecord | null> {
    return this.tx.repo(InvitationEntity).findOneBy({ id });
  }
  async listPending(workspaceId: string, now: Date, page: PageRequest): Promise<PageResult<InvitationRecord>> {
    const qb = this.tx
      .repo(InvitationEntity)
      .createQueryBuilder('i')
      .where(
        'i.workspace_id = :workspaceId AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now',
        { workspaceId, now },
      );
    return creationPage(qb, page);
  }
  async markAccepted(id: string, userId: string, now: Date): Promise<boolean> {
    return this.tx.updateOne(
      InvitationEntity,
      { acceptedAt: now, acceptedById: userId },
      'id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now',
      { id, now },
    );
  }
  async revoke(workspaceId: string, id: string, now: Date): Promise<boolean> {
    return this.tx.updateOne(
      InvitationEntity,
      { revokedAt: now },
      'id = :id AND workspace_id = :workspaceId AND accepted_at IS NULL AND revoked_at IS NULL',
      { id, workspaceId },
    );
  }
}

@Injectable()
export class TypeormBrandRepository extends BrandRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  async list(workspaceId: string, page: PageRequest): Promise<PageResult<BrandRecord>> {
    return creationPage(
      this.tx.repo(BrandEntity).createQueryBuilder('b').where('b.workspace_id = :workspaceId', { workspaceId }),
      page,
    );
  }
  find(workspaceId: string, id: string): Promise<BrandRecord | null> {
    return this.tx.repo(BrandEntity).findOneBy({ workspaceId, id });
  }
  async insert(b: Omit<BrandRecord, 'id' | 'version'>): Promise<BrandRecord | null> {
    try {
      const repo = this.tx.repo(BrandEntity);
      return await repo.save(repo.create({ ...b, version: 1 }));
    } catch (e) {
      if (isUniqueViolation(e)) return null;
      throw e;
    }
  }
  async update(
    workspaceId: string,
    id: string,
    version: number,
    patch: BrandPatch,
    at: Date,
  ): Promise<BrandRecord | 'stale' | 'duplicate' | null> {
    const set: Partial<BrandEntity> = { updatedAt: at };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.color !== undefined) set.color = patch.color;
    try {
      const changed = await this.tx.update(
        BrandEntity,
        { ...set, version: () => 'version + 1' },
        'id = :id AND workspace_id = :workspaceId AND version = :version',
        { id, workspaceId, version },
      );
      if (changed) return this.find(workspaceId, id);
    } catch (e) {
      if (isUniqueViolation(e)) return 'duplicate';
      throw e;
    }
    return (await this.find(workspaceId, id)) ? 'stale' : null;
  }
  async delete(workspaceId: string, id: string): Promise<boolean> {
    return !!(await this.tx.repo(BrandEntity).delete({ workspaceId, id })).affected;
  }
}

@Injectable()
export class TypeormAccessTokenRepository extends AccessTokenRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  insert(t: Omit<AccessTokenRecord, 'id' | 'lastUsedAt' | 'revokedAt'>): Promise<AccessTokenRecord> {
    const repo = this.tx.repo(AccessTokenEntity);
    return repo.save(repo.create({ ...t, lastUsedAt: null, revokedAt: null }));
  }
  async listForUser(userId: string, page: PageRequest): Promise<PageResult<AccessTokenRecord>> {
    return creationPage(
      this.tx
        .repo(AccessTokenEntity)
        .createQueryBuilder('t')
        .where('t.user_id = :userId AND t.revoked_at IS NULL', { userId }),
      page,
    );
  }
  /** Asked on every request made with a bearer token: plain SQL. */
  async findActiveByHash(tokenHash: string, now: Date): Promise<AccessTokenRecord | null> {
    const rows: {
      id: string;
      user_id: string;
      name: string;
      token_hash: string;
      prefix: string;
      created_at: Date;
      last_used_at: Date | null;
      expires_at: Date | null;
      revoked_at: Date | null;
    }[] = await this.tx.prepared(
      `SELECT id, user_id, name, token_hash, prefix, created_at, last_used_at, expires_at, revoked_at FROM access_tokens
        WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [tokenHash, now],
    );
    return rows[0] ? camelRow(rows[0]) : null;
  }
  async revoke(userId: string, id: string, now: Date): Promise<boolean> {
    return this.tx.updateOne(
      AccessTokenEntity,
      { revokedAt: now },
      'id = :id AND user_id = :userId AND revoked_at IS NULL',
      { id, userId },
    );
  }
  async revokeAllForUser(userId: string, now: Date): Promise<number> {
    return this.tx.update(AccessTokenEntity, { revokedAt: now }, 'user_id = :userId AND revoked_at IS NULL', {
      userId,
    });
  }
  async touch(id: string, now: Date): Promise<void> {
    await this.tx.repo(AccessTokenEntity).update({ id }, { lastUsedAt: now });
  }
}

@Injectable()
export class TypeormPendingRegistrationRepository extends PendingRegistrationRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  insert(r: Omit<PendingRegistrationRecord, 'id' | 'usedAt'>): Promise<PendingRegistrationRecord> {
    const repo = this.tx.repo(PendingRegistrationEntity);
    return repo.save(repo.create({ ...r, usedAt: null }));
  }
  findByTokenHash(tokenHash: string): Promise<PendingRegistrationRecord | null> {
    return this.tx.repo(PendingRegistrationEntity).findOneBy({ tokenHash });
  }
  async markUsed(id: string, now: Date): Promise<boolean> {
    return this.tx.updateOne(
      PendingRegistrationEntity,
      { usedAt: now },
      'id = :id AND used_at IS NULL AND expires_at > :now',
      { id, now },
    );
  }
}

@Injectable()
export class TypeormOutboxRepository extends OutboxRepository {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  insert(m: Omit<OutboxRecord, 'id'>): Promise<OutboxRecord> {
    const repo = this.tx.repo(EmailOutboxEntity);
    return repo.save(repo.create(m));
  }
  /** Newest first: the owner opens the outbox to read what was just sent. */
  async list(workspaceId: string, page: PageRequest): Promise<PageResult<OutboxRecord>> {
    return creationPage(
      this.tx.repo(EmailOutboxEntity).createQueryBuilder('o').where('o.workspace_id = :workspaceId', { workspaceId }),
      page,
      'DESC',
    );
  }
}

@Injectable()
export class PgSessionRevoker extends SessionRevoker {
  constructor(private readonly tx: TransactionHost) {
    super();
  }
  async revokeAllForUser(userId: string, exceptSessionId?: string): Promise<number> {
    const res: [unknown[], number] = await this.tx.manager.query(
      `DELETE FROM http_sessions WHERE (sess -> 'passport' ->> 'user') = $1 AND sid <> $2`,
      [userId, exceptSessionId ?? ''],
    );
    return res[1];
  }
}
