import fc from 'fast-check';
import { formatMessage } from '@xp/shared';
import {
  type Approval,
  type ApprovalPolicy,
  type ApprovalSubject,
  approvalRefusal,
  approvalStatus,
  contentHash,
  defaultApprovalPolicy,
  validApprovals,
  validateApprovalPolicy,
} from './approval-policy';
import { sha256Hex } from './sha256';

const T = new Date('2025-06-01T08:00:00Z');
const HASH = contentHash([{ text: 'Résultats semestriels du Groupe Kindy : +12 % de chiffre d’affaires.' }]);
const OTHER = contentHash([{ text: 'Résultats semestriels du Groupe Kindy : +13 % de chiffre d’affaires.' }]);
const a = (approverId: string, role: Approval['role'] = 'manager', hash = HASH): Approval => ({
  approverId,
  role,
  contentHash: hash,
  at: T,
});
const subject = (approvals: Approval[] = [], hash = HASH): ApprovalSubject => ({
  authorId: 'author',
  contentHash: hash,
  approvals,
});

describe('approval policy', () => {
  const one = defaultApprovalPolicy();
  const two: ApprovalPolicy = { requiredApprovals: 2, approverRoles: ['owner', 'admin', 'manager'] };

  it('defaults to one approval by owner, admin or manager', () => {
    expect(one).toEqual({ requiredApprovals: 1, approverRoles: ['owner', 'admin', 'manager'] });
    expect(validateApprovalPolicy(one)).toEqual([]);
  });

  it('validates policies', () => {
    expect(validateApprovalPolicy({ requiredApprovals: 1, approverRoles: [] })).toHaveLength(1);
    expect(validateApprovalPolicy({ requiredApprovals: 0, approverRoles: [] })).toEqual([]);
    expect(validateApprovalPolicy({ requiredApprovals: 3 as 2, approverRoles: ['owner'] })).toHaveLength(1);
    expect(validateApprovalPolicy({ requiredApprovals: 1, approverRoles: ['boss' as 'owner'] })).toEqual([
      { code: 'APPROVAL_POLICY_UNKNOWN_ROLES', params: { roles: 'boss' } },
    ]);
  });

  it("nobody who changed the content approves it: a manager who rewrote an editor's text is a writer, not a reviewer", () => {
    const rewritten: ApprovalSubject = { ...subject(), contributorIds: ['author', 'rewriter'] };
    const refused = approvalRefusal(one, rewritten, {
      approverId: 'rewriter',
      approverRole: 'manager',
      contentHash: HASH,
    });
    expect(refused).toEqual({ code: 'CONTRIBUTOR_APPROVAL', params: {} });
    expect(formatMessage('en', refused!.code, refused!.params)).toMatch(/changed the content/);
    expect(approvalRefusal(one, rewritten, { approverId: 'other', approverRole: 'manager', contentHash: HASH })).toBe(
      null,
    );
    // An approval a writer holds (e.g. stored before the rule) never counts, with one or two required.
    const withTheirs = { ...rewritten, approvals: [a('rewriter'), a('other')] };
    expect(validApprovals(one, withTheirs).map((x) => x.approverId)).toEqual(['other']);
    expect(approvalStatus(two, withTheirs)).toMatchObject({ valid: 1, missing: 1, satisfied: false });
    // Without contributors, only the author is excluded (as before).
    expect(
      approvalRefusal(one, subject(), { approverId: 'rewriter', approverRole: 'manager', contentHash: HASH }),
    ).toBe(null);
  });

  it('the author never approves their own post', () => {
    expect(
      approvalRefusal(one, subject(), { approverId: 'author', approverRole: 'owner', contentHash: HASH })?.code,
    ).toBe('SELF_APPROVAL');
    // ...and an approval recorded by the author anyway does not count.
    expect(approvalStatus(one, subject([a('author', 'owner')])).satisfied).toBe(false);
  });

  it('a role outside the policy may not approve, and its approvals do not count', () => {
    expect(approvalRefusal(one, subject(), { approverId: 'ed', approverRole: 'editor', contentHash: HASH })?.code).toBe(
      'ROLE_NOT_ALLOWED',
    );
    const ownerOnly: ApprovalPolicy = { requiredApprovals: 1, approverRoles: ['owner'] };
    expect(
      approvalRefusal(ownerOnly, subject(), { approverId: 'm', approverRole: 'manager', contentHash: HASH })?.code,
    ).toBe('ROLE_NOT_ALLOWED');
    // A policy narrowed after the fact: the manager's earlier approval no longer counts.
    expect(approvalStatus(ownerOnly, subject([a('m', 'manager')])).satisfied).toBe(false);
    expect(approvalStatus(ownerOnly, subject([a('o', 'owner')])).satisfied).toBe(true);
  });

  it('two approvals come from two distinct people', () => {
    expect(approvalStatus(two, subject([a('m1'), a('m1')]))).toMatchObject({ valid: 1, missing: 1, satisfied: false });
    expect(approvalStatus(two, subject([a('m1'), a('m2', 'admin')]))).toMatchObject({
      valid: 2,
      missing: 0,
      satisfied: true,
      approverIds: ['m1', 'm2'],
    });
    expect(
      approvalRefusal(two, subject([a('m1')]), { approverId: 'm1', approverRole: 'manager', contentHash: HASH })?.code,
    ).toBe('ALREADY_APPROVED');
    expect(
      approvalRefusal(two, subject([a('m1')]), { approverId: 'm2', approverRole: 'manager', contentHash: HASH }),
    ).toBeNull();
  });

  it('an approval counts only on the current content hash', () => {
    expect(
      approvalRefusal(one, subject([], OTHER), { approverId: 'm', approverRole: 'manager', contentHash: HASH })?.code,
    ).toBe('STALE_CONTENT');
    expect(validApprovals(one, subject([a('m')], OTHER))).toEqual([]);
    expect(approvalStatus(one, subject([a('m', 'manager', OTHER), a('m2')], OTHER))).toMatchObject({
      valid: 1,
      satisfied: true,
    });
    // The same person may approve again once the content changed.
    expect(
      approvalRefusal(one, subject([a('m')], OTHER), { approverId: 'm', approverRole: 'manager', contentHash: OTHER }),
    ).toBeNull();
  });

  it('zero required approvals is satisfied at once', () => {
    expect(approvalStatus({ requiredApprovals: 0, approverRoles: [] }, subject()).satisfied).toBe(true);
  });

  it('refusals are catalogue codes whose messages exist in French and English', () => {
    const r = approvalRefusal(one, subject(), { approverId: 'author', approverRole: 'owner', contentHash: HASH });
    expect(r).toEqual({ code: 'SELF_APPROVAL', params: {} });
    expect(formatMessage('fr', r!.code, r!.params)).toMatch(/auteur/);
    expect(formatMessage('en', r!.code, r!.params)).toMatch(/author/);
    const role = approvalRefusal(one, subject(), { approverId: 'x', approverRole: 'editor', contentHash: HASH });
    expect(formatMessage('en', role!.code, role!.params)).toBe(
      'The role "editor" may not approve this account\'s posts.',
    );
  });
});

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    // Padding boundaries (55/56/63/64/119 bytes) and UTF-8 (values from node:crypto).
    ['a'.repeat(55), '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318'],
    ['a'.repeat(56), 'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a'],
    ['a'.repeat(63), '7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34'],
    ['a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
    ['a'.repeat(119), '31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb'],
    ['é€😀 l’entreprise', 'f86b05e79c6158b223349a6393d6b98eece1188421112d2dfd7f46746d79dd5b'],
  ])('hashes %j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected);
  });

  it('hashes one million "a" (NIST long vector)', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('hashes bytes the same as the equivalent string', () => {
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(sha256Hex('abc'));
  });
});

