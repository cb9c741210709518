import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  Matches,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  POST_KIND_VALUES,
  POST_LIST_VIEWS,
  POST_STATUS_VALUES,
  type PostKindValue,
  type PostListView,
  type PostStatusValue,
} from '@xp/shared';

const ISO = { strict: true, strictSeparator: true };
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const ZONED_MSG = { message: 'must end with a timezone offset or Z, e.g. +01:00' };
const ISO_MSG = { message: 'must be an ISO-8601 date-time with an offset or Z, e.g. 2026-03-02T09:30:00+01:00' };

export class PollDto {
  @ApiProperty({ type: [String], minItems: 2, maxItems: 4 })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  @Length(1, 25, { each: true, message: 'each option has 1 to 25 characters' })
  options!: string[];
  @ApiProperty({ minimum: 5, maximum: 10080 }) @IsInt() @Min(5) @Max(10080) durationMinutes!: number;
}

export class SegmentDto {
  @ApiProperty() @IsString() @MaxLength(30000) text!: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsUUID('all', { each: true })
  mediaIds?: string[];
  @ApiPropertyOptional({ type: PollDto, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @ValidateNested()
  @Type(() => PollDto)
  poll?: PollDto | null;
}

export class CreatePostDto {
  @ApiProperty() @IsUUID('all', { message: 'must be an account id' }) accountId!: string;
  @ApiProperty({ type: [SegmentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @ValidateNested({ each: true })
  @Type(() => SegmentDto)
  segments!: SegmentDto[];
  @ApiPropertyOptional({ nullable: true, example: '2026-03-02T09:30:00+01:00' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  scheduledAt?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  publishBy?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
  @ApiPropertyOptional({ enum: POST_KIND_VALUES }) @IsOptional() @IsIn(POST_KIND_VALUES) kind?: PostKindValue;
}

export class UpdatePostDto {
  @ApiPropertyOptional({ type: [SegmentDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @ValidateNested({ each: true })
  @Type(() => SegmentDto)
  segments?: SegmentDto[];
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  scheduledAt?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  publishBy?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 50, { each: true })
  tags?: string[];
  @ApiPropertyOptional({ enum: POST_KIND_VALUES }) @IsOptional() @IsIn(POST_KIND_VALUES) kind?: PostKindValue;
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class CheckPostDto {
  @ApiProperty() @IsUUID('all', { message: 'must be an account id' }) accountId!: string;
  @ApiProperty({ type: [SegmentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @ValidateNested({ each: true })
  @Type(() => SegmentDto)
  segments!: SegmentDto[];
  @ApiPropertyOptional({ enum: POST_KIND_VALUES }) @IsOptional() @IsIn(POST_KIND_VALUES) kind?: PostKindValue;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  tags?: string[];
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  scheduledAt?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsUUID() postId?: string;
}

export class ApproveDto {
  @ApiProperty({ description: 'The contentHash of the version you reviewed' })
  @IsString()
  @Length(64, 64)
  contentHash!: string;
  @ApiPropertyOptional({
    description: 'Owners/admins: approve despite a blocking charter finding (a written reason, 10+ characters)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  overrideReason?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) comment?: string;
}

export class RequestChangesDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(5000) comment!: string;
}

export class CancelDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) reason?: string;
}

export class CommentDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(5000) body!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() parentId?: string;
}

const csv = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;

export class PostQueryDto {
  @ApiPropertyOptional({
    description: 'Start of the range (inclusive), ISO-8601 with an offset or Z; with `to`, at most 62 days before it',
  })
  @IsOptional()
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  from?: string;
  @ApiPropertyOptional({
    description: 'End of the range (exclusive), ISO-8601 with an offset or Z; required with `from`',
  })
  @IsOptional()
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  to?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() accountId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() brandId?: string;
  @ApiPropertyOptional({ description: 'One status or several, comma-separated' })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @IsIn(POST_STATUS_VALUES, { each: true })
  status?: PostStatusValue[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(50) tag?: string;
  @ApiPropertyOptional({
    enum: POST_LIST_VIEWS,
    description:
      '`full` (default): every field of each post. `calendar`: the lighter CalendarPostDto the calendar shows (excerpt, segment count, times, status), a third of the size',
  })
  @IsOptional()
  @IsIn(POST_LIST_VIEWS, { message: 'view must be full or calendar' })
  view?: PostListView;
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 5000,
    description: 'At most this many posts. Default: every post of the range, or 5000 when no range is given',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5000)
  limit?: number;
}

export class AltTextDto {
  @ApiProperty({ nullable: true }) @ValidateIf((_o, v) => v !== null) @IsString() @MaxLength(1000) altText!:
    string | null;
}

export class PutCharterDto {
  @ApiProperty({ type: Object, description: 'Charter sections to override over the defaults (see GET)' })
  @IsObject()
  charter!: Record<string, unknown>;
  @ApiPropertyOptional({ nullable: true, description: 'The version you read; null when none was stored yet' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  version?: number | null;
}
