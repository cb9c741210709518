import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, SessionStore, toApiError } from '@xp/web/data-access';
import { ApiErrorAlert, AuthLayout, homeUrl, LanguageService, safeReturnUrl } from '@xp/web/common';

@Component({
  selector: 'xp-login-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AuthLayout, ApiErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-auth-layout>
      <h1>{{ 'login.title' | transloco }}</h1>
      <p class="lead">{{ 'login.subtitle' | transloco }}</p>
      <xp-api-error [error]="error()" />
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <div class="field">
          <label for="login-email">{{ 'fields.email' | transloco }}</label>
          <input id="login-email" type="email" formControlName="email" autocomplete="username" required />
        </div>
        <div class="field">
          <label for="login-password">{{ 'fields.password' | transloco }}</label>
          <input
            id="login-password"
            type="password"
            formControlName="password"
            autocomplete="current-password"
            required
          />
        </div>
        @if (submitted() && form.invalid) {
          <p class="field-error" role="alert">{{ 'login.fillIn' | transloco }}</p>
        }
        <button class="btn btn--primary btn--block" type="submit" [disabled]="busy()">
          {{ (busy() ? 'login.submitting' : 'login.submit') | transloco }}
        </button>
      </form>
      <p class="switch-link">
        {{ 'login.noAccount' | transloco }}
        <a routerLink="/register" [queryParams]="returnUrlParams">{{ 'login.register' | transloco }}</a>
      </p>
    </xp-auth-layout>
  `,
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
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
    try {
      const me = await this.session.login(this.form.getRawValue());
      await this.language.adoptUserLocale(me.user.locale);
      const target =
        safeReturnUrl(this.router, this.route.snapshot.queryParamMap.get('returnUrl')) ??
        homeUrl(this.router, this.session);
      await this.router.navigateByUrl(target);
    } catch (e) {
      this.error.set(toApiError(e));
      this.form.controls.password.reset();
    } finally {
      this.busy.set(false);
    }
  }
}
