import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '@xp/server/application';
import { PageQueryDto } from './identity.dto';

const ISO = { strict: true, strictSeparator: true };
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_MSG = { message: 'must be an ISO-8601 date-time with an offset or Z, e.g. 2026-03-02T09:30:00Z' };
const ZONED_MSG = { message: 'must end with a timezone offset or Z' };
const SUBJECT_TYPES = ['post', 'account', 'hold', 'member', 'invitation', 'brand', 'charter', 'workspace'] as const;

/** Filters of the audit trail (list and CSV export). */
export class AuditFilterQueryDto {
  @ApiPropertyOptional({ description: 'Events at or after this time (ISO-8601 with offset)' })
  @IsOptional()
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  from?: string;
  @ApiPropertyOptional({ description: 'Events at or before this time (ISO-8601 with offset)' })
  @IsOptional()
  @IsISO8601(ISO, ISO_MSG)
  @Matches(ZONED, ZONED_MSG)
  to?: string;
  @ApiPropertyOptional({ example: 'post.approved' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]+\.[a-z_]+$/, { message: 'must look like post.approved' })
  @MaxLength(100)
  action?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ enum: SUBJECT_TYPES }) @IsOptional() @IsIn(SUBJECT_TYPES) subjectType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) subjectId?: string;
}

export class AuditListQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsISO8601(ISO, ISO_MSG) @Matches(ZONED, ZONED_MSG) from?: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601(ISO, ISO_MSG) @Matches(ZONED, ZONED_MSG) to?: string;
  @ApiPropertyOptional({ example: 'post.approved' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]+\.[a-z_]+$/, { message: 'must look like post.approved' })
  @MaxLength(100)
  action?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ enum: SUBJECT_TYPES }) @IsOptional() @IsIn(SUBJECT_TYPES) subjectType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MinLength(1) @MaxLength(200) subjectId?: string;
}

export interface AuditEventDto {
  id: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  createdAt: string;
  prevHash: string | null;
  hash: string;
}

export interface AuditVerifyDto {
  ok: boolean;
  checked: number;
  broken: { id: string; reason: string; message: string } | null;
}

export class NotificationListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}

export interface NotificationDto {
  id: string;
  event: string;
  subjectType: string;
  subjectId: string;
  /** In the member's language. */
  title: string;
  body: string | null;
  data: Record<string, unknown>;
  read: boolean;
  readAt: string | null;
  createdAt: string;
}

export interface NotificationPageDto {
  items: NotificationDto[];
  nextCursor: string | null;
  unreadCount: number;
}

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_EVENTS }) @IsIn(NOTIFICATION_EVENTS) event!: NotificationEvent;
  @ApiProperty() @IsBoolean() inApp!: boolean;
  @ApiProperty() @IsBoolean() email!: boolean;
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_EVENTS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  preferences!: NotificationPreferenceDto[];
}

export interface NotificationPreferencesDto {
  preferences: { event: NotificationEvent; inApp: boolean; email: boolean }[];
}

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://example.com/hooks/x-publisher' })
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
    { message: 'must be an http(s) URL' },
  )
  @MaxLength(2000)
  url!: string;
  @ApiProperty({ enum: NOTIFICATION_EVENTS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_EVENTS.length)
  @IsIn(NOTIFICATION_EVENTS, { each: true })
  events!: NotificationEvent[];
}

export interface WebhookDto {
  id: string;
  url: string;
  events: NotificationEvent[];
  createdBy: string | null;
  createdAt: string;
  /** Only in the answer to its creation: sign-verification secret, shown once. */
  secret?: string;
}

export interface WebhookDeliveryDto {
  id: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}
