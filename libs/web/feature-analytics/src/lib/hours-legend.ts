import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The legend of the best hours' shades, from few impressions per post to many; what the parent projects (the map's
 * other marks) follows it on the same line.
 */
@Component({
  selector: 'p[xpHoursLegend]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'small muted' },
  styleUrl: './hour-shades.css',
  styles: `
    :host {
      display: flex;
      gap: 0.35rem;
      align-items: center;
    }
    .swatch {
      display: block;
      width: 1.25rem;
      height: 1rem;
      border-radius: 3px;
      border: 1px solid var(--border);
    }
  `,
  template: `
    {{ 'analytics.hours.legendLow' | transloco }}
    @for (l of levels; track l) {
      <span class="swatch" [class]="'level-' + l" aria-hidden="true"></span>
    }
    {{ 'analytics.hours.legendHigh' | transloco }}
    <ng-content />
  `,
  imports: [TranslocoPipe],
})
export class HoursLegend {
  protected readonly levels = [0, 1, 2, 3, 4];
}
