import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import { UnitOfWork } from '@xp/server/application';

/**
 * Transactions without passing managers around: `run(fn)` opens one (or joins the current one) and every
 * repository method called inside uses it, through AsyncLocalStorage.
 */
@Injectable()
export class TransactionHost extends UnitOfWork {
  private readonly als = new AsyncLocalStorage<EntityManager>();

  constructor(readonly dataSource: DataSource) {
    super();
  }

  get manager(): EntityManager {
    return this.als.getStore() ?? this.dataSource.manager;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.als.getStore()) return fn();
    return this.dataSource.transaction((em) => this.als.run(em, fn));
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
