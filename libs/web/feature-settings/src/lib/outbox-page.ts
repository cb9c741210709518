import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OutboxMessageDto } from '@xp/shared';
import { ApiError, OutboxApi, toApiError } from '@xp/web/data-access';
import { Badge, PageHeader, onChange } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert, LanguageService, WorkspaceScoped } from '@xp/web/common';

/** `/w/:workspaceId/outbox`: the emails the product "sent" while no SMTP server is configured. */
@Component({
  selector: 'xp-outbox-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <xp-page-header [heading]="'outbox.title' | transloco" [lead]="'outbox.subtitle' | transloco">
      <button type="button" class="btn btn--secondary" (click)="reload()" [disabled]="loading()">
        {{ 'outbox.refresh' | transloco }}
      </button>
    </xp-page-header>

    @if (error(); as e) {
      @if (e.statusCode === 403) {
        <p class="card muted" role="alert">{{ 'outbox.forbidden' | transloco }}</p>
      } @else {
        <xp-api-error [error]="e" />
      }
    }

    @if (!error() || messages().length) {
      <section class="card" aria-labelledby="outbox-list">
        <h2 id="outbox-list" class="visually-hidden">{{ 'outbox.title' | transloco }}</h2>
        @if (loading() && !messages().length) {
          <p class="muted">{{ 'common.loading' | transloco }}</p>
        } @else if (!messages().length) {
          <p class="muted" data-testid="outbox-empty">{{ 'outbox.empty' | transloco }}</p>
        } @else {
          <ul class="messages" data-testid="outbox-list">
            @for (message of messages(); track message.id) {
              <li class="message">
                <details [open]="$first">
                  <summary>
                    <span class="message__subject">{{ message.subject }}</span>
                    <span class="message__meta">
                      <span>{{ 'outbox.to' | transloco }} {{ message.to }}</span>
                      <time [attr.datetime]="message.createdAt">{{
                        message.createdAt | date: 'medium' : undefined : lang()
                      }}</time>
                      <xp-badge
                        [tone]="
                          message.status === 'failed' ? 'danger' : message.status === 'sent' ? 'success' : 'neutral'
                        "
                      >
                        {{ 'outbox.status.' + message.status | transloco }}
                      </xp-badge>
                    </span>
                  </summary>
                  <pre class="message__body">{{ message.text }}</pre>
                </details>
              </li>
            }
          </ul>
          @if (nextCursor()) {
            <button type="button" class="btn btn--secondary" (click)="more()" [disabled]="loading()">
              {{ 'common.loadMore' | transloco }}
            </button>
          }
        }
      </section>
    }
  `,
  styles: `
    .messages {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .messages + .btn {
      margin-top: 1rem;
    }
    .message {
      border-bottom: 1px solid var(--border);
    }
    .message:last-child {
      border-bottom: 0;
    }
    summary {
      cursor: pointer;
      padding: 0.75rem 0.25rem;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      justify-content: space-between;
      align-items: baseline;
    }
    summary:focus-visible {
      outline: 2px solid var(--focus);
      outline-offset: 2px;
      border-radius: 4px;
    }
    .message__subject {
      font-weight: 600;
    }
    .message__meta {
      display: inline-flex;
      gap: 0.75rem;
      color: var(--muted-fg);
      font-size: 0.875rem;
      align-items: center;
      flex-wrap: wrap;
    }
    .message__body {
      white-space: pre-wrap;
      word-break: break-word;
      font-family: var(--mono);
      font-size: 0.85rem;
      background: var(--muted-bg);
      padding: 0.75rem 1rem;
      border-radius: var(--radius);
      margin: 0 0 0.75rem;
    }
  `,
  imports: [DatePipe, TranslocoPipe, ApiErrorAlert, Badge, PageHeader],
})
export class OutboxPage extends WorkspaceScoped {
  private readonly api = inject(OutboxApi);
  protected readonly lang = inject(LanguageService).current;

  protected readonly messages = signal<OutboxMessageDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  constructor() {
    super();
    onChange(this.workspaceId, (id) => void this.fetch(id, null));
  }

  protected reload(): void {
    void this.fetch(this.workspaceId(), null);
  }

  protected more(): void {
    void this.fetch(this.workspaceId(), this.nextCursor());
  }

  private async fetch(workspaceId: string, cursor: string | null): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await firstValueFrom(this.api.list(workspaceId, { cursor }));
      this.messages.update((list) => (cursor ? [...list, ...page.items] : page.items));
      this.nextCursor.set(page.nextCursor);
    } catch (e) {
      if (!cursor) this.messages.set([]);
      this.error.set(toApiError(e));
    } finally {
      this.loading.set(false);
    }
  }
}
