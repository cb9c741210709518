import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { InvitationPreviewDto } from '@xp/shared';
import { ApiError, InvitationsApi, SessionStore, toApiError } from '@xp/web/data-access';
import { ActionRunner, Badge, Field, InputFields, passwordField, textField, SubmitButton } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, AuthLayout, LanguageService } from '@xp/web/common';

const HINT = 'register.passwordHint';

/**
 * `/invitations/:token`: who invites you where, then either accept as the signed-in user,
 * sign in first (the email already has an account), or create the account right here.
 */
@Component({
  selector: 'xp-accept-invitation-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    DatePipe,
    TranslocoPipe,
    AuthLayout,
    ApiErrorAlert,
    Badge,
    Field,
    InputFields,
    SubmitButton,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-auth-layout>
      <h1>{{ 'accept.title' | transloco }}</h1>
      @if (loading()) {
        <p class="muted" role="status">{{ 'common.loading' | transloco }}</p>
      } @else if (loadError(); as e) {
        <xp-api-error [error]="e" />
        <p>{{ 'accept.invalid' | transloco }}</p>
        <a class="btn btn--secondary" routerLink="/">{{ 'notFound.home' | transloco }}</a>
      } @else if (preview(); as p) {
        <div class="invitation" data-testid="invitation-preview">
          <p class="lead">
            {{ 'accept.invitedTo' | transloco }}
            <strong data-testid="invitation-workspace">{{ p.workspaceName }}</strong>
          </p>
          <dl class="facts">
            <dt>{{ 'fields.role' | transloco }}</dt>
            <dd>
              <xp-badge tone="accent" data-testid="invitation-role">{{ 'roles.' + p.role | transloco }}</xp-badge>
            </dd>
            <dt>{{ 'fields.email' | transloco }}</dt>
            <dd>{{ p.email }}</dd>
            <dt>{{ 'accept.expires' | transloco }}</dt>
            <dd>{{ p.expiresAt | date: 'medium' : undefined : lang() }}</dd>
          </dl>
        </div>

        <xp-api-error [error]="action.error()" />

        @if (session.user(); as user) {
          @if (user.email.toLowerCase() !== p.email.toLowerCase()) {
            <p class="warning" role="note">
              {{ 'accept.otherUser' | transloco: { current: user.email, invited: p.email } }}
            </p>
          } @else {
            <p>{{ 'accept.signedInAs' | transloco: { email: user.email } }}</p>
          }
          <div class="button-row">
            <button type="button" class="btn btn--primary" (click)="accept()" [disabled]="action.busy()">
              {{ 'accept.join' | transloco: { workspace: p.workspaceName } }}
            </button>
            <button type="button" class="btn btn--ghost" (click)="switchUser()" [disabled]="action.busy()">
              {{ 'accept.switchUser' | transloco }}
            </button>
          </div>
        } @else if (p.userExists) {
          <p>{{ 'accept.signInFirst' | transloco: { email: p.email } }}</p>
          <a class="btn btn--primary" routerLink="/login" [queryParams]="{ returnUrl: returnUrl() }">
            {{ 'accept.signIn' | transloco }}
          </a>
        } @else {
          <h2 class="h3">{{ 'accept.createAccount' | transloco }}</h2>
          <form [formGroup]="form" (ngSubmit)="accept()" novalidate>
            <xp-field [label]="'fields.email' | transloco" for="accept-email">
              <input id="accept-email" type="email" [value]="p.email" readonly autocomplete="username" />
            </xp-field>
            <xp-input-fields [fields]="fields" />
            <xp-submit-button
              block
              [label]="'accept.createAndJoin' | transloco"
              [busy]="action.busy()"
              [problem]="submitted() && form.invalid ? ('register.fillIn' | transloco) : ''"
            />
          </form>
        }
      }
    </xp-auth-layout>
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.35rem 1rem;
      margin: 0 0 1.25rem;
    }
    .facts dt {
      color: var(--muted-fg);
    }
    .facts dd {
      margin: 0;
    }
    .warning {
      background: var(--warning-bg);
      color: var(--warning-fg);
      padding: 0.6rem 0.8rem;
      border-radius: var(--radius);
    }
    .button-row {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
})
export class AcceptInvitationPage {
  private readonly api = inject(InvitationsApi);
  private readonly router = inject(Router);
  protected readonly session = inject(SessionStore);
  protected readonly lang = inject(LanguageService).current;

  readonly token = input.required<string>();

  protected readonly loading = signal(true);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly preview = signal<InvitationPreviewDto | null>(null);
  protected readonly action = new ActionRunner(toApiError);
  protected readonly submitted = signal(false);
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
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  private async load(token: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const [preview] = await Promise.all([firstValueFrom(this.api.preview(token)), this.session.ensureLoaded()]);
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
        this.api.accept(
          this.token(),
          signedIn ? {} : { displayName: value.displayName.trim(), password: value.password },
        ),
      );
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
