import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiError, SessionStore, WorkspacesApi, toApiError } from '@xp/web/data-access';
import { firstValueFrom } from 'rxjs';
import { ApiErrorAlert } from '@xp/web/common';

/** `/welcome`: a signed-in user without any workspace (e.g. removed from their last one) creates one. */
@Component({
  selector: 'xp-no-workspace-page',
  imports: [ReactiveFormsModule, TranslocoPipe, ApiErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card narrow">
      <h1>{{ 'welcome.title' | transloco }}</h1>
      <p class="lead">{{ 'welcome.text' | transloco }}</p>
      <xp-api-error [error]="error()" />
      <form [formGroup]="form" (ngSubmit)="create()" novalidate>
        <div class="field">
          <label for="new-workspace-name">{{ 'welcome.name' | transloco }}</label>
          <input id="new-workspace-name" type="text" formControlName="name" required />
        </div>
        <button class="btn btn--primary" type="submit" [disabled]="busy() || form.invalid">
          {{ 'welcome.create' | transloco }}
        </button>
      </form>
    </section>
  `,
})
export class NoWorkspacePage {
  private readonly api = inject(WorkspacesApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected async create(): Promise<void> {
    if (this.form.invalid) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const ws = await firstValueFrom(this.api.create({ name: this.form.getRawValue().name.trim() }));
      await this.session.refresh();
      await this.router.navigate(['/w', ws.id]);
    } catch (e) {
      this.error.set(toApiError(e));
    } finally {
      this.busy.set(false);
    }
  }
}
