import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LiveUpdatesStore, type NotificationDto } from '@xp/web/data-access';
import { WorkspaceScoped } from '@xp/web/common';

/**
 * The bell of the header: a button whose label says how many notifications are unread, opening the list of recent
 * ones (each links to its post or conversation and is marked read when opened; "mark all read"). Kept live by
 * LiveUpdatesStore.
 * Keyboard: the button toggles the list, Escape closes it and gives focus back to the button.
 */
@Component({
  selector: 'xp-notification-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.css',
  host: {
    class: 'bell',
    '(document:click)': 'outside($event)',
    '(keydown.escape)': 'close(true)',
  },
  imports: [RouterLink, TranslocoPipe],
})
export class NotificationBell extends WorkspaceScoped {
  /** The language of dates. */
  readonly lang = input('fr');

  protected readonly live = inject(LiveUpdatesStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly button = viewChild<ElementRef<HTMLButtonElement>>('button');

  protected readonly open = signal(false);
  protected readonly count = this.live.unreadCount;
  /** "9+" beyond nine: the badge stays one small circle. */
  protected readonly shown = computed(() => (this.count() > 9 ? '9+' : String(this.count())));

  protected toggle(): void {
    const next = !this.open();
    this.open.set(next);
    if (next) void this.live.reload();
  }

  protected close(refocus = false): void {
    if (!this.open()) return;
    this.open.set(false);
    if (refocus) this.button()?.nativeElement.focus();
  }

  protected outside(e: MouseEvent): void {
    if (this.open() && !this.host.nativeElement.contains(e.target as Node)) this.close();
  }

  protected link(n: NotificationDto): string[] | null {
    if (n.subjectType === 'post') return ['/w', this.workspaceId(), 'posts', n.subjectId];
    if (n.subjectType === 'conversation') return ['/w', this.workspaceId(), 'conversations', n.subjectId];
    return null;
  }

  protected opened(n: NotificationDto): void {
    void this.live.markRead(n.id);
    this.close();
  }

  protected when(n: NotificationDto): string {
    try {
      return new Intl.DateTimeFormat(this.lang(), { dateStyle: 'short', timeStyle: 'short' }).format(
        new Date(n.createdAt),
      );
    } catch {
      return n.createdAt;
    }
  }
}
