import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The play sign over a video's poster (its first frame, or a placeholder), centred on the positioned parent. */
@Component({
  selector: 'xp-play-sign',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', 'data-testid': 'play-sign' },
  template: `▶`,
  styles: `
    :host {
      position: absolute;
      inset: 50% auto auto 50%;
      transform: translate(-50%, -50%);
      width: 2.5rem;
      height: 2.5rem;
      border-radius: 50%;
      display: grid;
      place-items: center;
      background: rgb(0 0 0 / 0.6);
      color: #fff;
      pointer-events: none;
    }
  `,
})
export class PlaySign {}
