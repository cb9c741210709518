import { WorkspacePageContext, WorkspaceScoped } from '@xp/web/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { parseTweetText, TEMPLATE_LANGUAGE_VALUES, zonedLocalToDate } from '@xp/shared';
import type {
  AccountDto,
  CloseJobOfferResponse,
  CreateJobOfferResponse,
  JobOfferDetailDto,
  JobOfferDto,
  JobOfferPreviewDto,
  JobTemplateDto,
  TemplateLanguageValue,
} from '@xp/shared';
import { ApiErrorAlert, LanguageService, statusTone } from '@xp/web/common';
import { JobOffersApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, DateTimeField, newestFirst, PAGE_PIECES, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { JobOfferForm } from './job-offer-form';

/**
 * `/w/:ws/job-offers`: structured job offers for the careers account. Create an offer, preview the posts its
 * FR/EN templates generate, generate them (as drafts or submitted), close it (its pending posts are cancelled;
 * optionally its published tweets are deleted), and edit the account's templates.
 */
@Component({
  selector: 'xp-job-offers-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-offers-page.html',
  styleUrl: './job-offers-page.css',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ApiErrorAlert, JobOfferForm, PAGE_PIECES, DateTimeField],
})
export class JobOffersPage extends WorkspaceScoped {
  /** `?offer=<id>`: the offer shown in detail. */
  readonly offer = input<string | undefined>();

  private readonly api = inject(JobOffersApi);
  private readonly ctx = inject(WorkspacePageContext);
  private readonly router = inject(Router);
  protected readonly lang = inject(LanguageService).current;

  protected readonly offerColumns = [
    'jobOffers.fields.title',
    'jobOffers.fields.account',
    'jobOffers.fields.contractType',
    'jobOffers.fields.location',
    'jobOffers.fields.closesAt',
    'jobOffers.status',
  ];
  protected readonly languages = TEMPLATE_LANGUAGE_VALUES;
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly offers = signal<JobOfferDto[]>([]);
  protected readonly detail = signal<JobOfferDetailDto | null>(null);
  protected readonly preview = signal<JobOfferPreviewDto | null>(null);
  protected readonly templates = signal<JobTemplateDto[]>([]);
  protected readonly closeResult = signal<CloseJobOfferResponse | null>(null);
  protected readonly loaded = signal(false);
  protected readonly confirmClose = signal(false);
  protected readonly deleteTweets = signal(false);
  protected readonly action = new ActionRunner(toApiError);
  protected readonly notice = signal<string | null>(null);
  private readonly editedTemplates = new Map<TemplateLanguageValue, string>();

  protected readonly generateForm = inject(NonNullableFormBuilder).group({
    fr: [true],
    en: [true],
    scheduledAt: [''],
    submit: [false],
  });

  protected readonly canWrite = computed(() => this.ctx.session.can(this.workspaceId(), 'posts.write'));
  protected readonly selectedId = computed(() => this.offer() ?? null);

  constructor() {
    super();
    onChange(this.workspaceId, (ws) => void this.load(ws));
    onChange(this.selectedId, (id) => {
      this.confirmClose.set(false);
      this.closeResult.set(null);
      this.deleteTweets.set(false);
      if (id) void this.open(id);
      else {
        this.detail.set(null);
        this.preview.set(null);
        this.templates.set([]);
      }
    });
  }

  protected handle(accountId: string): string {
    return this.accounts().find((a) => a.id === accountId)?.handle ?? '?';
  }

  protected tz(accountId: string): string {
    return this.accounts().find((a) => a.id === accountId)?.timezone ?? 'UTC';
  }

