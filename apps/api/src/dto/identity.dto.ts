import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  LOCALES,
  ROLES,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type CreateBrandRequest,
  type CreateInvitationRequest,
  type CreateTokenRequest,
  type CreateWorkspaceRequest,
  type Locale,
  type LoginRequest,
  type RegisterRequest,
  type Role,
  type UpdateBrandRequest,
  type UpdateMemberRequest,
  type UpdateWorkspaceRequest,
} from '@xp/shared';

const NAME = { min: 1, max: 100 };

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'claire@kindy.fr' })
  @IsEmail({}, { message: 'must be a valid email address' })
  @MaxLength(254)
  email!: string;
  @ApiProperty({ minLength: 10, maxLength: 128 }) @IsString() @MaxLength(128) password!: string;
  @ApiProperty({ example: 'Claire Martin' }) @IsString() @Length(NAME.min, NAME.max) displayName!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(NAME.min, NAME.max) workspaceName?: string;
  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES) locale?: Locale;
}

export class LoginDto implements LoginRequest {
  @ApiProperty() @IsString() @MaxLength(254) email!: string;
  @ApiProperty() @IsString() @MaxLength(128) password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty() @IsString() @MaxLength(128) currentPassword!: string;
  @ApiProperty() @IsString() @MaxLength(128) newPassword!: string;
}

export class CreateTokenDto implements CreateTokenRequest {
  @ApiProperty({ example: 'CI export' }) @IsString() @Length(NAME.min, NAME.max) name!: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 3650 }) @IsOptional() @IsInt() @Min(1) @Max(3650) expiresInDays?: number;
}

export class CreateWorkspaceDto implements CreateWorkspaceRequest {
  @ApiProperty({ example: 'Groupe Kindy' }) @IsString() @Length(NAME.min, NAME.max) name!: string;
}

export class UpdateWorkspaceDto implements UpdateWorkspaceRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(NAME.min, NAME.max) name?: string;
  @ApiProperty({ description: 'The version you read; a stale one answers 409' }) @IsInt() @Min(1) version!: number;
}

export class UpdateMemberDto implements UpdateMemberRequest {
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'null: every account' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  accountIds?: string[] | null;
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty() @IsEmail({}, { message: 'must be a valid email address' }) @MaxLength(254) email!: string;
  @ApiProperty({ enum: ROLES }) @IsIn(ROLES) role!: Role;
  @ApiPropertyOptional({ type: [String], nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  accountIds?: string[] | null;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(NAME.min, NAME.max) displayName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(128) password?: string;
}

export class CreateBrandDto implements CreateBrandRequest {
  @ApiProperty({ example: 'Kindy' }) @IsString() @Length(NAME.min, NAME.max) name!: string;
  @ApiPropertyOptional({ example: '#e4007c', nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour like #1a2b3c' })
  color?: string | null;
}

export class UpdateBrandDto implements UpdateBrandRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(NAME.min, NAME.max) name?: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(/^#[0-9a-fA-F]{6}$/, { message: 'must be a colour like #1a2b3c' })
  color?: string | null;
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(500) cursor?: string;
}
