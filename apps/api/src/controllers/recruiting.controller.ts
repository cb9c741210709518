import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  BulkImportService,
  CalendarFeedService,
  JobOfferService,
  LiveEventService,
  QueueService,
  RecurrenceService,
  type Actor,
} from '@xp/server/application';
import { DomainError, TEMPLATE_LANGUAGES, type TemplateLanguage } from '@xp/server/domain';
import type { PostDto } from '@xp/shared';
import { CurrentActor, Public } from '../auth/auth.decorators';
import {
  AddToQueueDto,
  CloseJobOfferDto,
  CreateCalendarFeedDto,
  CreateJobOfferDto,
  CreateLiveSessionDto,
  CreateRecurrenceDto,
  DryRunImportDto,
  GenerateJobPostsDto,
  LivePostDto,
  MaterializeDto,
  PutTemplateDto,
  RecurrenceActiveDto,
  RunImportDto,
} from '../dto/recruiting.dto';
import { toPost } from './posts.controller';

const d = (v: string | undefined): Date | null => (v ? new Date(v) : null);

@ApiTags('job-offers')
@Controller('workspaces/:ws')
export class JobOffersController {
  constructor(private readonly offers: JobOfferService) {}

  @Get('job-offers')
  async list(@CurrentActor() actor: Actor, @Param('ws') ws: string) {
    return { items: await this.offers.list(ws, actor), nextCursor: null };
  }

  @Post('job-offers')
  async create(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Body() b: CreateJobOfferDto) {
    const { generate, closesAt, ...rest } = b;
    const r = await this.offers.create(
      ws,
      actor,
      { ...rest, closesAt: d(closesAt) },
      generate ? { ...generate, scheduledAt: d(generate.scheduledAt) } : undefined,
    );
    return { ...r.offer, posts: r.posts.map((p) => toPost(p)) };
  }

  @Get('job-offers/:id')
  async get(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string) {
    const r = await this.offers.get(ws, actor, id);
    return { ...r.offer, posts: r.posts };
  }

  @Get('job-offers/:id/preview')
  preview(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string) {
    return this.offers.preview(ws, actor, id);
  }

  @Post('job-offers/:id/posts')
  async generate(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: GenerateJobPostsDto,
  ): Promise<{ items: PostDto[] }> {
    const views = await this.offers.generate(ws, actor, id, { ...b, scheduledAt: d(b.scheduledAt) });
    return { items: views.map((v) => toPost(v)) };
  }

  @Post('job-offers/:id/close')
  @HttpCode(200)
  close(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string, @Body() b: CloseJobOfferDto) {
    return this.offers.close(ws, actor, id, b);
  }

  @Get('accounts/:accountId/templates')
  async templates(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('accountId') accountId: string) {
    return { items: await this.offers.templates(ws, actor, accountId) };
  }

  @Put('accounts/:accountId/templates/job_offer/:language')
  putTemplate(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('accountId') accountId: string,
    @Param('language') language: string,
    @Body() b: PutTemplateDto,
  ) {
    if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(language))
      throw new DomainError('invalid', 'BAD_LANGUAGE', 'language must be fr or en', [
        { field: 'language', message: 'fr|en' },
      ]);
    return this.offers.putTemplate(ws, actor, accountId, language as TemplateLanguage, b.body);
  }
}

@ApiTags('imports')
@Controller('workspaces/:ws/imports')
export class ImportsController {
  constructor(private readonly imports: BulkImportService) {}

  /** Dry run: validates every row and writes nothing but the report. */
  @Post()
  dryRun(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Body() b: DryRunImportDto) {
    return this.imports.dryRun(ws, actor, {
      content: b.content,
      workbook: b.workbook === undefined ? undefined : Buffer.from(b.workbook, 'base64'),
      fileName: b.fileName,
    });
  }

  /** Progress and report (poll while status = running). */
  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string) {
    return this.imports.get(ws, actor, id);
  }

  @Post(':id/run')
  @HttpCode(202)
  run(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string, @Body() b: RunImportDto) {
    return this.imports.run(ws, actor, id, b);
  }
}

@ApiTags('queue')
@Controller('workspaces/:ws/accounts/:accountId')
export class QueueController {
  constructor(private readonly queue: QueueService) {}

  @Get('slots/next')
  async nextSlots(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('accountId') accountId: string,
    @Query('count') count?: string,
  ) {
    return { items: await this.queue.nextSlots(ws, actor, accountId, Number(count ?? 5) || 5) };
  }

