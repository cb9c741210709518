import { createZodDto } from 'nestjs-zod';
import {
  AcceptInvitationRequestSchema,
  ChangePasswordRequestSchema,
  CreateBrandRequestSchema,
  CreateInvitationRequestSchema,
  CreateTokenRequestSchema,
  CreateWorkspaceRequestSchema,
  LoginRequestSchema,
  PageQuerySchema,
  RegisterRequestSchema,
  UpdateBrandRequestSchema,
  UpdateMemberRequestSchema,
  UpdateWorkspaceRequestSchema,
} from '@xp/shared';

// Request bodies and queries: the zod schemas of libs/shared, validated by the global pipe (http/validation.ts).
export class RegisterDto extends createZodDto(RegisterRequestSchema) {}
export class LoginDto extends createZodDto(LoginRequestSchema) {}
export class ChangePasswordDto extends createZodDto(ChangePasswordRequestSchema) {}
export class CreateTokenDto extends createZodDto(CreateTokenRequestSchema) {}
export class CreateWorkspaceDto extends createZodDto(CreateWorkspaceRequestSchema) {}
export class UpdateWorkspaceDto extends createZodDto(UpdateWorkspaceRequestSchema) {}
export class UpdateMemberDto extends createZodDto(UpdateMemberRequestSchema) {}
export class CreateInvitationDto extends createZodDto(CreateInvitationRequestSchema) {}
export class AcceptInvitationDto extends createZodDto(AcceptInvitationRequestSchema) {}
export class CreateBrandDto extends createZodDto(CreateBrandRequestSchema) {}
export class UpdateBrandDto extends createZodDto(UpdateBrandRequestSchema) {}
export class PageQueryDto extends createZodDto(PageQuerySchema) {}
