import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RATE_LIMIT_TIER_VALUES, type ConnectAccountRequest, type UpdateAccountRequest } from '@xp/shared';

export class ConnectAccountDto implements ConnectAccountRequest {
  @ApiProperty({ description: 'The brand the account belongs to' })
  @IsUUID('all', { message: 'must be a brand id' })
  brandId!: string;
}

export class ApprovalPolicyDto {
  @ApiProperty({ enum: [0, 1, 2] }) @IsIn([0, 1, 2]) requiredApprovals!: 0 | 1 | 2;
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(['owner', 'admin', 'manager', 'editor'], { each: true })
  approverRoles!: ('owner' | 'admin' | 'manager' | 'editor')[];
}

export class PostingSlotDto {
  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;
  @ApiProperty({ example: '09:30' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time like 09:30' })
  time!: string;
}

export class UpdateAccountDto implements UpdateAccountRequest {
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'must be a brand id' }) brandId?: string;
  @ApiPropertyOptional({ example: 'Europe/Paris' }) @IsOptional() @IsString() @MaxLength(64) timezone?: string;
  @ApiPropertyOptional({ type: ApprovalPolicyDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ApprovalPolicyDto)
  approvalPolicy?: ApprovalPolicyDto;
  @ApiPropertyOptional({ type: [PostingSlotDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PostingSlotDto)
  postingSlots?: PostingSlotDto[];
  @ApiPropertyOptional({ enum: RATE_LIMIT_TIER_VALUES })
  @IsOptional()
  @IsIn(RATE_LIMIT_TIER_VALUES)
  rateLimitTier?: (typeof RATE_LIMIT_TIER_VALUES)[number];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() longPosts?: boolean;
  @ApiProperty() @IsInt() @Min(1) version!: number;
}
