import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, AuthApi, SessionStore, toApiError } from '@xp/web/data-access';
import { Alert } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '@xp/web/common';

function sameAsNew(group: AbstractControl): ValidationErrors | null {
  const value = group.value as { newPassword?: string; confirm?: string };
  return value.newPassword === value.confirm ? null : { mismatch: true };
}

/** `/account`: who I am, and changing my password (which signs out my other sessions server-side). */
@Component({
  selector: 'xp-account-page',
  imports: [ReactiveFormsModule, TranslocoPipe, ApiErrorAlert, Alert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <div>
        <h1>{{ 'account.title' | transloco }}</h1>
        @if (session.user(); as user) {
          <p class="lead">{{ user.displayName }} · {{ user.email }}</p>
        }
      </div>
    </div>
    <section class="card narrow" aria-labelledby="password-heading">
      <h2 id="password-heading">{{ 'account.passwordTitle' | transloco }}</h2>
      <xp-api-error [error]="error()" />
      @if (done()) {
        <xp-alert kind="success" [message]="'account.passwordChanged' | transloco" />
      }
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label for="current-password">{{ 'account.currentPassword' | transloco }}</label>
          <input
            id="current-password"
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            required
          />
        </div>
        <div class="field">
          <label for="new-password">{{ 'account.newPassword' | transloco }}</label>
          <input
            id="new-password"
            type="password"
            formControlName="newPassword"
            autocomplete="new-password"
            aria-describedby="new-password-hint"
            required
          />
          <small id="new-password-hint" class="hint">{{ 'register.passwordHint' | transloco }}</small>
        </div>
        <div class="field">
          <label for="confirm-password">{{ 'account.confirmPassword' | transloco }}</label>
          <input id="confirm-password" type="password" formControlName="confirm" autocomplete="new-password" required />
        </div>
        @if (submitted() && form.hasError('mismatch')) {
          <p class="field-error" role="alert">{{ 'account.mismatch' | transloco }}</p>
        } @else if (submitted() && form.invalid) {
          <p class="field-error" role="alert">{{ 'register.fillIn' | transloco }}</p>
        }
        <button class="btn btn--primary" type="submit" [disabled]="busy()">
          {{ 'account.changePassword' | transloco }}
        </button>
      </form>
    </section>
  `,
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
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.done.set(false);
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const { currentPassword, newPassword } = this.form.getRawValue();
    try {
      await firstValueFrom(this.api.changePassword({ currentPassword, newPassword }));
      this.form.reset();
      this.submitted.set(false);
      this.done.set(true);
      // The server may have rotated or revoked this session too: re-read it (401 → back to login).
      const me = await this.session.refresh();
      if (!me) await this.router.navigate(['/login']);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }
}
