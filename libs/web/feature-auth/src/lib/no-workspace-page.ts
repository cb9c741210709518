import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorAlert } from '@xp/web/common';
import { SessionStore, WorkspacesApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, InputField, SubmitButton } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';

/** `/welcome`: a signed-in user without any workspace (e.g. removed from their last one) creates one. */
@Component({
  selector: 'xp-no-workspace-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card narrow">
      <h1>{{ 'welcome.title' | transloco }}</h1>
      <p class="lead">{{ 'welcome.text' | transloco }}</p>
      <xp-api-error [error]="action.error()" />
      <form [formGroup]="form" (ngSubmit)="create()" novalidate>
        <xp-input-field
          [label]="'welcome.name' | transloco"
          inputId="new-workspace-name"
          [control]="form.controls.name"
          required
        />
        <xp-submit-button [label]="'welcome.create' | transloco" [busy]="action.busy()" [disabled]="form.invalid" />
      </form>
    </section>
  `,
  imports: [ReactiveFormsModule, TranslocoPipe, ApiErrorAlert, InputField, SubmitButton],
})
export class NoWorkspacePage {
  private readonly api = inject(WorkspacesApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
  });
  protected readonly action = new ActionRunner(toApiError);

  protected async create(): Promise<void> {
    if (this.form.invalid) return;
    await this.action.run(async () => {
      const ws = await firstValueFrom(this.api.create({ name: this.form.getRawValue().name.trim() }));
      await this.session.refresh();
      await this.router.navigate(['/w', ws.id]);
    });
  }
}
