// People, sessions, workspaces, members, invitations, access tokens, brands and the mail outbox:
// contracts of the public REST API, shared by the web app and the server.
import * as z from 'zod';
import { accountScope, component, humanName, isoDateTime, pageOf, versionNumber } from './common';
import { namedRow, versionedRow } from './fields';

export const ROLES = ['owner', 'admin', 'manager', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const email = () => z.email({ error: 'must be a valid email address' }).max(254);
const secret = () => z.string().max(128);
const colour = () =>
  z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1a2b3c')
    .nullable();
/** The version you read; a stale one answers 409. */
const version = versionNumber;

// ---- requests

export const RegisterRequestSchema = z
  .object({
    email: email(),
    password: secret(),
    displayName: humanName(),
    /** Name of the first workspace; defaults to "<displayName>'s workspace". */
    workspaceName: humanName().optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();
export type RegisterRequest = z.infer<typeof RegisterRequestSchema>;

/** The token of the link a sign-up confirmation e-mail carries (REGISTRATION_VERIFY_EMAIL). */
export const ConfirmRegistrationRequestSchema = z.object({ token: z.string().max(200) }).strict();
export type ConfirmRegistrationRequest = z.infer<typeof ConfirmRegistrationRequestSchema>;

export const LoginRequestSchema = z.object({ email: z.string().max(254), password: secret() }).strict();
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const ChangePasswordRequestSchema = z.object({ currentPassword: secret(), newPassword: secret() }).strict();
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;

export const CreateTokenRequestSchema = z
  .object({
    name: humanName(),
    /** Days until expiry; none: no expiry. */
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();
export type CreateTokenRequest = z.infer<typeof CreateTokenRequestSchema>;

export const CreateWorkspaceRequestSchema = z.object({ name: humanName() }).strict();
export type CreateWorkspaceRequest = z.infer<typeof CreateWorkspaceRequestSchema>;

export const UpdateWorkspaceRequestSchema = z.object({ name: humanName().optional(), version: version() }).strict();
export type UpdateWorkspaceRequest = z.infer<typeof UpdateWorkspaceRequestSchema>;

export const UpdateMemberRequestSchema = z
  .object({ role: z.enum(ROLES).optional(), accountIds: accountScope().optional(), version: version() })
  .strict();
export type UpdateMemberRequest = z.infer<typeof UpdateMemberRequestSchema>;

export const CreateInvitationRequestSchema = z
  .object({ email: email(), role: z.enum(ROLES), accountIds: accountScope().optional() })
  .strict();
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequestSchema>;

/** Accepting an invitation: signed-in users accept as themselves; others create their user here. */
export const AcceptInvitationRequestSchema = z
  .object({ displayName: humanName().optional(), password: secret().optional() })
  .strict();
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequestSchema>;

export const CreateBrandRequestSchema = z.object({ name: humanName(), color: colour().optional() }).strict();
export type CreateBrandRequest = z.infer<typeof CreateBrandRequestSchema>;

export const UpdateBrandRequestSchema = z
  .object({ name: humanName().optional(), color: colour().optional(), version: version() })
  .strict();
export type UpdateBrandRequest = z.infer<typeof UpdateBrandRequestSchema>;

// ---- responses

/** Who a person is, as members see them. */
const person = { email: z.string(), displayName: z.string() };
/** What a member may do: a role, and the accounts it covers (null: every account of the workspace). */
const access = { role: z.enum(ROLES), accountIds: z.array(z.string()).nullable() };

export const UserSchema = component('User', {
  id: z.string(),
  ...person,
  locale: z.enum(LOCALES),
  createdAt: isoDateTime(),
});
export type UserDto = z.infer<typeof UserSchema>;

export const WorkspaceSummarySchema = component('WorkspaceSummary', { ...namedRow, role: z.enum(ROLES) });
export type WorkspaceSummaryDto = z.infer<typeof WorkspaceSummarySchema>;

export const MeResponseSchema = component('Me', {
  user: UserSchema,
  workspaces: z.array(WorkspaceSummarySchema),
  /** Send back as the `x-csrf-token` header on every state-changing request made with the session cookie. */
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const CsrfResponseSchema = component('Csrf', { csrfToken: z.string() });
export type CsrfResponse = z.infer<typeof CsrfResponseSchema>;

export const WorkspaceSchema = component('Workspace', {
  ...namedRow,
  ...versionedRow,
  /** The caller's role in it. */
  role: z.enum(ROLES),
});
export type WorkspaceDto = z.infer<typeof WorkspaceSchema>;
export const WorkspacePageSchema = pageOf(WorkspaceSchema, 'WorkspacePage');

export const MemberSchema = component('Member', {
  userId: z.string(),
  ...person,
  ...access,
  version: z.int(),
  joinedAt: isoDateTime(),
});
export type MemberDto = z.infer<typeof MemberSchema>;
export const MemberPageSchema = pageOf(MemberSchema, 'MemberPage');

export const InvitationSchema = component('Invitation', {
  id: z.string(),
  email: z.string(),
  ...access,
  expiresAt: isoDateTime(),
  acceptedAt: isoDateTime().nullable(),
  createdAt: isoDateTime(),
  /** Only in the answer to its creation: the single-use link to send to the invitee. */
  link: z.string().optional(),
});
export type InvitationDto = z.infer<typeof InvitationSchema>;
export const InvitationPageSchema = pageOf(InvitationSchema, 'InvitationPage');

export const AcceptInvitationResponseSchema = component('AcceptInvitationResponse', {
  workspaceId: z.string(),
  user: UserSchema,
});
export type AcceptInvitationResponse = z.infer<typeof AcceptInvitationResponseSchema>;

/**
 * The answer of a sign-up (or an invitation accepted without a session) that did not sign in: an e-mail went to the
 * address. The same whether or not the address already has an account (202).
 */
export const CheckEmailResponseSchema = component('CheckEmailResponse', { status: z.literal('check_email') });
export type CheckEmailResponse = z.infer<typeof CheckEmailResponseSchema>;

export const InvitationPreviewSchema = component('InvitationPreview', {
  workspaceName: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  expiresAt: isoDateTime(),
  // Deliberately not whether the address has an account: a preview must not tell the inviter (user enumeration).
});
export type InvitationPreviewDto = z.infer<typeof InvitationPreviewSchema>;

export const AccessTokenSchema = component('AccessToken', {
  ...namedRow,
  prefix: z.string(),
  createdAt: isoDateTime(),
  lastUsedAt: isoDateTime().nullable(),
  expiresAt: isoDateTime().nullable(),
});
export type AccessTokenDto = z.infer<typeof AccessTokenSchema>;
export const AccessTokenPageSchema = pageOf(AccessTokenSchema, 'AccessTokenPage');

export const CreatedAccessTokenSchema = AccessTokenSchema.extend({
  /** The secret, shown once. */
  token: z.string(),
}).meta({ id: 'CreatedAccessToken' });
export type CreatedAccessTokenDto = z.infer<typeof CreatedAccessTokenSchema>;

export const BrandSchema = component('Brand', { ...namedRow, color: z.string().nullable(), ...versionedRow });
export type BrandDto = z.infer<typeof BrandSchema>;
export const BrandPageSchema = pageOf(BrandSchema, 'BrandPage');

export const OutboxMessageSchema = component('OutboxMessage', {
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['outbox', 'sent', 'failed']),
  createdAt: isoDateTime(),
});
export type OutboxMessageDto = z.infer<typeof OutboxMessageSchema>;
export const OutboxPageSchema = pageOf(OutboxMessageSchema, 'OutboxPage');
