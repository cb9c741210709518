import type { MembershipRecord, MembershipRepository } from '../ports';
import { AccessService, type Actor } from './access.service';

const WS = '7f8e2a1c-4b5d-4e6f-8a9b-0c1d2e3f4a5b';
const OTHER_WS = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

/** Counts the membership reads; answers an editor for WS, nothing elsewhere. */
function repo() {
  const reads: string[] = [];
  let role: MembershipRecord['role'] = 'editor';
  const find = async (workspaceId: string, userId: string): Promise<MembershipRecord | null> => {
    reads.push(workspaceId);
    return workspaceId === WS
      ? { workspaceId, userId, role, accountIds: null, version: 1, createdAt: new Date(0) }
      : null;
  };
  return {
    reads,
    setRole: (r: MembershipRecord['role']) => (role = r),
    repo: { find } as unknown as MembershipRepository,
  };
}

describe('AccessService: one membership read per request', () => {
  const actor = (): Actor => ({ userId: 'u1', via: 'session' });

  it("the guard's read serves the handler's first check in the same workspace", async () => {
    const r = repo();
    const access = new AccessService(r.repo);
    const a = actor();
    await access.admit(WS, a);
    const m = await access.require(WS, a, 'posts.read');
    expect(m.role).toBe('editor');
    expect(r.reads).toEqual([WS]);
  });

  it('only once: a later check in the same request reads again and sees a change', async () => {
    const r = repo();
    const access = new AccessService(r.repo);
    const a = actor();
    await access.admit(WS, a);
    await access.require(WS, a, 'posts.write');
    r.setRole('viewer');
    await expect(access.require(WS, a, 'posts.write')).rejects.toMatchObject({ kind: 'forbidden' });
    expect(r.reads).toEqual([WS, WS]);
  });

  it('is kept for that actor object only, and for that workspace only', async () => {
    const r = repo();
    const access = new AccessService(r.repo);
    const a = actor();
    await access.admit(WS, a);
    await access.membership(WS, actor()); // another request's actor: reads
    await expect(access.membership(OTHER_WS, a)).rejects.toMatchObject({ kind: 'not_found' }); // another workspace: reads
    await access.membership(WS, a); // the kept one was dropped by the mismatch: reads
    expect(r.reads).toEqual([WS, WS, OTHER_WS, WS]);
  });

  it('a non-member is refused at the gate and nothing is kept', async () => {
    const r = repo();
    const access = new AccessService(r.repo);
    const a = actor();
    await expect(access.admit(OTHER_WS, a)).rejects.toMatchObject({ kind: 'not_found' });
    await expect(access.membership(OTHER_WS, a)).rejects.toMatchObject({ kind: 'not_found' });
    expect(r.reads).toEqual([OTHER_WS, OTHER_WS]);
  });
});
