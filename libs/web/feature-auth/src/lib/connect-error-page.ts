import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CONNECT_WORKSPACE_KEY, SessionStore } from '@xp/web/data-access';
import { Alert } from '@xp/web/ui';
import { AuthLayout } from '@xp/web/common';

/** The failure codes of the X OAuth callback that have their own explanation. */
const KNOWN_CODES = new Set([
  'OAUTH_STATE_INVALID',
  'OAUTH_STATE_OTHER_USER',
  'X_AUTHORIZATION_DENIED',
  'X_EXCHANGE_FAILED',
]);

/** `/accounts/connect-error?code=…&message=…`: where the OAuth callback sends the browser when connecting failed. */
@Component({
  selector: 'xp-connect-error-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-auth-layout>
      <h1>{{ 'connectError.title' | transloco }}</h1>
      <p data-testid="connect-error-explanation">{{ explanationKey() | transloco }}</p>
      @if (message()) {
        <xp-alert
          kind="error"
          [heading]="'connectError.serverSaid' | transloco"
          [message]="message() ?? ''"
          [attr.data-error-code]="code()"
        />
      }
      @if (code()) {
        <p class="muted small">
          {{ 'connectError.code' | transloco }} <code>{{ code() }}</code>
        </p>
      }
      <a class="btn btn--primary" [routerLink]="backLink()">{{ 'connectError.back' | transloco }}</a>
    </xp-auth-layout>
  `,
  imports: [RouterLink, TranslocoPipe, AuthLayout, Alert],
})
export class ConnectErrorPage {
  readonly code = input<string | undefined>();
  readonly message = input<string | undefined>();

  private readonly session = inject(SessionStore);

  protected readonly explanationKey = computed(() => {
    const code = this.code() ?? '';
    return KNOWN_CODES.has(code) ? `connectError.codes.${code}` : 'connectError.codes.other';
  });

  /** Back to the accounts page of the workspace the flow started from, when we know it and still belong to it. */
  protected readonly backLink = computed(() => {
    let workspaceId: string | null = null;
    try {
      workspaceId = globalThis.sessionStorage?.getItem(CONNECT_WORKSPACE_KEY) ?? null;
    } catch {
      workspaceId = null;
    }
    const known = workspaceId && (!this.session.loaded() || this.session.workspace(workspaceId));
    return known ? ['/w', workspaceId, 'accounts'] : ['/'];
  });

  constructor() {
    void this.session.ensureLoaded();
  }
}
