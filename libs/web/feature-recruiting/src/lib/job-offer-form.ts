import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CONTRACT_TYPE_VALUES,
  TEMPLATE_LANGUAGE_VALUES,
  zonedLocalToDate,
  type AccountDto,
  type ContractTypeValue,
  type CreateJobOfferResponse,
} from '@xp/shared';
import { ApiErrorAlert, WorkspaceScoped } from '@xp/web/common';
import { JobOffersApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, FORM_PIECES, textField } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';

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

/** A new job offer: the careers account, the offer's facts, its languages, and whether to generate its posts now. */
@Component({
  selector: 'xp-job-offer-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-api-error [error]="action.error()" />
    <form class="grid" [formGroup]="form" (ngSubmit)="create()" data-testid="offer-form">
      <xp-field [label]="'jobOffers.fields.account' | transloco" for="offer-account">
        <select id="offer-account" formControlName="accountId">
          @for (a of accounts(); track a.id) {
            <option [value]="a.id">&#64;{{ a.handle }}</option>
          }
        </select>
      </xp-field>
      <xp-input-fields [fields]="head" />
      <xp-field [label]="'jobOffers.fields.contractType' | transloco" for="offer-contract">
        <select id="offer-contract" formControlName="contractType">
          @for (c of contractTypes; track c) {
            <option [value]="c">{{ 'jobOffers.contract.' + c | transloco }}</option>
          }
        </select>
      </xp-field>
      <xp-input-fields [fields]="tail" />
      @if (form.controls.en.value) {
        <xp-input-fields [fields]="english" />
      }
      <fieldset class="field">
        <legend>{{ 'jobOffers.fields.languages' | transloco }}</legend>
        @for (l of languages; track l) {
          <label class="check"
            ><input type="checkbox" [formControl]="form.controls[l]" /> {{ 'jobOffers.lang.' + l | transloco }}</label
          >
        }
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
        <xp-submit-button [label]="'jobOffers.create' | transloco" [busy]="action.busy()" />
      </div>
    </form>
    @if (form.touched && form.invalid) {
      <p class="field-error" role="alert">{{ 'jobOffers.formInvalid' | transloco }}</p>
    }
  `,
  styles: `
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0 1.25rem;
      align-items: end;
    }
    fieldset {
      border: 1px solid var(--border);
      border-radius: var(--radius);
      padding: 0.4rem 0.8rem 0.6rem;
      margin: 0;
      display: flex;
      gap: 0.75rem;
    }
  `,
  imports: [ReactiveFormsModule, TranslocoPipe, ApiErrorAlert, FORM_PIECES],
})
export class JobOfferForm extends WorkspaceScoped {
  readonly accounts = input.required<readonly AccountDto[]>();
  readonly created = output<CreateJobOfferResponse>();

  private readonly api = inject(JobOffersApi);

  protected readonly contractTypes = CONTRACT_TYPE_VALUES;
  protected readonly languages = TEMPLATE_LANGUAGE_VALUES;
  protected readonly action = new ActionRunner(toApiError);
  protected readonly form = inject(NonNullableFormBuilder).group({
    accountId: ['', Validators.required],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    location: ['', [Validators.required, Validators.maxLength(200)]],
    contractType: ['cdi' as ContractTypeValue, Validators.required],
    url: ['', [Validators.required, Validators.pattern(/^https?:\/\/\S+$/)]],
    closesOn: [''],
    hashtags: [''],
    titleEn: ['', Validators.maxLength(200)],
    hashtagsEn: [''],
    fr: [true],
    en: [true],
    generate: [true],
    submit: [false],
  });
  /** The text inputs before and after the contract type. */
  protected readonly head = [
    textField(this.form.controls.title, 'offer-title-input', 'jobOffers.fields.title', { maxlength: 200 }),
    textField(this.form.controls.location, 'offer-location', 'jobOffers.fields.location', { maxlength: 200 }),
  ];
  protected readonly tail = [
    textField(this.form.controls.url, 'offer-url', 'jobOffers.fields.url', { type: 'url', placeholder: 'https://' }),
    textField(this.form.controls.closesOn, 'offer-closes', 'jobOffers.fields.closesAt', {
      type: 'date',
      required: false,
    }),
    textField(this.form.controls.hashtags, 'offer-hashtags', 'jobOffers.fields.hashtags', {
      hint: 'jobOffers.hashtagsHint',
      required: false,
    }),
  ];
  /** The English post's own words (the French title and hashtags are not repeated in English). */
  protected readonly english = [
    textField(this.form.controls.titleEn, 'offer-title-en', 'jobOffers.fields.titleEn', {
      maxlength: 200,
      required: false,
      hint: 'jobOffers.titleEnHint',
    }),
    textField(this.form.controls.hashtagsEn, 'offer-hashtags-en', 'jobOffers.fields.hashtagsEn', {
      hint: 'jobOffers.hashtagsEnHint',
      required: false,
    }),
  ];

  constructor() {
    super();
    // The careers account first: the one whose handle says so, else the first one.
    effect(() => {
      const accounts = this.accounts();
      const careers = accounts.find((a) => /career|carri|recrut|job/i.test(a.handle)) ?? accounts[0];
      const control = this.form.controls.accountId;
      if (careers && !untracked(() => control.value)) control.setValue(careers.id);
    });
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const languages = this.languages.filter((l) => v[l]);
    const tz = this.accounts().find((a) => a.id === v.accountId)?.timezone ?? 'UTC';
    const closesAt = v.closesOn ? zonedLocalToDate(`${v.closesOn}T23:59`, tz) : null;
    await this.action.run(async () => {
      const created = await firstValueFrom(
        this.api.create(this.workspaceId(), {
          accountId: v.accountId,
          title: v.title.trim(),
          location: v.location.trim(),
          contractType: v.contractType,
          url: v.url.trim(),
          ...(closesAt ? { closesAt: closesAt.toISOString() } : {}),
          hashtags: parseHashtags(v.hashtags),
          ...(v.en && v.titleEn.trim() ? { titleEn: v.titleEn.trim() } : {}),
          ...(v.en && v.hashtagsEn.trim() ? { hashtagsEn: parseHashtags(v.hashtagsEn) } : {}),
          ...(v.generate && languages.length ? { generate: { languages, submit: v.submit } } : {}),
        }),
      );
      this.form.reset({
        ...v,
        title: '',
        location: '',
        url: '',
        closesOn: '',
        hashtags: '',
        titleEn: '',
        hashtagsEn: '',
      });
      this.created.emit(created);
    });
  }
}
