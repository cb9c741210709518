import { Directive, input } from '@angular/core';

/**
 * What every page and panel of a workspace's screens starts from: the workspace's id, a required input (the
 * route's `:workspaceId` for a page, bound by the parent for a panel). Extend it rather than declaring the input
 * again; `onChange(this.workspaceId, …)` reloads when the member switches workspace.
 */
@Directive()
export abstract class WorkspaceScoped {
  readonly workspaceId = input.required<string>();
}
