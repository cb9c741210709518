import { ACCOUNT_ENTITIES } from './account.entity';
import { AUDIT_ENTITIES } from './audit.entity';
import { IDENTITY_ENTITIES } from './identity.entity';
import { NOTIFICATION_ENTITIES } from './notification.entity';
import { POST_ENTITIES } from './post.entity';
import { RECRUITING_ENTITIES } from './recruiting.entity';
import { INBOX_ENTITIES } from './inbox.entity';

export * from './identity.entity';
export * from './account.entity';
export * from './post.entity';
export * from './audit.entity';
export * from './notification.entity';
export * from './recruiting.entity';
export * from './inbox.entity';

export const ENTITIES = [
  ...IDENTITY_ENTITIES,
  ...ACCOUNT_ENTITIES,
  ...POST_ENTITIES,
  ...AUDIT_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...RECRUITING_ENTITIES,
  ...INBOX_ENTITIES,
];
