import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import type { Page } from '@xp/shared';
import { Observable } from 'rxjs';
import { collectionUrl } from './workspace-url';

export { wsUrl } from './workspace-url';

/**
 * A client of one collection of a workspace, `/api/workspaces/{ws}/<path>`: its first page and a creation, the calls
 * every such client makes, and the address of one item (and what is below it) for the calls a client adds.
 * `Item`: what the list holds; `Create`: the body of a creation; `Created`: its answer.
 */
export abstract class WorkspaceCollectionApi<Item, Create, Created = Item> {
  protected readonly http = inject(HttpClient);
  /** The collection under the workspace, e.g. `live-sessions`. */
  protected abstract readonly path: string;

  list(workspaceId: string): Observable<Page<Item>> {
    return this.http.get<Page<Item>>(this.url(workspaceId));
  }

  create(workspaceId: string, body: Create): Observable<Created> {
    return this.http.post<Created>(this.url(workspaceId), body);
  }

  /** The collection's address; with `id`, the item's, and what is `below` it (`collectionUrl`). */
  protected url(workspaceId: string, id?: string, ...below: string[]): string {
    return collectionUrl(workspaceId, this.path, id, ...below);
  }
}