describe('contentHash', () => {
  const thread = [
    { text: 'On recrute ! 🚀', media: [{ id: 'm1', altText: 'Notre équipe' }] },
    { text: 'Quel poste vous intéresse ?', poll: { options: ['Dev', 'Data'], durationMinutes: 1440 } },
  ];

  it('is a deterministic 64-hex digest', () => {
    expect(contentHash(thread)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(thread)).toBe(contentHash(structuredClone(thread)));
  });

  it('changes with text, order, media, alt text and poll', () => {
    const base = contentHash(thread);
    const variants = [
      [{ ...thread[0], text: 'On recrute !' }, thread[1]],
      [thread[1], thread[0]],
      [{ ...thread[0], media: [] }, thread[1]],
      [{ ...thread[0], media: [{ id: 'm2', altText: 'Notre équipe' }] }, thread[1]],
      [{ ...thread[0], media: [{ id: 'm1', altText: 'Notre belle équipe' }] }, thread[1]],
      [{ ...thread[0], media: [{ id: 'm1', sha256: 'a'.repeat(64), altText: 'Notre équipe' }] }, thread[1]],
      [thread[0], { ...thread[1], poll: { options: ['Dev', 'Data', 'Ops'], durationMinutes: 1440 } }],
      [thread[0], { ...thread[1], poll: { options: ['Dev', 'Data'], durationMinutes: 60 } }],
      [thread[0], { ...thread[1], poll: null }],
      [{ text: 'On recrute ! 🚀\nQuel poste vous intéresse ?' }],
    ];
    const hashes = new Set(variants.map((v) => contentHash(v)));
    expect(hashes.size).toBe(variants.length);
    expect(hashes.has(base)).toBe(false);
  });

  it('covers the bytes of each media: same id and alt text with other bytes is other content', () => {
    const withBytes = (sha256: string) => contentHash([{ text: 'x', media: [{ id: 'm1', sha256, altText: 'Alt' }] }]);
    expect(withBytes(sha256Hex('image A'))).not.toBe(withBytes(sha256Hex('image B')));
    expect(withBytes(sha256Hex('image A'))).toBe(withBytes(sha256Hex('image A')));
  });

  it('treats composed and decomposed accents as the same content', () => {
    expect(contentHash([{ text: 'Café' }])).toBe(contentHash([{ text: 'Cafe\u0301' }]));
    expect(contentHash([{ text: 'a', media: null, poll: null }])).toBe(contentHash([{ text: 'a' }]));
  });

  it('does not collide on segment boundaries (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
        fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
        (x, y) => {
          const same = x.length === y.length && x.every((t, i) => t.normalize('NFC') === y[i].normalize('NFC'));
          const hx = contentHash(x.map((text) => ({ text })));
          const hy = contentHash(y.map((text) => ({ text })));
          expect(hx === hy).toBe(same);
        },
      ),
    );
  });
});
