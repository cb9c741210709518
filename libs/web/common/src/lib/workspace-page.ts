import { Directive, inject, signal } from '@angular/core';
import { toApiError } from '@xp/web/data-access';
import { ActionRunner, onChange } from '@xp/web/ui';
import { WorkspacePageContext } from './workspace-page-context';
import { WorkspaceScoped } from './workspace-scoped';

/**
 * A workspace page that reads its data when it opens and again when the member switches workspace (`load`): the
 * shared clients (`ctx`), `action` for its reads and actions (busy while one runs, the last failure shown at the top
 * of the page), and `loaded`, which the page sets once its first read is over (its empty state shows only then).
 */
@Directive()
export abstract class WorkspacePage extends WorkspaceScoped {
  protected readonly ctx = inject(WorkspacePageContext);
  protected readonly action = new ActionRunner(toApiError);
  protected readonly loaded = signal(false);

  constructor() {
    super();
    onChange(this.workspaceId, (ws) => void this.load(ws));
  }

  /** Reads the page's data for the workspace `ws`. */
  protected abstract load(ws: string): Promise<void>;
}
