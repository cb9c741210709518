import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthApi, SessionStore, toApiError } from '@xp/web/data-access';
import { ActionRunner, FORM_PIECES, PAGE_PIECES, passwordField } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '@xp/web/common';
import { AccessTokensCard } from './account/access-tokens-card';
import { NotificationPreferencesCard } from './account/notification-preferences-card';

const HINT = 'register.passwordHint';

function sameAsNew(group: AbstractControl): ValidationErrors | null {
  const value = group.value as { newPassword?: string; confirm?: string };
  return value.newPassword === value.confirm ? null : { mismatch: true };
}

/**
 * `/account`: who I am, changing my password (which signs out my other sessions server-side), my personal access
 * tokens and my notification preferences.
 */
@Component({
  selector: 'xp-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-page-header [heading]="'account.title' | transloco" [lead]="userLine()" />
    <section class="card narrow" aria-labelledby="password-heading">
      <h2 id="password-heading">{{ 'account.passwordTitle' | transloco }}</h2>
      <xp-api-error [error]="action.error()" />
      @if (done()) {
        <xp-alert kind="success" [message]="'account.passwordChanged' | transloco" />
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <xp-input-fields [fields]="fields" />
        <xp-submit-button
          [label]="'account.changePassword' | transloco"
          [busy]="action.busy()"
          [problem]="problem() ? (problem() | transloco) : ''"
        />
      </form>
    </section>
    <xp-access-tokens-card />
    <xp-notification-preferences-card />
  `,
  imports: [
    ReactiveFormsModule,
    TranslocoPipe,
    ApiErrorAlert,
    AccessTokensCard,
    NotificationPreferencesCard,
    FORM_PIECES,
    PAGE_PIECES,
  ],
})
export class AccountPage {
  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', Validators.required],
      confirm: ['', Validators.required],
    },
    { validators: sameAsNew },
  );
  protected readonly fields = [
    passwordField(
      this.form.controls.currentPassword,
      'current-password',
      'account.currentPassword',
      'current-password',
    ),
    passwordField(this.form.controls.newPassword, 'new-password', 'account.newPassword', 'new-password', HINT),
    passwordField(this.form.controls.confirm, 'confirm-password', 'account.confirmPassword', 'new-password'),
  ];
  protected readonly action = new ActionRunner(toApiError);
  protected readonly submitted = signal(false);
  protected readonly done = signal(false);
  /** The form-level complaint after a submit: the confirmation differs, or a field is empty. */
  protected problem(): string {
    if (!this.submitted()) return '';
    if (this.form.hasError('mismatch')) return 'account.mismatch';
    return this.form.invalid ? 'register.fillIn' : '';
  }
  protected readonly userLine = computed(() => {
    const user = this.session.user();
    return user ? `${user.displayName} · ${user.email}` : '';
  });

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.done.set(false);
    if (this.form.invalid) return;
    const { currentPassword, newPassword } = this.form.getRawValue();
    await this.action.run(async () => {
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      this.form.reset();
      this.submitted.set(false);
      this.done.set(true);
      // The server may have rotated or revoked this session too: re-read it (401 → back to login).
      const me = await this.session.refresh();
      if (!me) await this.router.navigate(['/login']);
    });
  }
}
