import { Injectable, computed, inject, signal } from '@angular/core';
import { ApiError, HoldDto, HoldsApi, toApiError } from '@xp/web/data-access';
import { firstValueFrom } from 'rxjs';

/** The workspace's crisis holds, shared by the banner, the calendar and the crisis buttons. */
@Injectable({ providedIn: 'root' })
export class HoldsStore {
  private readonly api = inject(HoldsApi);
  private readonly workspace = signal<string | null>(null);
  private readonly state = signal<HoldDto[]>([]);
  /** false when the holds API answers 404 (not deployed yet): the UI says so instead of failing. */
  readonly available = signal(true);
  readonly error = signal<ApiError | null>(null);
  readonly holds = this.state.asReadonly();
  readonly active = computed(() => this.state().filter((h) => h.active !== false && !h.releasedAt));
  /** Bumped after a hold is placed or released, so pages reload their posts. */
  readonly changes = signal(0);

  async load(workspaceId: string): Promise<void> {
    if (this.workspace() !== workspaceId) this.state.set([]);
    this.workspace.set(workspaceId);
    try {
      const answer = await firstValueFrom(this.api.list(workspaceId));
      if (this.workspace() !== workspaceId) return;
      this.state.set(answer.items);
      this.available.set(true);
      this.error.set(null);
    } catch (e) {
      const error = toApiError(e);
      if (error.statusCode === 404 || error.statusCode === 405) this.available.set(false);
      else this.error.set(error);
    }
  }

  /** Places a hold; throws the API error (a 404 also marks the feature unavailable). */
  async place(workspaceId: string, scope: HoldDto['scope'], targetId: string | null, reason: string): Promise<HoldDto> {
    try {
      const hold = await firstValueFrom(this.api.create(workspaceId, { scope, targetId, reason }));
      this.state.update((list) => [...list.filter((h) => h.id !== hold.id), hold]);
      this.changes.update((n) => n + 1);
      void this.load(workspaceId);
      return hold;
    } catch (e) {
      const error = toApiError(e);
      if (error.statusCode === 404 || error.statusCode === 405) this.available.set(false);
      throw error;
    }
  }

  async release(workspaceId: string, id: string, mode: 'resume' | 'review'): Promise<void> {
    try {
      await firstValueFrom(this.api.release(workspaceId, id, mode));
    } catch (e) {
      throw toApiError(e);
    }
    this.state.update((list) => list.filter((h) => h.id !== id));
    this.changes.update((n) => n + 1);
    void this.load(workspaceId);
  }
}
