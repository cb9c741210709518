// Connected X accounts: contracts of the public REST API, shared by the web app and the server.
import * as z from 'zod';
import { component, isoDateTime, pageOf, versionNumber } from './common';

export const ACCOUNT_STATUS_VALUES = ['connected', 'needs_reauth', 'disconnected'] as const;
export const RATE_LIMIT_TIER_VALUES = ['free', 'basic', 'pro', 'ppu'] as const;
export const APPROVER_ROLES = ['owner', 'admin', 'manager', 'editor'] as const;

const brandId = () => z.uuid({ error: 'must be a brand id' });

/** Who must approve a reply written in the inbox: nobody (`none`, trusted agents) or a manager (`manager`). */
export const REPLY_APPROVAL_VALUES = ['none', 'manager'] as const;
export type ReplyApprovalValue = (typeof REPLY_APPROVAL_VALUES)[number];
/** Bounds of the first-response target of an account's inbox, in minutes (default 60). */
export const FIRST_RESPONSE_MINUTES = { min: 5, max: 10080, default: 60 } as const;

export const ApprovalPolicySchema = z
  .object({
    requiredApprovals: z.union([z.literal(0), z.literal(1), z.literal(2)]),
    approverRoles: z.array(z.enum(APPROVER_ROLES)).max(4),
  })
  .strict()
  .meta({ id: 'ApprovalPolicy' });

export const PostingSlotSchema = z
  .object({
    /** ISO weekday, 1 = Monday. */
    weekday: z.number().int().min(1).max(7),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 09:30'),
  })
  .strict()
  .meta({ id: 'PostingSlot' });

export const AccountSchema = component('Account', {
  id: z.string(),
  brandId: z.string(),
  xUserId: z.string(),
  handle: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  status: z.enum(ACCOUNT_STATUS_VALUES),
  timezone: z.string(),
  approvalPolicy: ApprovalPolicySchema,
  postingSlots: z.array(PostingSlotSchema),
  rateLimitTier: z.enum(RATE_LIMIT_TIER_VALUES),
  longPosts: z.boolean(),
  /** The approval policy of replies written in the inbox. */
  replyApproval: z.enum(REPLY_APPROVAL_VALUES),
  /** The inbox's first-response target: a customer's message should be answered within this many minutes. */
  firstResponseMinutes: z.number().int(),
  tokenExpiresAt: isoDateTime().nullable(),
  version: z.number().int(),
  createdAt: isoDateTime(),
});
export type AccountDto = z.infer<typeof AccountSchema>;
export const AccountPageSchema = pageOf(AccountSchema, 'AccountPage');

export const ConnectAccountRequestSchema = z.object({ brandId: brandId() }).strict();
export type ConnectAccountRequest = z.infer<typeof ConnectAccountRequestSchema>;

export const ConnectAccountResponseSchema = component('ConnectAccountResponse', {
  /** Send the browser there; X redirects back to /api/oauth/x/callback. */
  authorizeUrl: z.string(),
});
export type ConnectAccountResponse = z.infer<typeof ConnectAccountResponseSchema>;

export const UpdateAccountRequestSchema = z
  .object({
    brandId: brandId().optional(),
    timezone: z.string().max(64).optional(),
    approvalPolicy: ApprovalPolicySchema.optional(),
    postingSlots: z.array(PostingSlotSchema).max(100).optional(),
    rateLimitTier: z.enum(RATE_LIMIT_TIER_VALUES).optional(),
    longPosts: z.boolean().optional(),
    replyApproval: z.enum(REPLY_APPROVAL_VALUES).optional(),
    firstResponseMinutes: z.number().int().min(FIRST_RESPONSE_MINUTES.min).max(FIRST_RESPONSE_MINUTES.max).optional(),
    version: versionNumber(),
  })
  .strict();
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequestSchema>;
