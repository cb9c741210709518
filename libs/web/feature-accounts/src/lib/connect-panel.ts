import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import type { BrandDto } from '@xp/shared';
import { ApiErrorAlert, WorkspaceScoped } from '@xp/web/common';
import { ApiError, BrandsApi, toApiError } from '@xp/web/data-access';
import { ActionRunner, FORM_PIECES, PAGE_PIECES } from '@xp/web/ui';
import { firstValueFrom } from 'rxjs';

export const DEFAULT_BRAND_COLOR = '#1f4fd1';

/** "Connect an X account": pick the brand it belongs to (or create the first / a new brand), then go to X. */
@Component({
  selector: 'xp-connect-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" id="connect-panel" aria-labelledby="connect-heading" data-testid="connect-panel">
      <h2 id="connect-heading">{{ 'accounts.connectTitle' | transloco }}</h2>
      @let e = error() ?? brand.error();
      <xp-api-error [error]="e" />
      @if (e?.code === 'X_NOT_CONFIGURED') {
        <xp-alert kind="info" [message]="'accounts.notConfigured' | transloco" />
      }
      @if (brands().length && !brandFormOpen()) {
        <p class="muted">{{ 'accounts.connectText' | transloco }}</p>
        <div class="inline-form">
          <xp-field [label]="'fields.brandId' | transloco" for="connect-brand">
            <select #brandSelect id="connect-brand" [value]="selected()" (change)="selected.set(brandSelect.value)">
              @for (b of brands(); track b.id) {
                <option [value]="b.id" [selected]="b.id === selected()">{{ b.name }}</option>
              }
            </select>
          </xp-field>
          <button
            type="button"
            class="btn btn--primary"
            (click)="connect.emit(selected())"
            [disabled]="redirecting() || !selected()"
          >
            {{ (redirecting() ? 'accounts.redirecting' : 'accounts.continueToX') | transloco }}
          </button>
          <button type="button" class="btn btn--ghost" (click)="brandFormOpen.set(true)">
            {{ 'accounts.newBrand' | transloco }}
          </button>
        </div>
      } @else {
        @if (!brands().length) {
          <p class="muted">{{ 'accounts.firstBrand' | transloco }}</p>
        }
        <form class="inline-form" [formGroup]="form" (ngSubmit)="createBrand()" novalidate>
          <xp-input-field
            class="field--grow"
            [label]="'accounts.brandName' | transloco"
            inputId="brand-name"
            [control]="form.controls.name"
            autocomplete="off"
            [maxlength]="100"
            [placeholder]="'accounts.brandPlaceholder' | transloco"
            required
          />
          <xp-field [label]="'fields.color' | transloco" for="brand-color">
            <input id="brand-color" type="color" [formControl]="form.controls.color" class="color-input" />
          </xp-field>
          <xp-submit-button [label]="'accounts.createBrand' | transloco" [busy]="brand.busy()" />
          @if (brands().length) {
            <button type="button" class="btn btn--ghost" (click)="brandFormOpen.set(false)">
              {{ 'common.cancel' | transloco }}
            </button>
          }
        </form>
        @if (submitted() && form.invalid) {
          <p class="field-error" role="alert">{{ 'accounts.brandNameRequired' | transloco }}</p>
        }
      }
    </section>
  `,
  styles: `
    .color-input {
      width: 3.5rem;
      height: 2.5rem;
      padding: 0.15rem;
      border: 1px solid #c5cad6;
      border-radius: var(--radius);
      background: var(--surface);
    }
  `,
  imports: [ReactiveFormsModule, TranslocoPipe, ApiErrorAlert, FORM_PIECES, PAGE_PIECES],
})
export class ConnectPanel extends WorkspaceScoped {
  readonly brands = input.required<readonly BrandDto[]>();
  readonly redirecting = input(false);
  /** The failure of the last "continue to X" (the page asks the API for X's URL). */
  readonly error = input<ApiError | null>(null);
  readonly connect = output<string>();
  readonly brandCreated = output<BrandDto>();

  private readonly brandsApi = inject(BrandsApi);

  protected readonly selected = signal('');
  protected readonly brandFormOpen = signal(false);
  protected readonly submitted = signal(false);
  protected readonly brand = new ActionRunner(toApiError);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    color: [DEFAULT_BRAND_COLOR],
  });

  constructor() {
    super();
    // Keep a brand that still exists selected; else the first one.
    effect(() => {
      const brands = this.brands();
      if (!brands.some((b) => b.id === untracked(this.selected))) this.selected.set(brands[0]?.id ?? '');
    });
  }

  protected async createBrand(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid) return;
    const { name, color } = this.form.getRawValue();
    await this.brand.run(async () => {
      const created = await firstValueFrom(
        this.brandsApi.create(this.workspaceId(), { name: name.trim(), color: color.toLowerCase() }),
      );
      this.form.reset({ name: '', color: DEFAULT_BRAND_COLOR });
      this.submitted.set(false);
      this.brandFormOpen.set(false);
      this.brandCreated.emit(created);
      this.selected.set(created.id);
    });
  }
}
