import { getMetadataArgsStorage } from 'typeorm';
import * as account from './account.entity';
import * as audit from './audit.entity';
import * as identity from './identity.entity';
import * as inbox from './inbox.entity';
import * as notification from './notification.entity';
import * as post from './post.entity';
import * as recruiting from './recruiting.entity';

export * from './identity.entity';
export * from './account.entity';
export * from './post.entity';
export * from './audit.entity';
export * from './notification.entity';
export * from './recruiting.entity';
export * from './inbox.entity';

const tables = new Set(getMetadataArgsStorage().tables.map((t) => t.target));

/** Every class the entity files declare with @Entity (not their abstract column groups): nothing to list by hand. */
export const ENTITIES = [identity, account, post, audit, notification, recruiting, inbox]
  .flatMap((m) => Object.values(m))
  .filter((v): v is new () => unknown => tables.has(v));
