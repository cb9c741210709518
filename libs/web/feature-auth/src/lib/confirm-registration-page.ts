import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { onChange } from '@xp/web/ui';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorAlert, AuthLayout, LanguageService, homeUrl } from '@xp/web/common';
import { ApiError, SessionStore, toApiError } from '@xp/web/data-access';

/**
 * `/register/confirm?token=…`: the link of the sign-up confirmation e-mail (REGISTRATION_VERIFY_EMAIL). Opening it
 * creates the account (and its workspace, or joins the invitation's) and signs in; then home.
 */
@Component({
  selector: 'xp-confirm-registration-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-auth-layout>
      <h1>{{ 'confirm.title' | transloco }}</h1>
      @if (error(); as e) {
        <xp-api-error [error]="e" />
        <p>{{ 'confirm.failed' | transloco }}</p>
        <div class="button-row">
          <a class="btn btn--primary" routerLink="/login">{{ 'register.login' | transloco }}</a>
          <a class="btn btn--ghost" routerLink="/register">{{ 'login.register' | transloco }}</a>
        </div>
      } @else {
        <p class="muted" role="status" data-testid="confirm-registration-working">
          {{ 'confirm.working' | transloco }}
        </p>
      }
    </xp-auth-layout>
  `,
  styles: `
    .button-row {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
  imports: [RouterLink, TranslocoPipe, AuthLayout, ApiErrorAlert],
})
export class ConfirmRegistrationPage {
  /** From the link's query string. */
  readonly token = input<string | undefined>();

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    onChange(this.token, (token) => void this.confirm(token ?? ''));
  }

  private async confirm(token: string): Promise<void> {
    this.error.set(null);
    try {
      const me = await this.session.confirmRegistration(token);
      await this.language.adoptUserLocale(me.user.locale);
      await this.router.navigateByUrl(homeUrl(this.router, this.session));
    } catch (e) {
      this.error.set(toApiError(e));
    }
  }
}
