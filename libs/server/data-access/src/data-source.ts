import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
  /**
   * Open every connection of the pool at start and never close idle ones (pg closes them after 10 s by default):
   * the scheduler, so that a burst of due posts never waits for connections.
   */
  keepPoolOpen?: boolean;
}

export const DEFAULT_POOL_SIZE = 10;

/** The one way to reach the database: TypeORM on `pg`, committed migrations, never `synchronize`. */
export function dataSourceOptions({
  url,
  poolSize = DEFAULT_POOL_SIZE,
  applicationName = 'x-publisher',
  keepPoolOpen = false,
}: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    logging: false,
    applicationName,
    extra: { max: poolSize, ...(keepPoolOpen ? { idleTimeoutMillis: 0 } : {}) },
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}
