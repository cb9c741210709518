import { ChangeDetectionStrategy, Component, input } from '@angular/core';

export interface AlertDetail {
  field?: string;
  message: string;
}

/** An inline message box. Errors are announced to screen readers (role=alert), others politely. */
@Component({
  selector: 'xp-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="xp-alert"
      [class.xp-alert--error]="kind() === 'error'"
      [class.xp-alert--success]="kind() === 'success'"
      [class.xp-alert--info]="kind() === 'info'"
      [attr.role]="kind() === 'error' ? 'alert' : 'status'"
      data-testid="alert"
    >
      @if (heading()) {
        <strong class="xp-alert__title">{{ heading() }}</strong>
      }
      @if (message()) {
        <p class="xp-alert__message">{{ message() }}</p>
      }
      @if (details().length) {
        <ul class="xp-alert__details">
          @for (detail of details(); track $index) {
            <li>
              @if (detail.field) {
                <strong>{{ detail.field }}</strong> :
              }
              {{ detail.message }}
            </li>
          }
        </ul>
      }
      <ng-content />
    </div>
  `,
  styles: `
    .xp-alert {
      border-radius: var(--radius, 8px);
      padding: 0.75rem 1rem;
      border: 1px solid;
      margin: 0 0 1rem;
    }
    .xp-alert--error {
      background: var(--danger-bg);
      border-color: var(--danger-border);
      color: var(--danger-fg);
    }
    .xp-alert--success {
      background: var(--success-bg);
      border-color: var(--success-border);
      color: var(--success-fg);
    }
    .xp-alert--info {
      background: var(--info-bg);
      border-color: var(--info-border);
      color: var(--info-fg);
    }
    .xp-alert__title {
      display: block;
    }
    .xp-alert__message {
      margin: 0.25rem 0 0;
    }
    .xp-alert__details {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
  `,
})
export class Alert {
  readonly kind = input<'error' | 'success' | 'info'>('error');
  readonly heading = input<string>('');
  readonly message = input<string>('');
  readonly details = input<readonly AlertDetail[]>([]);
}
