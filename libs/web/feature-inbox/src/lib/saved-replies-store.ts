import { inject, Injectable, signal } from '@angular/core';
import type { CreateSavedReplyRequest, UpdateSavedReplyRequest } from '@xp/shared';
import { InboxApi, type SavedReplyDto } from '@xp/web/data-access';
import { firstValueFrom } from 'rxjs';

/**
 * The saved replies of the Conversations page's workspace, shared by its reply box (which offers them) and the panel
 * that manages them: every change reads the list again. Provided by the page.
 */
@Injectable()
export class SavedRepliesStore {
  private readonly api = inject(InboxApi);
  private workspaceId = '';
  readonly replies = signal<SavedReplyDto[]>([]);

  async load(workspaceId: string): Promise<void> {
    this.workspaceId = workspaceId;
    const page = await firstValueFrom(this.api.savedReplies(workspaceId));
    if (workspaceId === this.workspaceId) this.replies.set(page.items);
  }

  async create(body: CreateSavedReplyRequest): Promise<void> {
    await firstValueFrom(this.api.createSavedReply(this.workspaceId, body));
    await this.load(this.workspaceId);
  }

  async update(id: string, body: UpdateSavedReplyRequest): Promise<void> {
    await firstValueFrom(this.api.updateSavedReply(this.workspaceId, id, body));
    await this.load(this.workspaceId);
  }

  async remove(id: string): Promise<void> {
    await firstValueFrom(this.api.deleteSavedReply(this.workspaceId, id));
    await this.load(this.workspaceId);
  }
}
