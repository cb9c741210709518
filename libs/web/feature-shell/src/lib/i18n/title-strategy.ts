import { DestroyRef, Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';

/** Route titles are translation keys; the document title follows the language switch. */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private key: string | undefined;

  constructor() {
    super();
    const sub = this.transloco.events$.subscribe((event) => {
      if (event.type === 'langChanged' || event.type === 'translationLoadSuccess') this.apply();
    });
    inject(DestroyRef).onDestroy(() => sub.unsubscribe());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key = this.buildTitle(snapshot);
    this.apply();
  }

  private apply(): void {
    const app = this.transloco.translate('app.name');
    const page = this.key ? this.transloco.translate(this.key) : '';
    this.title.setTitle(page && page !== this.key ? `${page} · ${app}` : app);
  }
}
