import { createZodDto } from 'nestjs-zod';
import * as wire from '@xp/shared';

// Request bodies and queries: the zod schemas of libs/shared, validated by the global pipe (http/validation.ts).
export class RegisterDto extends createZodDto(wire.RegisterRequestSchema) {}
export class ConfirmRegistrationDto extends createZodDto(wire.ConfirmRegistrationRequestSchema) {}
export class LoginDto extends createZodDto(wire.LoginRequestSchema) {}
export class ChangePasswordDto extends createZodDto(wire.ChangePasswordRequestSchema) {}
export class CreateTokenDto extends createZodDto(wire.CreateTokenRequestSchema) {}
export class CreateWorkspaceDto extends createZodDto(wire.CreateWorkspaceRequestSchema) {}
export class UpdateWorkspaceDto extends createZodDto(wire.UpdateWorkspaceRequestSchema) {}
export class UpdateMemberDto extends createZodDto(wire.UpdateMemberRequestSchema) {}
export class CreateInvitationDto extends createZodDto(wire.CreateInvitationRequestSchema) {}
export class AcceptInvitationDto extends createZodDto(wire.AcceptInvitationRequestSchema) {}
export class CreateBrandDto extends createZodDto(wire.CreateBrandRequestSchema) {}
export class UpdateBrandDto extends createZodDto(wire.UpdateBrandRequestSchema) {}
export class PageQueryDto extends createZodDto(wire.PageQuerySchema) {}