  @Get('queue')
  async list(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('accountId') accountId: string) {
    return { items: await this.queue.list(ws, actor, accountId) };
  }

  @Post('queue/close-up')
  @HttpCode(200)
  closeUp(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('accountId') accountId: string) {
    return this.queue.closeUp(ws, actor, accountId);
  }

  @Delete('queue/:postId')
  remove(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('accountId') accountId: string,
    @Param('postId') postId: string,
  ) {
    return this.queue.remove(ws, actor, accountId, postId);
  }
}

@ApiTags('queue')
@Controller('workspaces/:ws/queue')
export class AddToQueueController {
  constructor(private readonly queue: QueueService) {}

  /** Add to queue: the post takes the account's next free posting slot. */
  @Post()
  async add(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Body() b: AddToQueueDto): Promise<PostDto> {
    const { submit, ...input } = b;
    return toPost(await this.queue.add(ws, actor, input, submit ?? false));
  }
}

@ApiTags('recurrences')
@Controller('workspaces/:ws/recurrences')
export class RecurrencesController {
  constructor(private readonly recurrences: RecurrenceService) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Param('ws') ws: string) {
    return { items: await this.recurrences.list(ws, actor), nextCursor: null };
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Body() b: CreateRecurrenceDto) {
    return this.recurrences.create(ws, actor, b);
  }

  @Get(':id/occurrences')
  async preview(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Query('count') count?: string,
  ) {
    return { items: await this.recurrences.preview(ws, actor, id, Number(count ?? 5) || 5) };
  }

  /** Creates the next occurrences as posts, each submitted through the account's approval policy. */
  @Post(':id/occurrences')
  async materialize(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: MaterializeDto,
  ): Promise<{ items: PostDto[] }> {
    return { items: (await this.recurrences.materialize(ws, actor, id, b.count)).map((v) => toPost(v)) };
  }

  @Post(':id/active')
  @HttpCode(200)
  setActive(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: RecurrenceActiveDto,
  ) {
    return this.recurrences.setActive(ws, actor, id, b.active);
  }
}

@ApiTags('live')
@Controller('workspaces/:ws/live-sessions')
export class LiveSessionsController {
  constructor(private readonly live: LiveEventService) {}

  @Get()
  async list(@CurrentActor() actor: Actor, @Param('ws') ws: string) {
    return { items: await this.live.list(ws, actor), nextCursor: null };
  }

  @Post()
  create(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Body() b: CreateLiveSessionDto) {
    return this.live.create(ws, actor, { ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) });
  }

  @Get(':id')
  status(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string) {
    return this.live.status(ws, actor, id);
  }

  @Post(':id/posts')
  async post(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() b: LivePostDto,
  ): Promise<PostDto> {
    return toPost(await this.live.post(ws, actor, id, { ...b, scheduledAt: d(b.scheduledAt) }));
  }

  /** The session's posts, in the order they were queued, with status and `publishBy`. */
  @Get(':id/posts')
  async posts(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
  ): Promise<{ items: PostDto[] }> {
    return { items: (await this.live.sessionPosts(ws, actor, id)).map((v) => toPost(v)) };
  }

  /** The fast lane of the approval inbox. */
  @Get(':id/inbox')
  async inbox(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string) {
    return { items: await this.live.inbox(ws, actor, id) };
  }

  @Post(':id/end')
  @HttpCode(200)
  end(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string) {
    return this.live.end(ws, actor, id);
  }
}

@ApiTags('ical')
@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get('workspaces/:ws/calendar-feeds')
  async list(@CurrentActor() actor: Actor, @Param('ws') ws: string) {
    return { items: await this.feeds.list(ws, actor), nextCursor: null };
  }

  /** The secret URL is shown once. */
  @Post('workspaces/:ws/calendar-feeds')
  create(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Body() b: CreateCalendarFeedDto) {
    return this.feeds.create(ws, actor, b);
  }

  @Delete('workspaces/:ws/calendar-feeds/:id')
  @HttpCode(204)
  async revoke(@CurrentActor() actor: Actor, @Param('ws') ws: string, @Param('id') id: string): Promise<void> {
    await this.feeds.revoke(ws, actor, id);
  }

  @Public()
  @Get('ical/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  ics(@Param('file') file: string): Promise<string> {
    return this.feeds.render(file.replace(/\.ics$/, ''));
  }
}
