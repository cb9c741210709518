import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { UnitOfWork } from '@xp/server/application';

/** The transaction the current async context runs in, and what waits for its commit. */
interface Tx {
  manager: EntityManager;
  afterCommit: (() => Promise<void>)[];
}

/**
 * Transactions without passing managers around: `run(fn)` opens one (or joins the current one) and every
 * repository method called inside uses it, through AsyncLocalStorage. `afterCommit` defers what cannot be rolled
 * back (an SMTP delivery) until the outermost transaction commits.
 */
@Injectable()
export class TransactionHost extends UnitOfWork {
  private readonly logger = new Logger('TransactionHost');
  private readonly als = new AsyncLocalStorage<Tx>();

  constructor(readonly dataSource: DataSource) {
    super();
  }

  get manager(): EntityManager {
    return this.als.getStore()?.manager ?? this.dataSource.manager;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * `UPDATE … SET set WHERE where` (SQL with `:named` parameters) in the current transaction: how many rows changed
   * (a conditional update, e.g. `version = :version` or `revoked_at IS NULL`, tells a race from a success by it).
   */
  async update<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    set: QueryDeepPartialEntity<T>,
    where: string,
    params: ObjectLiteral,
  ): Promise<number> {
    const res = await this.repo(entity).createQueryBuilder().update().set(set).where(where, params).execute();
    return res.affected ?? 0;
  }

  /** `update` of one row, as a transition (accept, revoke, use once): true when that row matched and changed. */
  async updateOne<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    set: QueryDeepPartialEntity<T>,
    where: string,
    params: ObjectLiteral,
  ): Promise<boolean> {
    return (await this.update(entity, set, where, params)) === 1;
  }

  /** Raw SQL in the current transaction (outside one, on its own): its rows. */
  rows<T>(sql: string, params: unknown[]): Promise<T[]> {
    return queryRows<T>(this.manager, sql, params);
  }

  private readonly statementNames = new Map<string, string>();

  /**
   * Raw SQL of a hot path (the scheduler's claim, wake-up and completion statements), sent as a named prepared
   * statement straight to pg: PostgreSQL parses it once per connection (and may keep a generic plan), and TypeORM's
   * query path is skipped. In the current transaction when there is one. Only for constant SQL texts: each distinct
   * text is one statement per pooled connection.
   */
  async prepared<T>(sql: string, params: unknown[]): Promise<T[]> {
    let name = this.statementNames.get(sql);
    if (!name) {
      name = `xp_${this.statementNames.size + 1}`;
      this.statementNames.set(sql, name);
    }
    const tx = this.als.getStore();
    const client = tx
      ? (tx.manager.queryRunner as unknown as { databaseConnection: PoolClient } | undefined)?.databaseConnection
      : ((this.dataSource.driver as unknown as { master: Pool }).master as Pool | undefined);
    if (!client) return this.rows<T>(sql, params);
    const r = await client.query({ name, text: sql, values: params });
    return r.rows as T[];
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.als.getStore()) return fn();
    const afterCommit: Tx['afterCommit'] = [];
    const result = await this.dataSource.transaction((manager) => this.als.run({ manager, afterCommit }, fn));
    for (const task of afterCommit) {
      await task().catch((e: unknown) =>
        this.logger.error(`after-commit task failed: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
    return result;
  }

  /** Runs `task` once the current transaction has committed (never if it rolls back); at once outside one. */
  async afterCommit(task: () => Promise<void>): Promise<void> {
    const tx = this.als.getStore();
    if (tx) tx.afterCommit.push(task);
    else await task();
  }
}

/** Postgres unique_violation. */
export function isUniqueViolation(e: unknown): boolean {
  return (
    typeof e === 'object' && e !== null && (e as { driverError?: { code?: string } }).driverError?.code === '23505'
  );
}

/** The rows of a query; UPDATE … RETURNING through TypeORM's query() answers [rows, count]. */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const res = (await manager.query(sql, params)) as unknown;
  if (Array.isArray(res) && res.length === 2 && Array.isArray(res[0]) && typeof res[1] === 'number')
    return res[0] as T[];
  return res as T[];
}
