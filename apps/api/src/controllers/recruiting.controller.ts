import { Body, Controller, Delete, Get, Header, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  BulkImportService,
  CalendarFeedService,
  JobOfferService,
  LiveEventService,
  QueueService,
  RecurrenceService,
} from '@xp/server/application';
import { DomainError, TEMPLATE_LANGUAGES, type TemplateLanguage } from '@xp/server/domain';
import * as wire from '@xp/shared';
import { Caller, Public, WorkspaceController } from '../auth/auth.decorators';
import {
  AddToQueueDto,
  CloseJobOfferDto,
  CountQueryDto,
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
import { ApiNoContent, ApiText, DeleteResult, GetResult, PostResult, PutResult } from '../http/api-response';
import { NextSlotsQueryDto } from '../dto/best-hours.dto';
import { iso } from './mappers';
import { onePage, toPost, toPosts } from './post-mappers';
import {
  toCalendarFeed,
  toCloseResult,
  toImportJob,
  toJobOffer,
  toLiveSession,
  toLiveStatus,
  toPostRef,
  toRecurrence,
} from './recruiting-mappers';

const d = (v: string | undefined): Date | null => (v ? new Date(v) : null);
/** `?count=` of the previews: default 5. */
const count = (q: CountQueryDto) => Number(q.count ?? 5) || 5;

@WorkspaceController('job-offers')
export class JobOffersController {
  constructor(private readonly offers: JobOfferService) {}

  @GetResult('job-offers', wire.JobOfferPageSchema)
  async list(@Caller() { ws, actor }: Caller) {
    return onePage((await this.offers.list(ws, actor)).map(toJobOffer));
  }

  @PostResult('job-offers', 201, wire.CreateJobOfferResponseSchema)
  async create(@Caller() { ws, actor }: Caller, @Body() b: CreateJobOfferDto): Promise<wire.CreateJobOfferResponse> {
    const { generate, closesAt, ...rest } = b;
    const r = await this.offers.create(
      ws,
      actor,
      { ...rest, closesAt: d(closesAt) },
      generate ? { ...generate, scheduledAt: d(generate.scheduledAt) } : undefined,
    );
    return { ...toJobOffer(r.offer), posts: toPosts(r.posts) };
  }

  @GetResult('job-offers/:id', wire.JobOfferDetailDtoSchema)
  async get(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.JobOfferDetailDto> {
    const r = await this.offers.get(ws, actor, id);
    return { ...toJobOffer(r.offer), posts: r.posts.map(toPostRef) };
  }

  @GetResult('job-offers/:id/preview', wire.JobOfferPreviewDtoSchema)
  async preview(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.JobOfferPreviewDto> {
    const r = await this.offers.preview(ws, actor, id);
    return { fr: r.fr, en: r.en };
  }

  @PostResult('job-offers/:id/posts', 201, wire.PostPageSchema)
  async generate(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: GenerateJobPostsDto,
  ): Promise<wire.Page<wire.PostDto>> {
    return onePage(toPosts(await this.offers.generate(ws, actor, id, { ...b, scheduledAt: d(b.scheduledAt) })));
  }

  @PostResult('job-offers/:id/close', 200, wire.CloseJobOfferResponseSchema)
  async close(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: CloseJobOfferDto,
  ): Promise<wire.CloseJobOfferResponse> {
    return toCloseResult(await this.offers.close(ws, actor, id, b));
  }

  @GetResult('accounts/:accountId/templates', wire.JobTemplatePageSchema)
  async templates(@Caller() { ws, actor }: Caller, @Param('accountId') accountId: string) {
    return onePage(await this.offers.templates(ws, actor, accountId));
  }

  @PutResult('accounts/:accountId/templates/job_offer/:language', wire.JobTemplateDtoSchema)
  async putTemplate(
    @Caller() { ws, actor }: Caller,
    @Param('accountId') accountId: string,
    @Param('language') language: string,
    @Body() b: PutTemplateDto,
  ): Promise<wire.JobTemplateDto> {
    if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(language))
      throw new DomainError('invalid', 'BAD_LANGUAGE', 'language must be fr or en', [
        { field: 'language', message: 'fr|en' },
      ]);
    const t = await this.offers.putTemplate(ws, actor, accountId, language as TemplateLanguage, b.body);
    return { language: t.language, body: t.body, isDefault: false };
  }
}

@WorkspaceController('imports', 'imports')
export class ImportsController {
  constructor(private readonly imports: BulkImportService) {}

  /** Dry run: validates every row and writes nothing but the report. */
  @PostResult('', 201, wire.ImportJobDtoSchema)
  async dryRun(@Caller() { ws, actor }: Caller, @Body() b: DryRunImportDto): Promise<wire.ImportJobDto> {
    const job = await this.imports.dryRun(ws, actor, {
      content: b.content,
      workbook: b.workbook === undefined ? undefined : Buffer.from(b.workbook, 'base64'),
      fileName: b.fileName,
    });
    return toImportJob(job);
  }

  /** Progress and report (poll while status = running). */
  @GetResult(':id', wire.ImportJobDtoSchema)
  async get(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.ImportJobDto> {
    return toImportJob(await this.imports.get(ws, actor, id));
  }

  @PostResult(':id/run', 202, wire.ImportJobDtoSchema)
  async run(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: RunImportDto,
  ): Promise<wire.ImportJobDto> {
    return toImportJob(await this.imports.run(ws, actor, id, b));
  }
}

@WorkspaceController('queue', 'accounts/:accountId')
export class QueueController {
  constructor(private readonly queue: QueueService) {}

  /**
   * The account's next free posting slots (ISO-8601 UTC), `?count=` 1 to 50; `?prefer=best-hours`: those in its best
   * hours of the last 90 days, else the plain ones with the reason (`fallback`).
   */
  @GetResult('slots/next', wire.SlotPageSchema)
  async nextSlots(
    @Caller() { ws, actor }: Caller,
    @Param('accountId') accountId: string,
    @Query() q: NextSlotsQueryDto,
  ): Promise<wire.SlotPageDto> {
    const r = await this.queue.nextSlots(ws, actor, accountId, count(q), q.prefer);
    return { ...onePage(r.slots.map(iso)), basis: r.basis, bestHour: r.bestHour, fallback: r.fallback };
  }

  @GetResult('queue', wire.QueueItemPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Param('accountId') accountId: string) {
    return onePage((await this.queue.list(ws, actor, accountId)).map(toPostRef));
  }

  @PostResult('queue/close-up', 200, wire.QueueMovedResponseSchema)
  async closeUp(
    @Caller() { ws, actor }: Caller,
    @Param('accountId') accountId: string,
  ): Promise<wire.QueueMovedResponse> {
    return toMoved(await this.queue.closeUp(ws, actor, accountId));
  }

  @DeleteResult('queue/:postId', wire.QueueMovedResponseSchema)
  async remove(
    @Caller() { ws, actor }: Caller,
    @Param('accountId') accountId: string,
    @Param('postId') postId: string,
  ): Promise<wire.QueueMovedResponse> {
    return toMoved(await this.queue.remove(ws, actor, accountId, postId));
  }
}

const toMoved = (r: { moved: { id: string; scheduledAt: Date }[] }): wire.QueueMovedResponse => ({
  moved: r.moved.map((m) => ({ id: m.id, scheduledAt: iso(m.scheduledAt) })),
});

@WorkspaceController('queue', 'queue')
export class AddToQueueController {
  constructor(private readonly queue: QueueService) {}

  /** Add to queue: the post takes the account's next free posting slot. */
  @PostResult('', 201, wire.PostDtoSchema)
  async add(@Caller() { ws, actor }: Caller, @Body() b: AddToQueueDto): Promise<wire.PostDto> {
    const { submit, ...input } = b;
    return toPost(await this.queue.add(ws, actor, input, submit ?? false));
  }
}

@WorkspaceController('recurrences', 'recurrences')
export class RecurrencesController {
  constructor(private readonly recurrences: RecurrenceService) {}

  @GetResult('', wire.RecurrencePageSchema)
  async list(@Caller() { ws, actor }: Caller) {
    return onePage((await this.recurrences.list(ws, actor)).map(toRecurrence));
  }

  @PostResult('', 201, wire.RecurrenceDtoSchema)
  async create(@Caller() { ws, actor }: Caller, @Body() b: CreateRecurrenceDto): Promise<wire.RecurrenceDto> {
    return toRecurrence(await this.recurrences.create(ws, actor, b));
  }

  @GetResult(':id/occurrences', wire.OccurrencePageSchema)
  async preview(@Caller() { ws, actor }: Caller, @Param('id') id: string, @Query() q: CountQueryDto) {
    const occurrences = await this.recurrences.preview(ws, actor, id, count(q));
    return onePage(occurrences.map((o) => ({ index: o.index, at: iso(o.at) })));
  }

  /** Creates the next occurrences as posts, each submitted through the account's approval policy. */
  @PostResult(':id/occurrences', 201, wire.PostPageSchema)
  async materialize(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: MaterializeDto,
  ): Promise<wire.Page<wire.PostDto>> {
    return onePage(toPosts(await this.recurrences.materialize(ws, actor, id, b.count)));
  }

  @PostResult(':id/active', 200, wire.RecurrenceDtoSchema)
  async setActive(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() b: RecurrenceActiveDto,
  ): Promise<wire.RecurrenceDto> {
    return toRecurrence(await this.recurrences.setActive(ws, actor, id, b.active));
  }
}

@WorkspaceController('live', 'live-sessions')
export class LiveSessionsController {
  constructor(private readonly live: LiveEventService) {}

  @GetResult('', wire.LiveSessionPageSchema)
  async list(@Caller() { ws, actor }: Caller) {
    return onePage((await this.live.list(ws, actor)).map(toLiveSession));
  }

  @PostResult('', 201, wire.LiveSessionDtoSchema)
  async create(@Caller() { ws, actor }: Caller, @Body() b: CreateLiveSessionDto): Promise<wire.LiveSessionDto> {
    return toLiveSession(
      await this.live.create(ws, actor, { ...b, startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) }),
    );
  }

  @GetResult(':id', wire.LiveStatusDtoSchema)
  async status(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.LiveStatusDto> {
    return toLiveStatus(await this.live.status(ws, actor, id));
  }

  @PostResult(':id/posts', 201, wire.PostDtoSchema)
  async post(@Caller() { ws, actor }: Caller, @Param('id') id: string, @Body() b: LivePostDto): Promise<wire.PostDto> {
    return toPost(await this.live.post(ws, actor, id, { ...b, scheduledAt: d(b.scheduledAt) }));
  }

  /** The session's posts, in the order they were queued, with status and `publishBy`. */
  @GetResult(':id/posts', wire.PostPageSchema)
  async posts(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.Page<wire.PostDto>> {
    return onePage(toPosts(await this.live.sessionPosts(ws, actor, id)));
  }

  /** The fast lane of the approval inbox. */
  @GetResult(':id/inbox', wire.LiveInboxPageSchema)
  async inbox(@Caller() { ws, actor }: Caller, @Param('id') id: string) {
    return onePage((await this.live.inbox(ws, actor, id)).map(toPostRef));
  }

  @PostResult(':id/end', 200, wire.LiveSessionDtoSchema)
  async end(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<wire.LiveSessionDto> {
    return toLiveSession(await this.live.end(ws, actor, id));
  }
}

@ApiTags('ical')
@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @GetResult('workspaces/:ws/calendar-feeds', wire.CalendarFeedPageSchema)
  async list(@Caller() { ws, actor }: Caller) {
    return onePage((await this.feeds.list(ws, actor)).map(toCalendarFeed));
  }

  /** The secret URL is shown once. */
  @PostResult('workspaces/:ws/calendar-feeds', 201, wire.CreateCalendarFeedResponseSchema)
  async create(
    @Caller() { ws, actor }: Caller,
    @Body() b: CreateCalendarFeedDto,
  ): Promise<wire.CreateCalendarFeedResponse> {
    const r = await this.feeds.create(ws, actor, b);
    return { feed: toCalendarFeed(r.feed), token: r.token, url: r.url };
  }

  @Delete('workspaces/:ws/calendar-feeds/:id')
  @ApiNoContent()
  async revoke(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<void> {
    await this.feeds.revoke(ws, actor, id);
  }

  @Public()
  @Get('ical/:file')
  @ApiText('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  ics(@Param('file') file: string): Promise<string> {
    return this.feeds.render(file.replace(/\.ics$/, ''));
  }
}
