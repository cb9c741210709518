import { WorkspacePage } from '@xp/web/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { eventKey, NOTIFICATION_EVENTS, type NotificationEvent } from './notification-events';
import { WebhooksApi, type WebhookDeliveryDto, type WebhookDto } from '@xp/web/data-access';
import { FORM_PIECES, newestFirst, PAGE_PIECES, toggled } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '@xp/web/common';

/**
 * `/w/:ws/webhooks` (owners and admins): the workspace's outgoing webhooks — create one (URL, events; the signing
 * secret is shown once), send a test event, read its recent deliveries, delete it.
 */
@Component({
  selector: 'xp-webhooks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webhooks-page.html',
  styleUrl: './owner-tools.css',
  imports: [TranslocoPipe, ApiErrorAlert, FORM_PIECES, PAGE_PIECES],
})
export class WebhooksPage extends WorkspacePage {
  private readonly api = inject(WebhooksApi);

  protected readonly events = NOTIFICATION_EVENTS;
  protected readonly eventKey = eventKey;
  protected readonly hooks = signal<WebhookDto[]>([]);
  protected readonly url = signal('');
  protected readonly chosen = signal<ReadonlySet<NotificationEvent>>(new Set(['post.published', 'post.failed']));
  protected readonly secret = signal<string | null>(null);
  /** The webhook whose delivery log is open, and that log. */
  protected readonly openId = signal<string | null>(null);
  protected readonly deliveries = signal<WebhookDeliveryDto[]>([]);
  protected readonly tested = signal<string | null>(null);
  protected readonly confirming = signal<string | null>(null);
  protected readonly columns = ['webhooks.url', 'webhooks.events', 'webhooks.createdAt'];
  protected readonly deliveryColumns = [
    'webhooks.deliveryAt',
    'webhooks.event',
    'webhooks.status',
    'webhooks.attempts',
    'webhooks.result',
  ];

  protected toggle(event: NotificationEvent, on: boolean): void {
    this.chosen.update((set) => toggled(set, event, on));
  }

  protected date(iso: string | null): string {
    if (!iso) return '';
    return new Intl.DateTimeFormat(this.ctx.language.current(), { dateStyle: 'short', timeStyle: 'medium' }).format(
      new Date(iso),
    );
  }

  protected async create(event: Event): Promise<void> {
    event.preventDefault();
    this.secret.set(null);
    await this.action.run(async () => {
      const created = await firstValueFrom(
        this.api.create(this.workspaceId(), { url: this.url().trim(), events: [...this.chosen()] }),
      );
      this.secret.set(created.secret ?? null);
      this.url.set('');
      const { secret: _secret, ...hook } = created;
      this.hooks.update((list) => [hook, ...list]);
    });
  }

  protected async test(hook: WebhookDto): Promise<void> {
    await this.action.run(async () => {
      await firstValueFrom(this.api.test(this.workspaceId(), hook.id));
      this.tested.set(hook.id);
      await this.showDeliveries(hook.id);
    });
  }

  protected async toggleLog(hook: WebhookDto): Promise<void> {
    if (this.openId() === hook.id) {
      this.openId.set(null);
      return;
    }
    await this.action.run(() => this.showDeliveries(hook.id));
  }

  protected async refreshLog(): Promise<void> {
    const id = this.openId();
    if (id) await this.action.run(() => this.showDeliveries(id));
  }

  protected async remove(hook: WebhookDto): Promise<void> {
    await this.action.run(async () => {
      await firstValueFrom(this.api.remove(this.workspaceId(), hook.id));
      this.hooks.update((list) => list.filter((h) => h.id !== hook.id));
      if (this.openId() === hook.id) this.openId.set(null);
    });
  }

  private async showDeliveries(id: string): Promise<void> {
    const page = await firstValueFrom(this.api.deliveries(this.workspaceId(), id));
    this.deliveries.set(page.items);
    this.openId.set(id);
  }

  protected async load(ws: string): Promise<void> {
    this.openId.set(null);
    await this.action.read(async () => {
      this.hooks.set(newestFirst((await firstValueFrom(this.api.list(ws))).items));
    });
    this.loaded.set(true);
  }
}
