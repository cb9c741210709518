import { LucideX } from '@lucide/angular';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { computed, input, output, signal } from '@angular/core';
import {
  FormArray,
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  APPROVER_ROLES,
  FIRST_RESPONSE_MINUTES,
  RATE_LIMIT_TIER_VALUES,
  REPLY_APPROVAL_VALUES,
  type AccountDto,
  type BrandDto,
} from '@xp/shared';
import { AccountsApi, ApiError, toApiError } from '@xp/web/data-access';
import { Field, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, LanguageService, WorkspaceScoped, weekdayLabel } from '@xp/web/common';

/** The IANA zones offered first; the account's current zone is added when it is not among them. */
export const COMMON_TIMEZONES: readonly string[] = [
  'Europe/Paris',
  'Europe/London',
  'Europe/Brussels',
  'Europe/Zurich',
  'Europe/Luxembourg',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Amsterdam',
  'Europe/Lisbon',
  'Europe/Dublin',
  'Africa/Casablanca',
  'Africa/Abidjan',
  'Africa/Dakar',
  'America/New_York',
  'America/Toronto',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'America/Martinique',
  'Indian/Reunion',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Auckland',
  'UTC',
];

/** ISO weekdays 1 (Monday) … 7 (Sunday). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

type ApproverRole = (typeof APPROVER_ROLES)[number];
type SlotGroup = FormGroup<{ weekday: FormControl<number>; time: FormControl<string> }>;

/**
 * The settings of one X account: timezone, approval policy, posting slots, rate-limit tier, long posts, brand, and
 * the inbox's reply approval and first-response target.
 */
@Component({
  selector: 'xp-account-settings-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './account-settings-form.html',
  styleUrl: './account-settings-form.css',
  imports: [LucideX, ReactiveFormsModule, TranslocoPipe, ApiErrorAlert, Field],
})
export class AccountSettingsForm extends WorkspaceScoped {
  readonly account = input.required<AccountDto>();
  readonly brands = input<readonly BrandDto[]>([]);
  readonly saved = output<AccountDto>();
  readonly cancelled = output<void>();
  /** A 409 (stale version): the page reloads the list and reopens the form on the fresh copy. */
  readonly conflict = output<ApiError>();

  private readonly api = inject(AccountsApi);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly lang = inject(LanguageService).current;

  protected readonly tiers = RATE_LIMIT_TIER_VALUES;
  protected readonly approverRoles = APPROVER_ROLES;
  protected readonly weekdays = WEEKDAYS;
  protected readonly replyApprovals = REPLY_APPROVAL_VALUES;
  protected readonly responseBounds = FIRST_RESPONSE_MINUTES;
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected readonly form = this.fb.group({
    timezone: ['Europe/Paris', Validators.required],
    rateLimitTier: ['pro' as AccountDto['rateLimitTier']],
    brandId: [''],
    longPosts: [false],
    replyApproval: ['manager' as AccountDto['replyApproval']],
    firstResponseMinutes: [
      FIRST_RESPONSE_MINUTES.default as number,
      [Validators.required, Validators.min(FIRST_RESPONSE_MINUTES.min), Validators.max(FIRST_RESPONSE_MINUTES.max)],
    ],
    approvalPolicy: this.fb.group({
      requiredApprovals: [0 as 0 | 1 | 2],
      approverRoles: [[] as ApproverRole[]],
    }),
    postingSlots: this.fb.array<SlotGroup>([]),
  });

  protected get slots(): FormArray<SlotGroup> {
    return this.form.controls.postingSlots;
  }

  protected readonly timezones = computed(() => {
    const current = this.account().timezone;
    return COMMON_TIMEZONES.includes(current) ? COMMON_TIMEZONES : [current, ...COMMON_TIMEZONES];
  });

  constructor() {
    super();
    onChange(this.account, (account) => this.reset(account));
  }

  protected dayName(weekday: number): string {
    return weekdayLabel(weekday, this.lang());
  }

  protected hasRole(role: ApproverRole): boolean {
    return this.form.controls.approvalPolicy.controls.approverRoles.value.includes(role);
  }

  protected toggleRole(role: ApproverRole, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const control = this.form.controls.approvalPolicy.controls.approverRoles;
    const next = APPROVER_ROLES.filter((r) => (r === role ? checked : control.value.includes(r)));
    control.setValue(next);
  }

  protected addSlot(weekday = 1, time = '09:00'): void {
    this.slots.push(this.slotGroup(weekday, time));
  }

  protected removeSlot(index: number): void {
    this.slots.removeAt(index);
  }

  protected async save(): Promise<void> {
    this.submitted.set(true);
    const value = this.form.getRawValue();
    const policy = value.approvalPolicy;
    if (this.form.invalid || this.saving() || (policy.requiredApprovals > 0 && policy.approverRoles.length === 0))
      return;
    const account = this.account();
    this.saving.set(true);
    this.error.set(null);
    try {
      const updated = await firstValueFrom(
        this.api.update(this.workspaceId(), account.id, {
          timezone: value.timezone,
          rateLimitTier: value.rateLimitTier,
          longPosts: value.longPosts,
          replyApproval: value.replyApproval,
          firstResponseMinutes: Number(value.firstResponseMinutes),
          approvalPolicy: {
            requiredApprovals: Number(policy.requiredApprovals) as 0 | 1 | 2,
            approverRoles: policy.requiredApprovals > 0 ? policy.approverRoles : [],
          },
          postingSlots: value.postingSlots
            .map((s) => ({ weekday: Number(s.weekday), time: s.time }))
            .sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time)),
          ...(value.brandId && value.brandId !== account.brandId ? { brandId: value.brandId } : {}),
          version: account.version,
        }),
      );
      this.submitted.set(false);
      this.saved.emit(updated);
    } catch (e) {
      const error = toApiError(e);
      if (error.statusCode === 409) this.conflict.emit(error);
      else this.error.set(error);
    } finally {
      this.saving.set(false);
    }
  }

  private reset(account: AccountDto): void {
    this.error.set(null);
    this.submitted.set(false);
    this.slots.clear();
    for (const slot of account.postingSlots) this.slots.push(this.slotGroup(slot.weekday, slot.time));
    this.form.patchValue({
      timezone: account.timezone,
      rateLimitTier: account.rateLimitTier,
      brandId: account.brandId,
      longPosts: account.longPosts,
      replyApproval: account.replyApproval,
      firstResponseMinutes: account.firstResponseMinutes,
      approvalPolicy: {
        requiredApprovals: account.approvalPolicy.requiredApprovals,
        approverRoles: [...account.approvalPolicy.approverRoles],
      },
    });
  }

  private slotGroup(weekday: number, time: string): SlotGroup {
    return this.fb.group({
      weekday: [weekday, Validators.required],
      time: [time, [Validators.required, Validators.pattern(/^([01]\d|2[0-3]):[0-5]\d$/)]],
    });
  }
}
