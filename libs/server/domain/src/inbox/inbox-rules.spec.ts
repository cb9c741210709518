import { formatMessage } from '@xp/shared';
import {
  engagesBrand,
  firstResponseDue,
  isBreached,
  mentionsIn,
  postApprovalPolicy,
  replyAllowed,
  statusOnInbound,
} from './index';

const brand = { xUserId: '100', handle: 'Kindy' };
const customer = { authorXId: '200', authorUsername: 'marie' };

describe('the 2026 reply rule', () => {
  it('allows a reply to a customer who mentioned, replied to or quoted the brand', () => {
    expect(
      replyAllowed({ brand, target: { ...customer, engagesBrand: true }, conversationRootAuthorXId: '200' }),
    ).toEqual({ ok: true, reason: 'engaged' });
  });

  it("allows the brand's own posts and the threads it started", () => {
    expect(
      replyAllowed({
        brand,
        target: { authorXId: '100', authorUsername: 'Kindy', engagesBrand: false },
        conversationRootAuthorXId: null,
      }).ok,
    ).toBe(true);
    expect(
      replyAllowed({ brand, target: { ...customer, engagesBrand: false }, conversationRootAuthorXId: '100' }),
    ).toEqual({
      ok: true,
      reason: 'own_thread',
    });
  });

  it('refuses a post whose author never engaged the brand, with the reason in French and English', () => {
    const d = replyAllowed({ brand, target: { ...customer, engagesBrand: false }, conversationRootAuthorXId: '300' });
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.code).toBe('REPLY_NOT_ALLOWED_BY_X');
    expect(formatMessage('fr', d.message.code, d.message.params)).toContain('depuis février 2026');
    expect(formatMessage('fr', d.message.code, d.message.params)).toContain('@marie');
    expect(formatMessage('en', d.message.code, d.message.params)).toContain('since February 2026');
  });

  it('refuses a target outside the conversation', () => {
    const d = replyAllowed({ brand, target: null, conversationRootAuthorXId: null });
    expect(d.ok === false && d.code).toBe('REPLY_TARGET_UNKNOWN');
  });
});

describe('what engages the brand', () => {
  it('reads explicit mentions, whatever the case, but not e-mail addresses nor longer handles', () => {
    expect(mentionsIn("@Kindy ma commande n'est jamais arrivée")).toEqual(['kindy']);
    expect(mentionsIn('écrivez à contact@kindy.fr')).toEqual([]);
    expect(mentionsIn('@KindyFrance bonjour')).toEqual(['kindyfrance']);
    expect(engagesBrand({ text: 'merci @KINDY !' }, brand)).toBe(true);
    expect(engagesBrand({ text: '@KindyFrance bonjour' }, brand)).toBe(false);
  });

  it('counts a reply to the brand and a quote of its post', () => {
    expect(engagesBrand({ text: '@marie oui', inReplyToUserId: '100' }, brand)).toBe(true);
    expect(engagesBrand({ text: 'regardez ça', quotedAuthorXId: '100' }, brand)).toBe(true);
    expect(engagesBrand({ text: '@marie oui', inReplyToUserId: '200' }, brand)).toBe(false);
  });
});

describe('conversation rules', () => {
  it('reopens a done or pending conversation when the customer writes again', () => {
    expect(statusOnInbound('done')).toEqual({ status: 'open', reopened: true });
    expect(statusOnInbound('pending')).toEqual({ status: 'open', reopened: true });
    expect(statusOnInbound('open')).toEqual({ status: 'open', reopened: false });
  });

  it('starts the first-response deadline at the first unanswered message and keeps it', () => {
    const at = new Date('2026-03-02T09:00:00Z');
    const due = firstResponseDue(null, at, 60);
    expect(due.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(firstResponseDue(due, new Date('2026-03-02T09:30:00Z'), 60)).toBe(due);
    expect(isBreached(due, new Date('2026-03-02T09:59:59Z'))).toBe(false);
    expect(isBreached(due, new Date('2026-03-02T10:00:00Z'))).toBe(true);
    expect(isBreached(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it("gives replies the account's reply policy and other posts the account's own", () => {
    const account = { approvalPolicy: { requiredApprovals: 2 as const, approverRoles: ['owner' as const] } };
    expect(postApprovalPolicy(account, 'standard')).toBe(account.approvalPolicy);
    expect(postApprovalPolicy({ ...account, replyApproval: 'none' }, 'reply').requiredApprovals).toBe(0);
    expect(postApprovalPolicy({ ...account, replyApproval: 'manager' }, 'reply')).toEqual({
      requiredApprovals: 1,
      approverRoles: ['owner', 'admin', 'manager'],
    });
  });
});
