// People, sessions, workspaces, members, invitations, access tokens, brands and the mail outbox:
// contracts of the public REST API, shared by the web app and the server.
import * as z from 'zod';
import { accountScope, humanName, isoDateTime, pageOf, versionNumber } from './common';

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

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    locale: z.enum(LOCALES),
    createdAt: isoDateTime(),
  })
  .meta({ id: 'User' });
export type UserDto = z.infer<typeof UserSchema>;

export const WorkspaceSummarySchema = z
  .object({ id: z.string(), name: z.string(), role: z.enum(ROLES) })
  .meta({ id: 'WorkspaceSummary' });
export type WorkspaceSummaryDto = z.infer<typeof WorkspaceSummarySchema>;

export const MeResponseSchema = z
  .object({
    user: UserSchema,
    workspaces: z.array(WorkspaceSummarySchema),
    /** Send back as the `x-csrf-token` header on every state-changing request made with the session cookie. */
    csrfToken: z.string(),
  })
  .meta({ id: 'Me' });
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const CsrfResponseSchema = z.object({ csrfToken: z.string() }).meta({ id: 'Csrf' });
export type CsrfResponse = z.infer<typeof CsrfResponseSchema>;

export const WorkspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.number().int(),
    createdAt: isoDateTime(),
    /** The caller's role in it. */
    role: z.enum(ROLES),
  })
  .meta({ id: 'Workspace' });
export type WorkspaceDto = z.infer<typeof WorkspaceSchema>;
export const WorkspacePageSchema = pageOf(WorkspaceSchema).meta({ id: 'WorkspacePage' });

export const MemberSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    /** null: every account of the workspace; otherwise only these account ids. */
    accountIds: z.array(z.string()).nullable(),
    version: z.number().int(),
    joinedAt: isoDateTime(),
  })
  .meta({ id: 'Member' });
export type MemberDto = z.infer<typeof MemberSchema>;
export const MemberPageSchema = pageOf(MemberSchema).meta({ id: 'MemberPage' });

export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    accountIds: z.array(z.string()).nullable(),
    expiresAt: isoDateTime(),
    acceptedAt: isoDateTime().nullable(),
    createdAt: isoDateTime(),
    /** Only in the answer to its creation: the single-use link to send to the invitee. */
    link: z.string().optional(),
  })
  .meta({ id: 'Invitation' });
export type InvitationDto = z.infer<typeof InvitationSchema>;
export const InvitationPageSchema = pageOf(InvitationSchema).meta({ id: 'InvitationPage' });

export const AcceptInvitationResponseSchema = z
  .object({ workspaceId: z.string(), user: UserSchema })
  .meta({ id: 'AcceptInvitationResponse' });
export type AcceptInvitationResponse = z.infer<typeof AcceptInvitationResponseSchema>;

/**
 * The answer of a sign-up (or an invitation accepted without a session) that did not sign in: an e-mail went to the
 * address. The same whether or not the address already has an account (202).
 */
export const CheckEmailResponseSchema = z
  .object({ status: z.literal('check_email') })
  .meta({ id: 'CheckEmailResponse' });
export type CheckEmailResponse = z.infer<typeof CheckEmailResponseSchema>;

export const InvitationPreviewSchema = z
  .object({
    workspaceName: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    expiresAt: isoDateTime(),
    // Deliberately not whether the address has an account: a preview must not tell the inviter (user enumeration).
  })
  .meta({ id: 'InvitationPreview' });
export type InvitationPreviewDto = z.infer<typeof InvitationPreviewSchema>;

export const AccessTokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    createdAt: isoDateTime(),
    lastUsedAt: isoDateTime().nullable(),
    expiresAt: isoDateTime().nullable(),
  })
  .meta({ id: 'AccessToken' });
export type AccessTokenDto = z.infer<typeof AccessTokenSchema>;
export const AccessTokenPageSchema = pageOf(AccessTokenSchema).meta({ id: 'AccessTokenPage' });

export const CreatedAccessTokenSchema = AccessTokenSchema.extend({
  /** The secret, shown once. */
  token: z.string(),
}).meta({ id: 'CreatedAccessToken' });
export type CreatedAccessTokenDto = z.infer<typeof CreatedAccessTokenSchema>;

export const BrandSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    color: z.string().nullable(),
    version: z.number().int(),
    createdAt: isoDateTime(),
  })
  .meta({ id: 'Brand' });
export type BrandDto = z.infer<typeof BrandSchema>;
export const BrandPageSchema = pageOf(BrandSchema).meta({ id: 'BrandPage' });

export const OutboxMessageSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    status: z.enum(['outbox', 'sent', 'failed']),
    createdAt: isoDateTime(),
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessageDto = z.infer<typeof OutboxMessageSchema>;
export const OutboxPageSchema = pageOf(OutboxMessageSchema).meta({ id: 'OutboxPage' });
