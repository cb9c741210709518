/** The address of a workspace in the API: `/api/workspaces/{ws}`. */
export const wsUrl = (workspaceId: string): string => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

/**
 * The address of a workspace's collection (`…/{ws}/<path>`); with `id`, the item's, and what is `below` it:
 * `…/{ws}/<path>/<id>/<below…>`, each of them encoded.
 */
export function collectionUrl(workspaceId: string, path: string, id?: string, ...below: string[]): string {
  const collection = `${wsUrl(workspaceId)}/${path}`;
  return id === undefined ? collection : [collection, ...[id, ...below].map(encodeURIComponent)].join('/');
}
