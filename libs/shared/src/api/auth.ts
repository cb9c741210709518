// Contracts of the public REST API (see docs and /api/docs). Shared by the web app and the server.

export const ROLES = ['owner', 'admin', 'manager', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface RegisterRequest {
  email: string;
  password: string;
  displayName: string;
  /** Name of the first workspace; defaults to "<displayName>'s workspace". */
  workspaceName?: string;
  locale?: Locale;
}
export interface LoginRequest {
  email: string;
  password: string;
}
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UserDto {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  createdAt: string;
}

export interface MeResponse {
  user: UserDto;
  workspaces: WorkspaceSummaryDto[];
  /** Send back as the `x-csrf-token` header on every state-changing request made with the session cookie. */
  csrfToken: string;
}

export interface CsrfResponse {
  csrfToken: string;
}

export interface WorkspaceSummaryDto {
  id: string;
  name: string;
  role: Role;
}

export interface WorkspaceDto {
  id: string;
  name: string;
  version: number;
  createdAt: string;
  /** The caller's role in it. */
  role: Role;
}
export interface CreateWorkspaceRequest {
  name: string;
}
export interface UpdateWorkspaceRequest {
  name?: string;
  version: number;
}

export interface MemberDto {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  /** null: every account of the workspace; otherwise only these account ids. */
  accountIds: string[] | null;
  version: number;
  joinedAt: string;
}
export interface UpdateMemberRequest {
  role?: Role;
  accountIds?: string[] | null;
  version: number;
}

export interface CreateInvitationRequest {
  email: string;
  role: Role;
  accountIds?: string[] | null;
}
export interface InvitationDto {
  id: string;
  email: string;
  role: Role;
  accountIds: string[] | null;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
  /** Only in the answer to its creation: the single-use link to send to the invitee. */
  link?: string;
}
/** Accepting an invitation: signed-in users accept as themselves; others create their user here. */
export interface AcceptInvitationRequest {
  displayName?: string;
  password?: string;
}
export interface AcceptInvitationResponse {
  workspaceId: string;
  user: UserDto;
}
export interface InvitationPreviewDto {
  workspaceName: string;
  email: string;
  role: Role;
  expiresAt: string;
  /** Whether a user with that email already exists (then sign in, then accept). */
  userExists: boolean;
}

export interface CreateTokenRequest {
  name: string;
  /** Days until expiry; none: no expiry. */
  expiresInDays?: number;
}
export interface AccessTokenDto {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}
export interface CreatedAccessTokenDto extends AccessTokenDto {
  /** The secret, shown once. */
  token: string;
}

export interface BrandDto {
  id: string;
  name: string;
  color: string | null;
  version: number;
  createdAt: string;
}
export interface CreateBrandRequest {
  name: string;
  color?: string | null;
}
export interface UpdateBrandRequest {
  name?: string;
  color?: string | null;
  version: number;
}

export interface OutboxMessageDto {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'outbox' | 'sent' | 'failed';
  createdAt: string;
}

export const ACCOUNT_STATUS_VALUES = ['connected', 'needs_reauth', 'disconnected'] as const;
export const RATE_LIMIT_TIER_VALUES = ['free', 'basic', 'pro', 'ppu'] as const;

export interface AccountDto {
  id: string;
  brandId: string;
  xUserId: string;
  handle: string;
  name: string;
  avatarUrl: string | null;
  status: (typeof ACCOUNT_STATUS_VALUES)[number];
  timezone: string;
  approvalPolicy: { requiredApprovals: 0 | 1 | 2; approverRoles: ('owner' | 'admin' | 'manager' | 'editor')[] };
  postingSlots: { weekday: number; time: string }[];
  rateLimitTier: (typeof RATE_LIMIT_TIER_VALUES)[number];
  longPosts: boolean;
  tokenExpiresAt: string | null;
  version: number;
  createdAt: string;
}
export interface ConnectAccountRequest {
  brandId: string;
}
export interface ConnectAccountResponse {
  /** Send the browser there; X redirects back to /api/oauth/x/callback. */
  authorizeUrl: string;
}
export interface UpdateAccountRequest {
  brandId?: string;
  timezone?: string;
  approvalPolicy?: AccountDto['approvalPolicy'];
  postingSlots?: AccountDto['postingSlots'];
  rateLimitTier?: AccountDto['rateLimitTier'];
  longPosts?: boolean;
  version: number;
}
