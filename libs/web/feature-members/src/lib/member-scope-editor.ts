import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { AccountDto, MemberDto } from '@xp/shared';
import { RadioGroup, toggled, onChange } from '@xp/web/ui';

/** Which X accounts a member may work on: all of them (`null`), or the ones ticked. */
@Component({
  selector: 'xp-member-scope-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = member();
    <div class="scope-editor">
      <xp-radio-group
        [legend]="'members.scopeOf' | transloco: { name: m.displayName }"
        [name]="'scope-' + m.userId"
        [options]="choices"
        [(value)]="choice"
      />
      @if (choice() === 'some') {
        @if (!accounts().length) {
          <p class="muted small">{{ 'members.scopeNone' | transloco }}</p>
        }
        <ul class="scope-list">
          @for (account of accounts(); track account.id) {
            <li>
              <label class="check">
                <input type="checkbox" [checked]="picked().has(account.id)" (change)="toggle(account.id, $event)" />
                &#64;{{ account.handle }} <span class="muted small">{{ account.name }}</span>
              </label>
            </li>
          }
        </ul>
        @if (!picked().size) {
          <p class="field-error small" role="alert">{{ 'members.scopePickOne' | transloco }}</p>
        }
      }
      <div class="scope-actions">
        <button type="button" class="btn btn--primary btn--sm" (click)="save()" [disabled]="busy() || !valid()">
          {{ 'members.scopeSave' | transloco }}
        </button>
        <button type="button" class="btn btn--ghost btn--sm" (click)="cancelled.emit()">
          {{ 'common.cancel' | transloco }}
        </button>
      </div>
    </div>
  `,
  styles: `
    .scope-editor {
      min-width: 16rem;
    }
    .scope-list {
      list-style: none;
      margin: 0.25rem 0 0.25rem 1.4rem;
      padding: 0;
    }
    .scope-actions {
      display: flex;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
  `,
  imports: [TranslocoPipe, RadioGroup],
})
export class MemberScopeEditor {
  readonly member = input.required<MemberDto>();
  readonly accounts = input.required<readonly AccountDto[]>();
  readonly busy = input(false);
  /** The new scope: `null` for every account, else the ticked accounts' ids. */
  readonly saved = output<string[] | null>();
  readonly cancelled = output<void>();

  protected readonly choices = [
    { value: 'all', label: 'members.scopeAll' },
    { value: 'some', label: 'members.scopeSome' },
  ] as const;
  protected readonly choice = signal<'all' | 'some'>('all');
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  protected readonly valid = computed(() => this.choice() === 'all' || this.picked().size > 0);

  constructor() {
    onChange(this.member, (member) => {
      this.choice.set(member.accountIds === null ? 'all' : 'some');
      this.picked.set(new Set(member.accountIds ?? []));
    });
  }

  protected toggle(accountId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.picked.update((ids) => toggled(ids, accountId, checked));
  }

  protected save(): void {
    if (this.choice() === 'all') {
      this.saved.emit(null);
      return;
    }
    const known = new Set(this.accounts().map((a) => a.id));
    const accountIds = [...this.picked()].filter((id) => known.has(id));
    if (accountIds.length) this.saved.emit(accountIds);
  }
}