  protected day(iso: string | null, accountId: string): string {
    if (!iso) return '—';
    return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'medium', timeZone: this.tz(accountId) }).format(
      new Date(iso),
    );
  }

  protected time(iso: string, accountId: string): string {
    return new Intl.DateTimeFormat(this.lang(), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: this.tz(accountId),
    }).format(new Date(iso));
  }

  protected hashtagsText(tags: string[]): string {
    return tags.map((t) => `#${t}`).join(' ');
  }

  protected weighted(text: string): number {
    return parseTweetText(text, { maxWeightedLength: 280 }).weightedLength;
  }

  protected tone(status: JobOfferDetailDto['posts'][number]['status']): ReturnType<typeof statusTone> {
    return statusTone(status);
  }

  protected failureDetails(r: CloseJobOfferResponse): { field: string; message: string }[] {
    return r.failures.map((f) => ({ field: f.postId.slice(0, 8), message: f.reason }));
  }

  protected editTemplate(language: TemplateLanguageValue, body: string): void {
    this.editedTemplates.set(language, body);
  }

  protected async created(created: CreateJobOfferResponse): Promise<void> {
    const { posts, ...offer } = created;
    this.offers.update((list) => [offer, ...list]);
    this.say('jobOffers.created', { title: offer.title, count: posts.length });
    await this.router.navigate(['/w', this.workspaceId(), 'job-offers'], { queryParams: { offer: offer.id } });
  }

  protected async generate(offer: JobOfferDetailDto): Promise<void> {
    const v = this.generateForm.getRawValue();
    const languages = this.languages.filter((l) => v[l]);
    if (!languages.length) return;
    const at = v.scheduledAt ? zonedLocalToDate(v.scheduledAt, this.tz(offer.accountId)) : null;
    await this.run(async () => {
      const { items } = await firstValueFrom(
        this.api.generate(this.workspaceId(), offer.id, {
          languages,
          submit: v.submit,
          ...(at ? { scheduledAt: at.toISOString() } : {}),
        }),
      );
      this.say('jobOffers.generated', { count: items.length });
      await this.open(offer.id);
    });
  }

  protected async close(offer: JobOfferDetailDto): Promise<void> {
    await this.run(async () => {
      const result = await firstValueFrom(
        this.api.close(this.workspaceId(), offer.id, { version: offer.version, deleteTweets: this.deleteTweets() }),
      );
      this.closeResult.set(result);
      this.confirmClose.set(false);
      this.offers.update((list) => list.map((o) => (o.id === result.offer.id ? result.offer : o)));
      this.detail.set(await firstValueFrom(this.api.get(this.workspaceId(), offer.id)));
    });
  }

  protected async saveTemplates(accountId: string): Promise<void> {
    const ws = this.workspaceId();
    await this.run(async () => {
      for (const [language, body] of this.editedTemplates) {
        await firstValueFrom(this.api.putTemplate(ws, accountId, language, body));
      }
      this.editedTemplates.clear();
      this.templates.set((await firstValueFrom(this.api.templates(ws, accountId))).items);
      const id = this.selectedId();
      if (id) this.preview.set(await firstValueFrom(this.api.preview(ws, id)));
      this.say('jobOffers.templatesSaved');
    });
  }

  private run(action: () => Promise<void>): Promise<boolean> {
    this.notice.set(null);
    return this.action.run(action);
  }

  private say(key: string, params: Record<string, unknown> = {}): void {
    this.notice.set(this.ctx.transloco.translate(key, params, this.lang()));
  }

  private async open(id: string): Promise<void> {
    const ws = this.workspaceId();
    await this.action.read(async () => {
      const [detail, preview] = await Promise.all([
        firstValueFrom(this.api.get(ws, id)),
        firstValueFrom(this.api.preview(ws, id)),
      ]);
      if (this.selectedId() !== id) return;
      this.detail.set(detail);
      this.preview.set(preview);
      this.editedTemplates.clear();
      this.templates.set((await firstValueFrom(this.api.templates(ws, detail.accountId))).items);
    });
  }

  private async load(ws: string): Promise<void> {
    await this.action.read(async () => {
      const [accounts, offers] = await this.ctx.withAccounts(ws, this.api.list(ws));
      this.accounts.set(accounts);
      this.offers.set(newestFirst(offers.items));
    });
    this.loaded.set(true);
  }
}
