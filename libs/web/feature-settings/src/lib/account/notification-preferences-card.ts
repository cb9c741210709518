import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  NotificationPreferencesApi,
  SessionStore,
  toApiError,
  type NotificationPreferenceDto,
} from '@xp/web/data-access';
import { ActionRunner, FORM_PIECES, PAGE_PIECES } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '@xp/web/common';
import { eventKey, NOTIFICATION_EVENTS } from '../owner/notification-events';

type Channel = 'inApp' | 'email';

/** "Mon compte" → what I am told about, per workspace, event and channel (in the app, by e-mail). */
@Component({
  selector: 'xp-notification-preferences-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-preferences-card.html',
  styles: `
    td.center,
    :host ::ng-deep th.center {
      text-align: center;
    }
  `,
  imports: [TranslocoPipe, ApiErrorAlert, FORM_PIECES, PAGE_PIECES],
})
export class NotificationPreferencesCard {
  private readonly api = inject(NotificationPreferencesApi);
  protected readonly session = inject(SessionStore);

  protected readonly eventKey = eventKey;
  protected readonly workspaceId = signal('');
  protected readonly prefs = signal<NotificationPreferenceDto[]>([]);
  protected readonly saved = signal(false);
  protected readonly action = new ActionRunner(toApiError);
  protected readonly columns = [
    'notifPrefs.event',
    { key: 'notifPrefs.inApp', class: 'center' },
    { key: 'notifPrefs.email', class: 'center' },
  ];
  /** The preferences in the screen's order of events. */
  protected readonly rows = computed(() => {
    const byEvent = new Map(this.prefs().map((p) => [p.event, p]));
    return NOTIFICATION_EVENTS.flatMap((e) => byEvent.get(e) ?? []);
  });

  constructor() {
    effect(() => {
      const first = this.session.workspaces()[0]?.id ?? '';
      untracked(() => {
        if (!this.workspaceId() && first) void this.choose(first);
      });
    });
  }

  protected async choose(workspaceId: string): Promise<void> {
    this.workspaceId.set(workspaceId);
    this.saved.set(false);
    this.prefs.set([]);
    await this.action.run(async () => {
      this.prefs.set((await firstValueFrom(this.api.get(workspaceId))).preferences);
    });
  }

  protected set(event: string, channel: Channel, on: boolean): void {
    this.saved.set(false);
    this.prefs.update((list) => list.map((p) => (p.event === event ? { ...p, [channel]: on } : p)));
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.saved.set(false);
    await this.action.run(async () => {
      const res = await firstValueFrom(this.api.save(this.workspaceId(), this.prefs()));
      this.prefs.set(res.preferences);
      this.saved.set(true);
    });
  }
}
