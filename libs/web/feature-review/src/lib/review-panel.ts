import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { PostDto } from '@xp/shared';
import { errorMessageIn, PostsApi, toApiError } from '@xp/web/data-access';
import { firstValueFrom } from 'rxjs';
import { LanguageService, WorkspaceScoped } from '@xp/web/common';

/** Approve or request changes on one post, with a comment (and an admin's override reason on a blocking finding). */
@Component({
  selector: 'xp-review-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="review">
      @for (n of notes(); track n.id) {
        <label [for]="n.id">{{ n.label | transloco }}</label>
        <textarea [id]="n.id" rows="2" [formControl]="n.control" [attr.data-testid]="n.testId"></textarea>
      }
      @if (message(); as m) {
        <p class="review__error" role="alert" data-testid="review-error">{{ m }}</p>
      }
      <div class="review__actions">
        <button type="button" class="btn btn--primary" (click)="approve()" [disabled]="busy()" data-testid="approve">
          {{ 'review.approve' | transloco }}
        </button>
        <button
          type="button"
          class="btn btn--secondary"
          (click)="requestChanges()"
          [disabled]="busy()"
          data-testid="request-changes"
        >
          {{ 'review.requestChanges' | transloco }}
        </button>
      </div>
    </div>
  `,
  styles: `
    .review {
      display: flex;
      flex-direction: column;
      gap: 0.35rem;
      margin-top: 0.75rem;
    }
    .review__actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .review__error {
      color: var(--danger-fg);
      background: var(--danger-bg);
      padding: 0.4rem 0.7rem;
      border-radius: var(--radius);
      margin: 0;
    }
  `,
  imports: [ReactiveFormsModule, TranslocoPipe],
})
export class ReviewPanel extends WorkspaceScoped {
  readonly post = input.required<PostDto>();
  readonly isAdmin = input(false);
  readonly changed = output<PostDto>();

  private readonly api = inject(PostsApi);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  protected readonly comment = new FormControl('', { nonNullable: true });
  protected readonly override = new FormControl('', { nonNullable: true });
  protected readonly busy = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly blocking = computed(() => (this.post().findings ?? []).some((f) => f.severity === 'block'));
  /** The text boxes: the comment, and an admin's override reason when a finding blocks. */
  protected readonly notes = computed(() => {
    const id = this.post().id;
    const notes: { id: string; label: string; control: FormControl<string>; testId: string | null }[] = [
      { id: `c-${id}`, label: 'review.comment', control: this.comment, testId: 'review-comment' },
    ];
    if (this.blocking() && this.isAdmin())
      notes.push({ id: `o-${id}`, label: 'review.overrideReason', control: this.override, testId: null });
    return notes;
  });

  protected async approve(): Promise<void> {
    const override = this.override.value.trim();
    const comment = this.comment.value.trim();
    await this.run(() =>
      firstValueFrom(
        this.api.approve(this.workspaceId(), this.post().id, {
          contentHash: this.post().contentHash,
          ...(override ? { overrideReason: override } : {}),
          ...(comment ? { comment } : {}),
        }),
      ),
    );
  }

  protected async requestChanges(): Promise<void> {
    const comment = this.comment.value.trim();
    if (!comment) {
      this.message.set(this.transloco.translate('review.commentRequired', {}, this.language.current()));
      return;
    }
    await this.run(() => firstValueFrom(this.api.requestChanges(this.workspaceId(), this.post().id, comment)));
  }

  private async run(call: () => Promise<PostDto>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.message.set(null);
    try {
      const post = await call();
      this.comment.setValue('');
      this.override.setValue('');
      this.changed.emit(post);
    } catch (e) {
      const error = toApiError(e);
      this.message.set(errorMessageIn(error, this.language.current()) || error.code);
    } finally {
      this.busy.set(false);
    }
  }
}
