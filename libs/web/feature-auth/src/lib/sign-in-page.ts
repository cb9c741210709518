import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RegisterRequest } from '@xp/shared';
import { ApiErrorAlert, AuthLayout, LanguageService, homeUrl, safeReturnUrl } from '@xp/web/common';
import { SessionStore, toApiError } from '@xp/web/data-access';
import { ActionRunner, type InputFieldSpec, InputFields, SubmitButton, passwordField, textField } from '@xp/web/ui';

export type SignInMode = 'login' | 'register';

/**
 * `/login` and `/register` (route data `mode`): the same card, e-mail and password, plus a name and an optional
 * first workspace when registering. Both go back to `?returnUrl=` (same-app paths only), else home. A registration
 * may answer "check your e-mail" instead of signing in (REGISTRATION_VERIFY_EMAIL, or an address that already has
 * an account: the page cannot tell which, on purpose).
 */
@Component({
  selector: 'xp-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  imports: [ReactiveFormsModule, RouterLink, TranslocoPipe, AuthLayout, ApiErrorAlert, InputFields, SubmitButton],
})
export class SignInPage {
  /** From the route's data. */
  readonly mode = input<SignInMode>('login');

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);

  protected readonly action = new ActionRunner(toApiError);
  protected readonly submitted = signal(false);
  /** The address a confirmation (or "you already have an account") e-mail went to. */
  protected readonly checkEmail = signal<string | null>(null);
  protected readonly returnUrlParams = this.returnUrl() ? { returnUrl: this.returnUrl() } : {};
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
    workspaceName: ['', Validators.maxLength(100)],
  });

  protected readonly fields = computed<InputFieldSpec[]>(() => {
    const c = this.form.controls;
    const id = (name: string): string => `${this.mode()}-${name}`;
    const email = textField(c.email, id('email'), 'fields.email', { type: 'email' });
    if (this.mode() === 'login') {
      return [
        { ...email, autocomplete: 'username' },
        passwordField(c.password, id('password'), 'fields.password', 'current-password'),
      ];
    }
    return [
      textField(c.displayName, id('name'), 'fields.displayName', { autocomplete: 'name' }),
      { ...email, autocomplete: 'email' },
      passwordField(c.password, id('password'), 'fields.password', 'new-password', 'register.passwordHint'),
      textField(c.workspaceName, id('workspace'), 'register.workspaceName', {
        hint: 'register.workspaceHint',
        required: false,
      }),
    ];
  });

  constructor() {
    // Signing in asks for neither a name nor a workspace: those controls are off (and not validated) there.
    effect(() => {
      const login = this.mode() === 'login';
      for (const control of [this.form.controls.displayName, this.form.controls.workspaceName]) {
        if (login) control.disable();
        else control.enable();
      }
    });
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid) return;
    if (this.mode() === 'login') {
      const { email, password } = this.form.getRawValue();
      await this.action.run(
        async () => {
          const me = await this.session.login({ email, password });
          await this.language.adoptUserLocale(me.user.locale);
          await this.leave();
        },
        () => this.form.controls.password.reset(),
      );
    } else {
      const body = this.registration();
      await this.action.run(async () => {
        if (await this.session.register(body)) await this.leave();
        else this.checkEmail.set(body.email);
      });
    }
  }

  private registration(): RegisterRequest {
    const value = this.form.getRawValue();
    const body: RegisterRequest = {
      email: value.email.trim(),
      password: value.password,
      displayName: value.displayName.trim(),
      locale: this.language.current(),
    };
    if (value.workspaceName.trim()) body.workspaceName = value.workspaceName.trim();
    return body;
  }

  private returnUrl(): string | null {
    return this.route.snapshot.queryParamMap.get('returnUrl');
  }

  /** Signed in: back where the user was going (same-app paths only), else home. */
  private async leave(): Promise<void> {
    await this.router.navigateByUrl(safeReturnUrl(this.router, this.returnUrl()) ?? homeUrl(this.router, this.session));
  }
}
