import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RegisterRequest } from '@xp/shared';
import { ApiError, SessionStore, toApiError } from '@xp/web/data-access';
import { ApiErrorAlert, AuthLayout, homeUrl, LanguageService, safeReturnUrl } from '@xp/web/common';

@Component({
  selector: 'xp-register-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AuthLayout, ApiErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-auth-layout>
      <h1>{{ 'register.title' | transloco }}</h1>
      <p class="lead">{{ 'register.subtitle' | transloco }}</p>
      <xp-api-error [error]="error()" />
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label for="register-name">{{ 'fields.displayName' | transloco }}</label>
          <input id="register-name" type="text" formControlName="displayName" autocomplete="name" required />
        </div>
        <div class="field">
          <label for="register-email">{{ 'fields.email' | transloco }}</label>
          <input id="register-email" type="email" formControlName="email" autocomplete="email" required />
        </div>
        <div class="field">
          <label for="register-password">{{ 'fields.password' | transloco }}</label>
          <input
            id="register-password"
            type="password"
            formControlName="password"
            autocomplete="new-password"
            aria-describedby="register-password-hint"
            required
          />
          <small id="register-password-hint" class="hint">{{ 'register.passwordHint' | transloco }}</small>
        </div>
        <div class="field">
          <label for="register-workspace">{{ 'register.workspaceName' | transloco }}</label>
          <input
            id="register-workspace"
            type="text"
            formControlName="workspaceName"
            aria-describedby="register-workspace-hint"
          />
          <small id="register-workspace-hint" class="hint">{{ 'register.workspaceHint' | transloco }}</small>
        </div>
        @if (submitted() && form.invalid) {
          <p class="field-error" role="alert">{{ 'register.fillIn' | transloco }}</p>
        }
        <button class="btn btn--primary btn--block" type="submit" [disabled]="busy()">
          {{ (busy() ? 'register.submitting' : 'register.submit') | transloco }}
        </button>
      </form>
      <p class="switch-link">
        {{ 'register.haveAccount' | transloco }}
        <a routerLink="/login" [queryParams]="returnUrlParams">{{ 'register.login' | transloco }}</a>
      </p>
    </xp-auth-layout>
  `,
})
export class RegisterPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
    workspaceName: ['', Validators.maxLength(100)],
  });
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly returnUrlParams = this.route.snapshot.queryParamMap.get('returnUrl')
    ? { returnUrl: this.route.snapshot.queryParamMap.get('returnUrl') }
    : {};

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const value = this.form.getRawValue();
    const body: RegisterRequest = {
      email: value.email.trim(),
      password: value.password,
      displayName: value.displayName.trim(),
      locale: this.language.current(),
    };
    if (value.workspaceName.trim()) body.workspaceName = value.workspaceName.trim();
    try {
      await this.session.register(body);
      const target =
        safeReturnUrl(this.router, this.route.snapshot.queryParamMap.get('returnUrl')) ??
        homeUrl(this.router, this.session);
      await this.router.navigateByUrl(target);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }
}
