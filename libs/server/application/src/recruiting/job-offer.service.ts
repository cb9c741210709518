import { Injectable } from '@nestjs/common';
import {
  catalogueError,
  CONTRACT_TYPES,
  DEFAULT_JOB_TEMPLATES,
  DomainError,
  renderJobOffer,
  staleVersion,
  TEMPLATE_LANGUAGES,
  unknownTemplateVariables,
  type ContractType,
  type PostStatus,
  type TemplateLanguage,
} from '@xp/server/domain';
import { XGateway } from '../accounts/account.ports';
import { AuditLog } from '../audit/audit.ports';
import type { Actor } from '../identity/access.service';
import { Clock, UnitOfWork } from '../ports';
import { PostService, type PostView } from '../posts/post.service';
import { findInScope, RecruitingAccess } from './recruiting-access';
import { RecruitingRepository, type JobOfferRecord, type PostTemplateRecord } from './recruiting.ports';

export interface JobOfferInput {
  accountId: string;
  title: string;
  location: string;
  contractType: ContractType;
  url: string;
  closesAt?: Date | null;
  hashtags?: string[];
  /** The English post's title and hashtags. */
  titleEn?: string | null;
  hashtagsEn?: string[] | null;
}
export interface GenerateInput {
  languages: TemplateLanguage[];
  scheduledAt?: Date | null;
  submit?: boolean;
}
export interface CloseResult {
  offer: JobOfferRecord;
  cancelledPostIds: string[];
  deletedTweetIds: string[];
  failures: { postId: string; reason: string }[];
}

const PENDING: PostStatus[] = ['draft', 'in_review', 'changes_requested', 'scheduled', 'missed'];

/** Job offers: structured offers, per-account FR/EN templates, posts generated for the careers account, closing. */
@Injectable()
export class JobOfferService {
  constructor(
    private readonly repo: RecruitingRepository,
    private readonly access: RecruitingAccess,
    private readonly posts: PostService,
    private readonly x: XGateway,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly uow: UnitOfWork,
  ) {}

  async list(workspaceId: string, actor: Actor): Promise<JobOfferRecord[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    return this.repo.listOffers(workspaceId, m.accountIds);
  }

