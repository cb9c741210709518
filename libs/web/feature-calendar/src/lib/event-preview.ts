import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What the calendar's preview of a post shows (built by the page from the post, its account and the timezone). */
export interface EventPreviewData {
  id: string;
  handle: string;
  when: string;
  /** The status in words, "on hold" and the thread's length when so ("Draft · thread of 2 posts"). */
  status: string;
  excerpt: string;
  /** Where to show it (viewport pixels, under the event). */
  top: number;
  left: number;
}

/**
 * The preview of a post in the calendar, shown while an event is hovered or focused: the whole excerpt (a month
 * cell shows a few words), the account, the time, the status. The focused event points at it (aria-describedby).
 */
@Component({
  selector: 'xp-event-preview',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    id: 'xp-event-preview',
    role: 'tooltip',
    'data-testid': 'event-preview',
    '[style.top.px]': 'data().top',
    '[style.left.px]': 'data().left',
  },
  template: `
    <p class="who">
      <strong>&#64;{{ data().handle }}</strong> · {{ data().when }}
    </p>
    <p class="status">{{ data().status }}</p>
    <p class="text">{{ data().excerpt }}</p>
  `,
  styles: `
    :host {
      position: fixed;
      z-index: 50;
      width: min(22rem, calc(100vw - 1rem));
      padding: 0.6rem 0.75rem;
      border-radius: var(--radius);
      border: 1px solid var(--border);
      background: var(--surface);
      color: var(--fg, inherit);
      box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
      pointer-events: none;
      font-size: 0.9rem;
    }
    p {
      margin: 0;
    }
    .status {
      color: var(--muted-fg);
      font-size: 0.85rem;
    }
    .text {
      margin-top: 0.3rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
})
export class EventPreview {
  readonly data = input.required<EventPreviewData>();
}
