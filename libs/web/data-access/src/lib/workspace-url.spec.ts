import { collectionUrl, wsUrl } from './workspace-url';

describe('the addresses of a workspace', () => {
  it('encodes the workspace id', () => {
    expect(wsUrl('w 1/2')).toBe('/api/workspaces/w%201%2F2');
  });

  it('names a collection, an item of it, and what is below the item, each segment encoded', () => {
    expect(collectionUrl('w', 'live-sessions')).toBe('/api/workspaces/w/live-sessions');
    expect(collectionUrl('w', 'monitors', 'm/1')).toBe('/api/workspaces/w/monitors/m%2F1');
    expect(collectionUrl('w', 'monitors', 'm', 'alerts', 'a?b', 'hold')).toBe(
      '/api/workspaces/w/monitors/m/alerts/a%3Fb/hold',
    );
  });
});
