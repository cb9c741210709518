import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { HOLD_RELEASE_MODES, HOLD_SCOPES, type HoldReleaseMode, type HoldScope } from '@xp/server/application';

export class PlaceHoldDto {
  @ApiProperty({ enum: HOLD_SCOPES, description: 'What the hold covers' }) @IsIn(HOLD_SCOPES) scope!: HoldScope;
  @ApiPropertyOptional({
    description: 'The workspace, brand or account id (defaults to the workspace for scope=workspace)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be an id' })
  targetId?: string;
  @ApiProperty({ example: 'Crise en cours : pause de toutes les publications' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class ReleaseHoldDto {
  @ApiProperty({ enum: HOLD_RELEASE_MODES, description: 'resume as planned, or send every held post back to review' })
  @IsIn(HOLD_RELEASE_MODES)
  mode!: HoldReleaseMode;
}

export class HoldResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: HOLD_SCOPES }) scope!: HoldScope;
  @ApiProperty() targetId!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() placedBy!: string;
  @ApiProperty() placedAt!: string;
  @ApiProperty({ nullable: true, type: String }) releasedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) releasedBy!: string | null;
  @ApiProperty({ nullable: true, enum: HOLD_RELEASE_MODES }) releaseMode!: HoldReleaseMode | null;
  @ApiProperty() active!: boolean;
  @ApiPropertyOptional({ description: 'Scheduled posts this active hold covers now' }) heldPosts?: number;
}