  async get(
    workspaceId: string,
    actor: Actor,
    id: string,
  ): Promise<{
    offer: JobOfferRecord;
    posts: { id: string; status: PostStatus; language: string | null; scheduledAt: Date | null; tweetIds: string[] }[];
  }> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const offer = await this.find(workspaceId, m.accountIds, id);
    const posts = await this.repo.originPosts(workspaceId, 'job_offer', { sourceId: offer.id });
    return {
      offer,
      posts: posts.map((p) => ({
        id: p.id,
        status: p.status,
        language: null,
        scheduledAt: p.scheduledAt,
        tweetIds: p.tweetIds,
      })),
    };
  }

  async create(
    workspaceId: string,
    actor: Actor,
    input: JobOfferInput,
    generate?: GenerateInput,
  ): Promise<{ offer: JobOfferRecord; posts: PostView[] }> {
    const account = await this.access.writableAccount(workspaceId, actor, input.accountId);
    if (!(CONTRACT_TYPES as readonly string[]).includes(input.contractType))
      throw new DomainError('invalid', 'BAD_CONTRACT_TYPE', 'Unknown contract type', [
        { field: 'contractType', message: CONTRACT_TYPES.join('|') },
      ]);
    const now = this.clock.now();
    return this.uow.run(async () => {
      const offer = await this.repo.insertOffer({
        workspaceId,
        accountId: account.id,
        title: input.title.trim(),
        location: input.location.trim(),
        contractType: input.contractType,
        url: input.url.trim(),
        closesAt: input.closesAt ?? null,
        hashtags: cleanHashtags(input.hashtags) ?? [],
        titleEn: input.titleEn?.trim() || null,
        hashtagsEn: cleanHashtags(input.hashtagsEn),
        status: 'open',
        createdBy: actor.userId,
        closedAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await this.audit.record({
        workspaceId,
        actorId: actor.userId,
        action: 'job_offer.created',
        subjectType: 'account',
        subjectId: account.id,
        data: { jobOfferId: offer.id, title: offer.title },
      });
      const posts = generate ? await this.generateIn(workspaceId, actor, offer, generate) : [];
      return { offer, posts };
    });
  }

  /** Creates one post per language from the account's templates (or the starter ones), kind job_offer. */
  async generate(workspaceId: string, actor: Actor, id: string, input: GenerateInput): Promise<PostView[]> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const offer = await this.find(workspaceId, m.accountIds, id);
    if (offer.status !== 'open') throw catalogueError('conflict', 'JOB_OFFER_CLOSED');
    return this.uow.run(() => this.generateIn(workspaceId, actor, offer, input));
  }

  /** Renders the offer in each language without saving anything (the composer's preview). */
  async preview(workspaceId: string, actor: Actor, id: string): Promise<Record<TemplateLanguage, string>> {
    const m = await this.access.require(workspaceId, actor, 'posts.read');
    const offer = await this.find(workspaceId, m.accountIds, id);
    const account = await this.access.account(workspaceId, m, offer.accountId);
    const templates = await this.repo.templates(workspaceId, offer.accountId);
    const out = {} as Record<TemplateLanguage, string>;
    for (const lang of TEMPLATE_LANGUAGES)
      out[lang] = renderJobOffer(templateFor(templates, lang), offer, lang, account.timezone);
    return out;
  }

  async templates(
    workspaceId: string,
    actor: Actor,
    accountId: string,
  ): Promise<{ language: TemplateLanguage; body: string; isDefault: boolean }[]> {
    await this.access.readableAccount(workspaceId, actor, accountId);
    const stored = await this.repo.templates(workspaceId, accountId);
    return TEMPLATE_LANGUAGES.map((language) => {
      const t = stored.find((s) => s.language === language);
      return { language, body: t?.body ?? DEFAULT_JOB_TEMPLATES[language], isDefault: !t };
    });
  }

  async putTemplate(
    workspaceId: string,
    actor: Actor,
    accountId: string,
    language: TemplateLanguage,
    body: string,
  ): Promise<PostTemplateRecord> {
    await this.access.writableAccount(workspaceId, actor, accountId);
    const unknown = unknownTemplateVariables(body);
    if (unknown.length)
      throw new DomainError(
        'invalid',
        'UNKNOWN_TEMPLATE_VARIABLE',
        `Unknown variable(s): ${unknown.join(', ')}`,
        unknown.map((u) => ({ field: 'body', message: `unknown variable {{${u}}}` })),
      );
    return this.repo.putTemplate(workspaceId, accountId, language, body, this.clock.now());
  }

  /** Closes the offer: its pending posts are cancelled; with deleteTweets, its published tweets are deleted on X. Audited. */
  async close(
    workspaceId: string,
    actor: Actor,
    id: string,
    input: { version: number; deleteTweets?: boolean },
  ): Promise<CloseResult> {
    const m = await this.access.require(workspaceId, actor, 'posts.write');
    const offer = await this.find(workspaceId, m.accountIds, id);
    if (offer.version !== input.version) throw staleVersion();
    if (offer.status === 'closed')
      throw new DomainError('conflict', 'JOB_OFFER_CLOSED', 'This job offer is already closed');
    const now = this.clock.now();
    const saved = await this.repo.saveOffer(workspaceId, offer.id, offer.version, {
      status: 'closed',
      closedAt: now,
      updatedAt: now,
    });
    if (saved === 'stale') throw staleVersion();
    const posts = await this.repo.originPosts(workspaceId, 'job_offer', { sourceId: offer.id });
    const cancelled: string[] = [];
    const deleted: string[] = [];
    const failures: { postId: string; reason: string }[] = [];
    for (const p of posts) {
      if (PENDING.includes(p.status)) {
        try {
          await this.posts.cancel(workspaceId, actor, p.id, 'job_offer_closed');
          cancelled.push(p.id);
        } catch (e) {
          failures.push({ postId: p.id, reason: e instanceof DomainError ? e.code : 'error' });
        }
      } else if (input.deleteTweets && p.status === 'published') {
        for (const tweetId of p.tweetIds) {
          const r = await this.x.deleteTweet(p.accountId, tweetId);
          if (r.kind === 'ok') {
            deleted.push(tweetId);
            await this.audit.record({
              workspaceId,
              actorId: actor.userId,
              action: 'post.tweet_deleted',
              subjectType: 'post',
              subjectId: p.id,
              data: { tweetId, jobOfferId: offer.id },
            });
          } else failures.push({ postId: p.id, reason: `${r.kind}: ${r.detail}` });
        }
      }
    }
    await this.audit.record({
      workspaceId,
      actorId: actor.userId,
      action: 'job_offer.closed',
      subjectType: 'account',
      subjectId: offer.accountId,
      data: {
        jobOfferId: offer.id,
        cancelledPostIds: cancelled,
        deletedTweetIds: deleted,
        deleteTweets: input.deleteTweets ?? false,
        failures,
      },
    });
    return { offer: saved, cancelledPostIds: cancelled, deletedTweetIds: deleted, failures };
  }

  private async generateIn(
    workspaceId: string,
    actor: Actor,
    offer: JobOfferRecord,
    input: GenerateInput,
  ): Promise<PostView[]> {
    const account = await this.access.writableAccount(workspaceId, actor, offer.accountId);
    const templates = await this.repo.templates(workspaceId, offer.accountId);
    const out: PostView[] = [];
    for (const language of [...new Set(input.languages)]) {
      const text = renderJobOffer(templateFor(templates, language), offer, language, account.timezone);
      let view = await this.posts.create(workspaceId, actor, {
        accountId: offer.accountId,
        kind: 'job_offer',
        segments: [{ text }],
        scheduledAt: input.scheduledAt ?? null,
        tags: ['recrutement', `offre-${language}`],
      });
      await this.repo.addOrigin({
        postId: view.post.id,
        workspaceId,
        source: 'job_offer',
        sourceId: offer.id,
        occurrence: null,
        language,
        createdAt: this.clock.now(),
      });
      if (input.submit) view = await this.posts.submit(workspaceId, actor, view.post.id);
      out.push(view);
    }
    return out;
  }

  private find(workspaceId: string, scope: string[] | null, id: string): Promise<JobOfferRecord> {
    return findInScope(scope, id, (i) => this.repo.findOffer(workspaceId, i), 'JOB_OFFER_NOT_FOUND');
  }
}

const cleanHashtags = (tags: string[] | null | undefined): string[] | null =>
  tags ? tags.map((h) => h.replace(/^#+/, '').trim()).filter(Boolean) : null;

function templateFor(templates: PostTemplateRecord[], language: TemplateLanguage): string {
  return templates.find((t) => t.language === language)?.body ?? DEFAULT_JOB_TEMPLATES[language];
}
