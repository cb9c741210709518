import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InvitationPreviewDto } from '@xp/shared';
import { ApiError, AuthApi, SessionStore, toApiError } from '@xp/web/data-access';
import { ActionRunner, Badge, FORM_PIECES, passwordField, textField, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, AuthLayout, LanguageService } from '@xp/web/common';

const HINT = 'register.passwordHint';

/**
 * `/invitations/:token`: who invites you where, then either accept as the signed-in user, or (signed out) sign in
 * first or create the account right here. The page is not told whether the address has an account (user
 * enumeration); creating one for an address that has an account, or with REGISTRATION_VERIFY_EMAIL, answers
 * "check your e-mail".
 */
@Component({
  selector: 'xp-accept-invitation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation-page.html',
  styleUrl: './accept-invitation-page.css',
  imports: [ReactiveFormsModule, RouterLink, DatePipe, TranslocoPipe, AuthLayout, ApiErrorAlert, Badge, FORM_PIECES],
})
export class AcceptInvitationPage {
  /** The invitation's secret, from the link's path. */
  readonly token = input.required<string>();

  private readonly api = inject(AuthApi);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageService).current;

  protected readonly loading = signal(true);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly preview = signal<InvitationPreviewDto | null>(null);
  protected readonly action = new ActionRunner(toApiError);
  protected readonly submitted = signal(false);
  /** The server answered "check your e-mail" (nobody was signed in). */
  protected readonly checkEmail = signal(false);
  protected readonly returnUrl = computed(() => `/invitations/${encodeURIComponent(this.token())}`);

  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    password: ['', Validators.required],
  });
  protected readonly fields = [
    textField(this.form.controls.displayName, 'accept-name', 'fields.displayName', { autocomplete: 'name' }),
    passwordField(this.form.controls.password, 'accept-password', 'fields.password', 'new-password', HINT),
  ];

  constructor() {
    onChange(this.token, (token) => void this.load(token));
  }

  private async load(token: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const [preview] = await Promise.all([firstValueFrom(this.api.invitation(token)), this.session.ensureLoaded()]);
      this.preview.set(preview);
    } catch (e) {
      this.loadError.set(toApiError(e));
    } finally {
      this.loading.set(false);
    }
  }

  protected async accept(): Promise<void> {
    const signedIn = this.session.signedIn();
    if (!signedIn) {
      this.submitted.set(true);
      if (this.form.invalid) return;
    }
    const value = this.form.getRawValue();
    await this.action.run(async () => {
      const result = await firstValueFrom(
        this.api.acceptInvitation(
          this.token(),
          signedIn ? {} : { displayName: value.displayName.trim(), password: value.password },
        ),
      );
      if ('status' in result) {
        this.checkEmail.set(true);
        return;
      }
      // Accepting signs the invitee in: reload the session (fresh CSRF cookie, the new workspace).
      await this.session.refresh();
      await this.router.navigate(['/w', result.workspaceId]);
    });
  }

  protected async switchUser(): Promise<void> {
    // Signed out locally even when the server call fails.
    await this.action.run(() => this.session.logout().catch(() => undefined));
  }
}
