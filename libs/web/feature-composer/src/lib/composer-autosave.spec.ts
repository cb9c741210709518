import { autosaveBlocked, type AutosaveSituation } from './composer-autosave';

const ok: AutosaveSituation = {
  saving: false,
  state: 'idle',
  canSave: true,
  uploading: false,
  accounts: 1,
  status: null,
};

describe('composer autosave', () => {
  it('saves a new post or a draft for one account, complete and without uploads in progress', () => {
    expect(autosaveBlocked(ok)).toBeNull();
    expect(autosaveBlocked({ ...ok, status: 'draft', state: 'saved' })).toBeNull();
    expect(autosaveBlocked({ ...ok, state: 'error' })).toBeNull();
  });
  it('never autosaves a post past the draft stage (editing it would change its status)', () => {
    for (const status of ['in_review', 'changes_requested', 'scheduled', 'published'] as const)
      expect(autosaveBlocked({ ...ok, status })).toBe('status');
  });
  it('waits: a save running, a conflict, several accounts, an empty segment, an upload', () => {
    expect(autosaveBlocked({ ...ok, saving: true })).toBe('busy');
    expect(autosaveBlocked({ ...ok, state: 'saving' })).toBe('busy');
    expect(autosaveBlocked({ ...ok, state: 'conflict' })).toBe('conflict');
    expect(autosaveBlocked({ ...ok, accounts: 2 })).toBe('accounts');
    expect(autosaveBlocked({ ...ok, canSave: false })).toBe('incomplete');
    expect(autosaveBlocked({ ...ok, uploading: true })).toBe('uploading');
  });
});
