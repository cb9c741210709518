// Seeding posts the way members make them: created by the fixture's author, submitted, then approved by its
// approver, through PostService (its rules, revisions, approvals and audit trail), not through SQL.
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccessService, Clock, PostService, type Actor } from '@xp/server/application';
import type { AppConfig } from '@xp/server/config';
import { DataAccessModule } from '@xp/server/data-access';
import type { ScheduledPostInput, WorkspaceFixture } from './post-factory';

@Module({})
class SeedingModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: SeedingModule,
      imports: [
        DataAccessModule.forRoot({
          url: config.databaseUrl,
          poolSize: 2,
          applicationName: 'x-publisher-seeding',
          mailer: { smtpUrl: undefined, from: config.mailFrom },
          encryptionKeys: config.encryptionKeys,
          audit: config.audit,
          ...(clock ? { clock } : {}),
        }),
      ],
      providers: [AccessService, PostService],
    };
  }
}

/**
 * Creates, submits and approves each post through PostService; returns the ids in input order (each post is
 * `scheduled` when its time is ahead of the clock). Slower than `insertScheduledPosts` (a few queries per post):
 * for tests of a handful of posts; bulk tests (hundreds of posts) keep the SQL factory.
 */
export async function createApprovedPosts(
  config: AppConfig,
  ws: WorkspaceFixture,
  posts: ScheduledPostInput[],
  clock?: Clock,
): Promise<string[]> {
  const app = await NestFactory.createApplicationContext(SeedingModule.forRoot(config, clock), { logger: false });
  try {
    const service = app.get(PostService);
    const author: Actor = { userId: ws.authorId, via: 'session' };
    const approver: Actor = { userId: ws.approverId, via: 'session' };
    const ids: string[] = [];
    for (const p of posts) {
      const { post } = await service.create(ws.workspaceId, author, {
        accountId: p.accountId,
        scheduledAt: p.scheduledAt,
        publishBy: p.publishBy ?? null,
        segments: p.texts.map((text, k) => ({ text, mediaIds: k === 0 ? (p.media ?? []).map((m) => m.id) : [] })),
      });
      await service.submit(ws.workspaceId, author, post.id);
      await service.approve(ws.workspaceId, approver, post.id, { contentHash: post.contentHash });
      ids.push(post.id);
    }
    return ids;
  } finally {
    await app.close();
  }
}
