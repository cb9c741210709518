import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { parseTweetText } from '@xp/shared';
import type {
  AccountDto,
  CloseJobOfferResponse,
  ContractTypeValue,
  JobOfferDetailDto,
  JobOfferDto,
  JobOfferPreviewDto,
  JobTemplateDto,
  TemplateLanguageValue,
} from '@xp/shared';
import {
  AccountsApi,
  ApiError,
  JobOffersApi,
  SessionStore,
  WEB_CONTRACT_TYPES,
  WEB_TEMPLATE_LANGUAGES,
  WRITER_ROLES,
  toApiError,
} from '@xp/web/data-access';
import { Alert, Badge } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, LanguageService, statusTone, zonedLocalToDate } from '@xp/web/common';

/** Splits "#Recrutement, data  IT" into ["Recrutement", "data", "IT"]. */
export function parseHashtags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[\s,;]+/)
        .map((h) => h.replace(/^#+/, '').trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * `/w/:ws/job-offers`: structured job offers for the careers account. Create an offer, preview the posts its
 * FR/EN templates generate, generate them (as drafts or submitted), close it (its pending posts are cancelled;
 * optionally its published tweets are deleted), and edit the account's templates.
 */
@Component({
  selector: 'xp-job-offers-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, ApiErrorAlert, Alert, Badge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'jobOffers.title' | transloco }}</h1>
        <p class="lead">{{ 'jobOffers.subtitle' | transloco }}</p>
      </div>
    </div>
    <xp-api-error [error]="error()" />
    @if (notice(); as n) {
      <xp-alert kind="success" [message]="n" data-testid="job-notice" />
    }

    <section class="card" aria-labelledby="offers-list-title">
      <h2 id="offers-list-title">{{ 'jobOffers.listTitle' | transloco }}</h2>
      @if (!offers().length) {
        <p class="muted" data-testid="offers-empty">
          {{ loaded() ? ('jobOffers.empty' | transloco) : ('common.loading' | transloco) }}
        </p>
      } @else {
        <div class="table-wrap">
          <table class="table" data-testid="offers-table">
            <thead>
              <tr>
                <th scope="col">{{ 'jobOffers.fields.title' | transloco }}</th>
                <th scope="col">{{ 'jobOffers.fields.account' | transloco }}</th>
                <th scope="col">{{ 'jobOffers.fields.contractType' | transloco }}</th>
                <th scope="col">{{ 'jobOffers.fields.location' | transloco }}</th>
                <th scope="col">{{ 'jobOffers.fields.closesAt' | transloco }}</th>
                <th scope="col">{{ 'jobOffers.status' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (o of offers(); track o.id) {
                <tr [attr.data-offer]="o.id" [class.selected]="o.id === selectedId()">
                  <th scope="row">
                    <a
                      [routerLink]="['/w', workspaceId(), 'job-offers']"
                      [queryParams]="{ offer: o.id }"
                      [attr.aria-current]="o.id === selectedId() ? 'true' : null"
                      >{{ o.title }}</a
                    >
                  </th>
                  <td>&#64;{{ handle(o.accountId) }}</td>
                  <td>{{ 'jobOffers.contract.' + o.contractType | transloco }}</td>
                  <td>{{ o.location }}</td>
                  <td>{{ day(o.closesAt, o.accountId) }}</td>
                  <td>
                    <xp-badge [tone]="o.status === 'open' ? 'success' : 'neutral'">{{
                      'jobOffers.state.' + o.status | transloco
                    }}</xp-badge>
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>

    @if (detail(); as d) {
      <section class="card" aria-labelledby="offer-title" data-testid="offer-detail">
        <h2 id="offer-title">{{ d.title }}</h2>
        <p class="muted">
          &#64;{{ handle(d.accountId) }} · {{ 'jobOffers.contract.' + d.contractType | transloco }} · {{ d.location }} ·
          <a [href]="d.url" target="_blank" rel="noopener">{{ d.url }}</a>
          @if (d.hashtags.length) {
            · {{ hashtagsText(d.hashtags) }}
          }
        </p>

        <h3>{{ 'jobOffers.preview' | transloco }}</h3>
        @if (preview(); as p) {
          <div class="previews">
            @for (l of languages; track l) {
              <figure class="tweet" [attr.data-testid]="'offer-preview-' + l">
                <figcaption>
                  {{ 'jobOffers.lang.' + l | transloco }} ·
                  <span [class.over]="weighted(p[l]) > 280">{{ weighted(p[l]) }} / 280</span>
                </figcaption>
                <p>{{ p[l] }}</p>
              </figure>
            }
          </div>
        }

        <h3>{{ 'jobOffers.postsTitle' | transloco: { count: d.posts.length } }}</h3>
        @if (d.posts.length) {
          <ul class="offer-posts" data-testid="offer-posts">
            @for (p of d.posts; track p.id) {
              <li>
                <xp-badge [tone]="tone(p.status)">{{ 'status.' + p.status | transloco }}</xp-badge>
                <a [routerLink]="['/w', workspaceId(), 'posts', p.id]">{{ 'jobOffers.openPost' | transloco }}</a>
                @if (p.scheduledAt) {
                  <span class="muted small">{{ time(p.scheduledAt, d.accountId) }}</span>
                }
              </li>
            }
          </ul>
        } @else {
          <p class="muted">{{ 'jobOffers.noPosts' | transloco }}</p>
        }

        @if (canWrite() && d.status === 'open') {
          <form class="inline-form" [formGroup]="generateForm" (ngSubmit)="generate(d)" data-testid="generate-form">
            <fieldset>
              <legend>{{ 'jobOffers.generateLegend' | transloco }}</legend>
              <label class="check"
                ><input type="checkbox" formControlName="fr" /> {{ 'jobOffers.lang.fr' | transloco }}</label
              >
              <label class="check"
                ><input type="checkbox" formControlName="en" /> {{ 'jobOffers.lang.en' | transloco }}</label
              >
            </fieldset>
            <div class="field">
              <label for="gen-at">{{ 'jobOffers.scheduledAt' | transloco: { tz: tz(d.accountId) } }}</label>
              <input id="gen-at" type="datetime-local" formControlName="scheduledAt" />
            </div>
            <label class="check"
              ><input type="checkbox" formControlName="submit" /> {{ 'jobOffers.submitNow' | transloco }}</label
            >
            <button type="submit" class="btn btn--primary" [disabled]="busy()">
              {{ 'jobOffers.generate' | transloco }}
            </button>
          </form>

          <form class="inline-form close" (submit)="close($event, d)" data-testid="close-form">
            <label class="check"
              ><input type="checkbox" [checked]="deleteTweets()" (change)="deleteTweets.set(!deleteTweets())" />
              {{ 'jobOffers.deleteTweets' | transloco }}</label
            >
            @if (confirmClose()) {
              <span>{{ 'jobOffers.closeConfirm' | transloco }}</span>
              <button type="submit" class="btn btn--danger" [disabled]="busy()">
                {{ 'jobOffers.closeYes' | transloco }}
              </button>
              <button type="button" class="btn btn--ghost" (click)="confirmClose.set(false)">
                {{ 'common.cancel' | transloco }}
              </button>
            } @else {
              <button type="button" class="btn btn--secondary" (click)="confirmClose.set(true)">
                {{ 'jobOffers.close' | transloco }}
              </button>
            }
          </form>
        }
        @if (closeResult(); as r) {
          <xp-alert
            [kind]="r.failures.length ? 'error' : 'success'"
            [heading]="'jobOffers.closedTitle' | transloco"
            [message]="
              'jobOffers.closedText'
                | transloco: { cancelled: r.cancelledPostIds.length, deleted: r.deletedTweetIds.length }
            "
            [details]="failureDetails(r)"
            data-testid="close-result"
          />
        }

        @if (templates().length) {
          <details class="templates">
            <summary>{{ 'jobOffers.templatesTitle' | transloco: { handle: handle(d.accountId) } }}</summary>
            <p class="hint">{{ 'jobOffers.templatesHint' | transloco }}</p>
            @for (t of templates(); track t.language) {
              <div class="field">
                <label [for]="'tpl-' + t.language">
                  {{ 'jobOffers.lang.' + t.language | transloco }}
                  @if (t.isDefault) {
                    <span class="muted small">({{ 'jobOffers.defaultTemplate' | transloco }})</span>
                  }
                </label>
                <textarea
                  [id]="'tpl-' + t.language"
                  rows="3"
                  [value]="t.body"
                  [readOnly]="!canWrite()"
                  (input)="editTemplate(t.language, $any($event.target).value)"
                ></textarea>
              </div>
            }
            @if (canWrite()) {
              <button type="button" class="btn btn--secondary" (click)="saveTemplates(d.accountId)" [disabled]="busy()">
                {{ 'jobOffers.saveTemplates' | transloco }}
              </button>
            }
          </details>
        }
      </section>
    }

    @if (canWrite()) {
      <section class="card" aria-labelledby="offer-new-title">
        <h2 id="offer-new-title">{{ 'jobOffers.newTitle' | transloco }}</h2>
        <form class="grid" [formGroup]="form" (ngSubmit)="create()" data-testid="offer-form">
          <div class="field">
            <label for="offer-account">{{ 'jobOffers.fields.account' | transloco }}</label>
            <select id="offer-account" formControlName="accountId">
              @for (a of accounts(); track a.id) {
                <option [value]="a.id">&#64;{{ a.handle }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label for="offer-title-input">{{ 'jobOffers.fields.title' | transloco }}</label>
            <input id="offer-title-input" type="text" formControlName="title" maxlength="200" required />
          </div>
          <div class="field">
            <label for="offer-location">{{ 'jobOffers.fields.location' | transloco }}</label>
            <input id="offer-location" type="text" formControlName="location" maxlength="200" required />
          </div>
          <div class="field">
            <label for="offer-contract">{{ 'jobOffers.fields.contractType' | transloco }}</label>
            <select id="offer-contract" formControlName="contractType">
              @for (c of contractTypes; track c) {
                <option [value]="c">{{ 'jobOffers.contract.' + c | transloco }}</option>
              }
            </select>
          </div>
          <div class="field">
            <label for="offer-url">{{ 'jobOffers.fields.url' | transloco }}</label>
            <input id="offer-url" type="url" formControlName="url" placeholder="https://" required />
          </div>
          <div class="field">
            <label for="offer-closes">{{ 'jobOffers.fields.closesAt' | transloco }}</label>
            <input id="offer-closes" type="date" formControlName="closesOn" />
          </div>
          <div class="field">
            <label for="offer-hashtags">{{ 'jobOffers.fields.hashtags' | transloco }}</label>
            <input id="offer-hashtags" type="text" formControlName="hashtags" aria-describedby="offer-hashtags-hint" />
            <span id="offer-hashtags-hint" class="hint">{{ 'jobOffers.hashtagsHint' | transloco }}</span>
          </div>
          <fieldset class="field">
            <legend>{{ 'jobOffers.fields.languages' | transloco }}</legend>
            <label class="check"
              ><input type="checkbox" formControlName="fr" /> {{ 'jobOffers.lang.fr' | transloco }}</label
            >
            <label class="check"
              ><input type="checkbox" formControlName="en" /> {{ 'jobOffers.lang.en' | transloco }}</label
            >
          </fieldset>
          <div class="field">
            <label class="check"
              ><input type="checkbox" formControlName="generate" /> {{ 'jobOffers.generateNow' | transloco }}</label
            >
            <label class="check"
              ><input type="checkbox" formControlName="submit" /> {{ 'jobOffers.submitNow' | transloco }}</label
            >
          </div>
          <div class="field end">
            <button type="submit" class="btn btn--primary" [disabled]="busy()">
              {{ 'jobOffers.create' | transloco }}
            </button>
          </div>
        </form>
        @if (form.touched && form.invalid) {
          <p class="field-error" role="alert">{{ 'jobOffers.formInvalid' | transloco }}</p>
        }
      </section>
    }
  `,
  styles: `
    tr.selected {
      background: var(--accent-soft);
    }
    .table th[scope='row'] {
      text-transform: none;
      letter-spacing: normal;
      font-size: inherit;
      color: inherit;
      padding: 0.7rem 0.75rem;
    }
    .previews {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 1rem;
    }
    .tweet {
      margin: 0;
      border: 1px solid var(--border);
      border-radius: 12px;
      padding: 0.75rem 1rem;
      background: var(--surface);
    }
    .tweet figcaption {
      font-size: 0.8rem;
      color: var(--muted-fg);
      margin-bottom: 0.35rem;
      font-variant-numeric: tabular-nums;
    }
    .tweet p {
      white-space: pre-wrap;
      margin: 0;
    }
    .over {
      color: var(--danger-fg);
      font-weight: 700;
    }
    .offer-posts {
      list-style: none;
      padding: 0;
    }
    .offer-posts li {
      display: flex;
      gap: 0.6rem;
      align-items: center;
      padding: 0.25rem 0;
    }
    .inline-form {
      display: flex;
      gap: 0.75rem 1.25rem;
      align-items: flex-end;
      flex-wrap: wrap;
      margin: 1rem 0;
      padding-top: 1rem;
      border-top: 1px solid var(--border);
    }
    .inline-form .field {
      margin-bottom: 0;
    }
    .inline-form.close {
      align-items: center;
    }
    fieldset {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.4rem 0.8rem 0.6rem;
      margin: 0;
      display: flex;
      gap: 0.75rem;
    }
    legend {
      font-weight: 600;
      font-size: 0.9rem;
      padding: 0 0.25rem;
    }
    .check {
      display: inline-flex;
      gap: 0.4rem;
      align-items: center;
      font-weight: 500;
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0 1.25rem;
      align-items: end;
    }
    input[type='url'],
    input[type='date'],
    input[type='datetime-local'] {
      font: inherit;
      border: 1px solid #c5cad6;
      border-radius: var(--radius);
      padding: 0.45rem 0.6rem;
      min-height: 2.5rem;
    }
    .templates {
      margin-top: 1rem;
    }
    .templates summary {
      cursor: pointer;
      font-weight: 600;
      margin-bottom: 0.5rem;
    }
  `,
})
export class JobOffersPage {
  private readonly api = inject(JobOffersApi);
  private readonly accountsApi = inject(AccountsApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly lang = inject(LanguageService).current;

  readonly workspaceId = input.required<string>();
  /** `?offer=<id>`: the offer shown in detail. */
  readonly offer = input<string | undefined>();

  protected readonly contractTypes = WEB_CONTRACT_TYPES;
  protected readonly languages = WEB_TEMPLATE_LANGUAGES;
  protected readonly accounts = signal<AccountDto[]>([]);
  protected readonly offers = signal<JobOfferDto[]>([]);
  protected readonly detail = signal<JobOfferDetailDto | null>(null);
  protected readonly preview = signal<JobOfferPreviewDto | null>(null);
  protected readonly templates = signal<JobTemplateDto[]>([]);
  protected readonly closeResult = signal<CloseJobOfferResponse | null>(null);
  protected readonly loaded = signal(false);
  protected readonly busy = signal(false);
  protected readonly confirmClose = signal(false);
  protected readonly deleteTweets = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly notice = signal<string | null>(null);
  private readonly editedTemplates = new Map<TemplateLanguageValue, string>();

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    accountId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    location: ['', [Validators.required, Validators.maxLength(200)]],
    contractType: ['cdi' as ContractTypeValue, Validators.required],
    url: ['', [Validators.required, Validators.pattern(/^https?:\/\/\S+$/)]],
    closesOn: [''],
    hashtags: [''],
    fr: [true],
    en: [true],
    generate: [true],
    submit: [false],
  });
  protected readonly generateForm = this.fb.group({
    fr: [true],
    en: [true],
    scheduledAt: [''],
    submit: [false],
  });

  protected readonly canWrite = computed(() =>
    WRITER_ROLES.includes(this.session.workspace(this.workspaceId())?.role ?? ''),
  );
  protected readonly selectedId = computed(() => this.offer() ?? null);

  constructor() {
    effect(() => {
      const ws = this.workspaceId();
      untracked(() => void this.load(ws));
    });
    effect(() => {
      const id = this.selectedId();
      untracked(() => {
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

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const languages = this.languages.filter((l) => v[l]);
    const tz = this.tz(v.accountId);
    const closesAt = v.closesOn ? zonedLocalToDate(`${v.closesOn}T23:59`, tz) : null;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const created = await firstValueFrom(
        this.api.create(this.workspaceId(), {
          accountId: v.accountId,
          title: v.title.trim(),
          location: v.location.trim(),
          contractType: v.contractType,
          url: v.url.trim(),
          ...(closesAt ? { closesAt: closesAt.toISOString() } : {}),
          hashtags: parseHashtags(v.hashtags),
          ...(v.generate && languages.length ? { generate: { languages, submit: v.submit } } : {}),
        }),
      );
      const { posts, ...offer } = created;
      this.offers.update((list) => [offer, ...list]);
      this.notice.set(
        this.transloco.translate('jobOffers.created', { title: offer.title, count: posts.length }, this.lang()),
      );
      this.form.reset({ ...this.form.getRawValue(), title: '', location: '', url: '', closesOn: '', hashtags: '' });
      await this.router.navigate(['/w', this.workspaceId(), 'job-offers'], { queryParams: { offer: offer.id } });
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async generate(offer: JobOfferDetailDto): Promise<void> {
    const v = this.generateForm.getRawValue();
    const languages = this.languages.filter((l) => v[l]);
    if (!languages.length) return;
    const at = v.scheduledAt ? zonedLocalToDate(v.scheduledAt, this.tz(offer.accountId)) : null;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const { items } = await firstValueFrom(
        this.api.generate(this.workspaceId(), offer.id, {
          languages,
          submit: v.submit,
          ...(at ? { scheduledAt: at.toISOString() } : {}),
        }),
      );
      this.notice.set(this.transloco.translate('jobOffers.generated', { count: items.length }, this.lang()));
      await this.open(offer.id);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async close(event: Event, offer: JobOfferDetailDto): Promise<void> {
    event.preventDefault();
    if (!this.confirmClose()) return;
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      const result = await firstValueFrom(
        this.api.close(this.workspaceId(), offer.id, { version: offer.version, deleteTweets: this.deleteTweets() }),
      );
      this.closeResult.set(result);
      this.confirmClose.set(false);
      this.offers.update((list) => list.map((o) => (o.id === result.offer.id ? result.offer : o)));
      const fresh = await firstValueFrom(this.api.get(this.workspaceId(), offer.id));
      this.detail.set(fresh);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async saveTemplates(accountId: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.notice.set(null);
    try {
      for (const [language, body] of this.editedTemplates) {
        await firstValueFrom(this.api.putTemplate(this.workspaceId(), accountId, language, body));
      }
      this.editedTemplates.clear();
      this.templates.set((await firstValueFrom(this.api.templates(this.workspaceId(), accountId))).items);
      const id = this.selectedId();
      if (id) this.preview.set(await firstValueFrom(this.api.preview(this.workspaceId(), id)));
      this.notice.set(this.transloco.translate('jobOffers.templatesSaved', {}, this.lang()));
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }

  private async open(id: string): Promise<void> {
    const ws = this.workspaceId();
    this.error.set(null);
    try {
      const [detail, preview] = await Promise.all([
        firstValueFrom(this.api.get(ws, id)),
        firstValueFrom(this.api.preview(ws, id)),
      ]);
      if (this.selectedId() !== id) return;
      this.detail.set(detail);
      this.preview.set(preview);
      this.editedTemplates.clear();
      this.templates.set((await firstValueFrom(this.api.templates(ws, detail.accountId))).items);
    } catch (e) {
      this.error.set(toApiError(e));
    }
  }

  private async load(ws: string): Promise<void> {
    this.error.set(null);
    try {
      const [accounts, offers] = await Promise.all([
        firstValueFrom(this.accountsApi.list(ws)),
        firstValueFrom(this.api.list(ws)),
      ]);
      this.accounts.set(accounts.items);
      this.offers.set(
        [...offers.items].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime()),
      );
      // The careers account first: the one whose handle says so, else the first one.
      const careers = accounts.items.find((a) => /career|carri|recrut|job/i.test(a.handle)) ?? accounts.items[0];
      if (careers && !this.form.controls.accountId.value) this.form.controls.accountId.setValue(careers.id);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.loaded.set(true);
    }
  }
}
