import { AccountEntity, OAuthStateEntity } from './account.entity';
import { AUDIT_ENTITIES } from './audit.entity';
import { NOTIFICATION_ENTITIES } from './notification.entity';
import { RECRUITING_ENTITIES } from './recruiting.entity';
import {
  ApprovalEntity,
  CharterEntity,
  HoldEntity,
  MediaEntity,
  PostCommentEntity,
  PostEntity,
  PublishAttemptEntity,
  PostRevisionEntity,
} from './post.entity';
import {
  AccessTokenEntity,
  BrandEntity,
  EmailOutboxEntity,
  InvitationEntity,
  MembershipEntity,
  UserEntity,
  WorkspaceEntity,
} from './identity.entity';

export * from './identity.entity';
export * from './account.entity';
export * from './post.entity';
export * from './audit.entity';
export * from './notification.entity';
export * from './recruiting.entity';

export const ENTITIES = [
  UserEntity,
  WorkspaceEntity,
  MembershipEntity,
  InvitationEntity,
  AccessTokenEntity,
  BrandEntity,
  EmailOutboxEntity,
  AccountEntity,
  OAuthStateEntity,
  PostEntity,
  PostRevisionEntity,
  ApprovalEntity,
  PostCommentEntity,
  PublishAttemptEntity,
  HoldEntity,
  CharterEntity,
  MediaEntity,
  ...AUDIT_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...RECRUITING_ENTITIES,
];
