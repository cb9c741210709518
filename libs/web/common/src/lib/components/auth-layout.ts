import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageSwitch } from '@xp/web/ui';
import { LanguageService } from '@xp/web/core';

/** The frame of the signed-out pages: brand, language switch and a centred card. */
@Component({
  selector: 'xp-auth-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="auth">
      <header class="auth__header">
        <span class="brand"><span class="brand__mark" aria-hidden="true">𝕏</span> {{ 'app.name' | transloco }}</span>
        <xp-language-switch
          [options]="language.options"
          [current]="language.current()"
          [label]="'lang.label' | transloco"
          (changed)="choose($event)"
        />
      </header>
      <main id="main" class="auth__main">
        <section class="card auth__card">
          <ng-content />
        </section>
        <p class="auth__tagline">{{ 'app.tagline' | transloco }}</p>
      </main>
    </div>
  `,
  styles: `
    .auth {
      min-height: 100vh;
      display: flex;
      flex-direction: column;
      background: linear-gradient(160deg, var(--bg) 0%, var(--accent-soft) 100%);
    }
    .auth__header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: 1rem 1.5rem;
    }
    .auth__main {
      flex: 1;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: flex-start;
      padding: 2rem 1rem 4rem;
    }
    .auth__card {
      width: 100%;
      max-width: 26rem;
    }
    .auth__tagline {
      color: var(--muted-fg);
      font-size: 0.875rem;
      margin-top: 1.5rem;
      text-align: center;
      max-width: 26rem;
    }
  `,
  imports: [LanguageSwitch, TranslocoPipe],
})
export class AuthLayout {
  protected readonly language = inject(LanguageService);

  protected choose(lang: string): void {
    void this.language.choose(lang);
  }
}
