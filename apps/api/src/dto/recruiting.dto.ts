import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBase64,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CONTRACT_TYPES,
  RECURRENCE_UNITS,
  TEMPLATE_LANGUAGES,
  type ContractType,
  type TemplateLanguage,
} from '@xp/server/domain';

const ISO = { strict: true, strictSeparator: true };

export class GenerateJobPostsDto {
  @ApiProperty({ enum: TEMPLATE_LANGUAGES, isArray: true, example: ['fr', 'en'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2)
  @IsIn(TEMPLATE_LANGUAGES, { each: true })
  languages!: TemplateLanguage[];
  @ApiPropertyOptional({ description: 'ISO-8601 with offset' }) @IsOptional() @IsISO8601(ISO) scheduledAt?: string;
  @ApiPropertyOptional({ description: 'Submit for review at once' }) @IsOptional() @IsBoolean() submit?: boolean;
}

export class CreateJobOfferDto {
  @ApiProperty() @IsUUID('all', { message: 'must be an id' }) accountId!: string;
  @ApiProperty({ example: 'Ingénieur·e données' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty({ example: 'Paris La Défense' }) @IsString() @MinLength(1) @MaxLength(200) location!: string;
  @ApiProperty({ enum: CONTRACT_TYPES }) @IsIn(CONTRACT_TYPES) contractType!: ContractType;
  @ApiProperty() @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }) @MaxLength(2000) url!: string;
  @ApiPropertyOptional({ description: 'ISO-8601; shown in the account timezone' })
  @IsOptional()
  @IsISO8601(ISO)
  closesAt?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  hashtags?: string[];
  @ApiPropertyOptional({ type: GenerateJobPostsDto, description: 'Generate posts from the account templates at once' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GenerateJobPostsDto)
  generate?: GenerateJobPostsDto;
}

export class CloseJobOfferDto {
  @ApiProperty() @IsInt() @Min(1) version!: number;
  @ApiPropertyOptional({ description: 'Also delete its published tweets on X' })
  @IsOptional()
  @IsBoolean()
  deleteTweets?: boolean;
}

export class PutTemplateDto {
  @ApiProperty({ example: 'Nous recrutons : {{title}} ({{contractType}}) à {{location}} — {{url}} {{hashtags}}' })
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  body!: string;
}

export class DryRunImportDto {
  @ApiPropertyOptional({
    description: 'CSV text: account,date,time,text[,tags][,kind] (comma or semicolon). Either this or `workbook`',
  })
  @ValidateIf((o: DryRunImportDto) => o.workbook === undefined)
  @IsString()
  @MinLength(1)
  @MaxLength(2_000_000)
  content?: string;
  @ApiPropertyOptional({
    description:
      'An .xlsx workbook, base64-encoded: its first sheet, with the same columns as the CSV. Either this or `content`',
  })
  @ValidateIf((o: DryRunImportDto) => o.content === undefined)
  @IsBase64({}, { message: 'workbook must be a base64-encoded .xlsx file' })
  @MaxLength(1_000_000, { message: 'workbook must be at most 700 KB' })
  workbook?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) fileName?: string;
}

export class RunImportDto {
  @ApiProperty({ enum: ['all_or_nothing', 'row_by_row'] }) @IsIn(['all_or_nothing', 'row_by_row']) mode!:
    'all_or_nothing' | 'row_by_row';
  @ApiProperty({ enum: ['draft', 'in_review'], description: 'Import as drafts, or submit them for review' })
  @IsIn(['draft', 'in_review'])
  as!: 'draft' | 'in_review';
}

export class QueueSegmentDto {
  @ApiProperty() @IsString() @MaxLength(25_000) text!: string;
}
export class AddToQueueDto {
  @ApiProperty() @IsUUID('all', { message: 'must be an id' }) accountId!: string;
  @ApiProperty({ type: [QueueSegmentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(25)
  @ValidateNested({ each: true })
  @Type(() => QueueSegmentDto)
  segments!: QueueSegmentDto[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  tags?: string[];
  @ApiPropertyOptional() @IsOptional() @IsBoolean() submit?: boolean;
}

export class CreateRecurrenceDto {
  @ApiProperty() @IsUUID('all', { message: 'must be an id' }) accountId!: string;
  @ApiProperty({ example: '2026-03-16' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) startDate!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{4}-\d{2}-\d{2}$/) endDate?: string;
  @ApiProperty({ example: '09:30' }) @Matches(/^([01]\d|2[0-3]):[0-5]\d$/) time!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(365) every!: number;
  @ApiProperty({ enum: RECURRENCE_UNITS }) @IsIn(RECURRENCE_UNITS) unit!: 'day' | 'week';
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(25_000, { each: true })
  variants!: string[];
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  tags?: string[];
}
export class MaterializeDto {
  @ApiProperty({ minimum: 1, maximum: 20 }) @IsInt() @Min(1) @Max(20) count!: number;
}
export class RecurrenceActiveDto {
  @ApiProperty() @IsBoolean() active!: boolean;
}

export class CreateLiveSessionDto {
  @ApiProperty() @IsUUID('all', { message: 'must be an id' }) accountId!: string;
  @ApiProperty({ example: 'Grand Prix de Monaco' }) @IsString() @MinLength(1) @MaxLength(200) title!: string;
  @ApiProperty() @IsISO8601(ISO) startsAt!: string;
  @ApiProperty() @IsISO8601(ISO) endsAt!: string;
  @ApiPropertyOptional({ description: 'Seconds of lateness after which a post is dropped', default: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3600)
  maxLatenessSeconds?: number;
  @ApiPropertyOptional({ description: 'Posts allowed (capped by the rate-limit tier)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  budget?: number;
}
export class LivePostDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(25_000) text!: string;
  @ApiPropertyOptional() @IsOptional() @IsISO8601(ISO) scheduledAt?: string;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  tags?: string[];
}

export class CreateCalendarFeedDto {
  @ApiProperty({ enum: ['workspace', 'brand', 'account'] }) @IsIn(['workspace', 'brand', 'account']) scope!:
    'workspace' | 'brand' | 'account';
  @ApiPropertyOptional() @IsOptional() @IsUUID('all', { message: 'must be an id' }) targetId?: string;
}
