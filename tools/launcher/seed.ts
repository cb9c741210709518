import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AccountService,
  APPLICATION_SERVICES,
  AuthService,
  BrandService,
  InvitationService,
  PublicUrls,
  UserRepository,
  type Actor,
} from '@xp/server/application';
import type { AppConfig } from '@xp/server/config';
import { DataAccessModule } from '@xp/server/data-access';
import { XApiModule } from '@xp/server/x-api';
import type { Role } from '@xp/shared';

export const DEMO_PASSWORD = 'Demo-Kindy-2026';
export const DEMO_USERS: { email: string; name: string; role: Role; note?: string }[] = [
  { email: 'owner@demo.kindy.fr', name: 'Odile Owner', role: 'owner' },
  { email: 'manager@demo.kindy.fr', name: 'Martin Manager', role: 'manager', note: 'approves posts' },
  { email: 'editor@demo.kindy.fr', name: 'Élise Éditrice', role: 'editor', note: 'writes posts' },
  { email: 'recruiter@demo.kindy.fr', name: 'Romain Recruteur', role: 'editor', note: 'limited to @TotalCareers' },
  { email: 'viewer@demo.kindy.fr', name: 'Victor Viewer', role: 'viewer', note: 'read only' },
];

@Module({})
class SeedModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SeedModule,
      imports: [
        DataAccessModule.forRoot({
          url: config.databaseUrl,
          poolSize: 2,
          applicationName: 'x-publisher-seed',
          mailer: { from: config.mailFrom },
          encryptionKeys: config.encryptionKeys,
        }),
        XApiModule.forRoot({
          clientId: config.x.clientId,
          clientSecret: config.x.clientSecret,
          baseUrl: config.x.apiBaseUrl,
        }),
      ],
      providers: [...APPLICATION_SERVICES, { provide: PublicUrls, useValue: { base: config.publicUrl } }],
    };
  }
}

/**
 * Seeds the demo workspace once, through the same services people use (register, create brands, connect the X
 * accounts with the real OAuth flow against the sandbox, invite, accept). Returns false when it was already there.
 */
export async function seedDemo(config: AppConfig): Promise<boolean> {
  const app = await NestFactory.createApplicationContext(SeedModule.forRoot(config), { logger: ['error'] });
  try {
    if (await app.get(UserRepository).findByEmail(DEMO_USERS[0]!.email)) return false;
    const { user: owner, workspaceId } = await app.get(AuthService).register({
      email: DEMO_USERS[0]!.email,
      password: DEMO_PASSWORD,
      displayName: DEMO_USERS[0]!.name,
      workspaceName: 'Démo Kindy & Total',
      locale: 'fr',
    });
    const ownerActor: Actor = { userId: owner.id, via: 'session' };
    const brands = app.get(BrandService);
    const kindy = await brands.create(workspaceId, ownerActor, { name: 'Kindy', color: '#e4007c' });
    const total = await brands.create(workspaceId, ownerActor, { name: 'Total', color: '#ed0000' });

    const accounts = app.get(AccountService);
    const connected: Record<string, string> = {};
    for (const [username, brandId] of [
      ['GroupeKindy', kindy.id],
      ['Kindy', kindy.id],
      ['TotalCareers', total.id],
      ['F1TotalOfficiel', total.id],
    ] as const) {
      const { authorizeUrl } = await accounts.startConnect(workspaceId, ownerActor, brandId);
      // The sandbox approves at once as that user when asked (no person at the keyboard here).
      const redirect = await fetch(`${authorizeUrl}&sandbox_user=${username}`, { redirect: 'manual' });
      const back = new URL(redirect.headers.get('location') ?? '');
      const { account } = await accounts.completeConnect(ownerActor, {
        state: back.searchParams.get('state') ?? undefined,
        code: back.searchParams.get('code') ?? undefined,
      });
      connected[username] = account.id;
    }

    const invitations = app.get(InvitationService);
    for (const u of DEMO_USERS.slice(1)) {
      const { link } = await invitations.create(workspaceId, ownerActor, {
        email: u.email,
        role: u.role,
        accountIds: u.email.startsWith('recruiter') ? [connected['TotalCareers']!] : null,
      });
      await invitations.accept(link.split('/').pop()!, null, {
        displayName: u.name,
        password: DEMO_PASSWORD,
        locale: 'fr',
      });
    }
    return true;
  } finally {
    await app.close();
  }
}
