import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A page's title (the only h1), an optional lead line under it, and its actions (projected) on the right. */
@Component({
  selector: 'xp-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'page-header' },
  template: `
    <div>
      <h1>{{ heading() }}</h1>
      @if (lead()) {
        <p class="lead">{{ lead() }}</p>
      }
    </div>
    <ng-content />
  `,
})
export class PageHeader {
  readonly heading = input.required<string>();
  readonly lead = input<string>('');
}
