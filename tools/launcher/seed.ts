import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  AccountService,
  APPLICATION_SERVICES,
  applicationSettings,
  AuthService,
  BrandService,
  Clock,
  InvitationService,
  JobOfferService,
  PostService,
  UserRepository,
  type Actor,
} from '@xp/server/application';
import type { AppConfig } from '@xp/server/config';
import { addDays, localToUtc, utcToLocal, type PostKind } from '@xp/server/domain';
import { DataAccessModule } from '@xp/server/data-access';
import { XApiModule, xApiSettings } from '@xp/server/x-api';
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
          audit: config.audit,
        }),
        XApiModule.forRoot(xApiSettings(config)),
      ],
      providers: [
        ...APPLICATION_SERVICES,
        // The seed creates its demo users directly (no one could open a confirmation e-mail).
        ...applicationSettings({ ...config, registrationVerifyEmail: false }),
      ],
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
    const actors: Record<string, Actor> = {};
    for (const u of DEMO_USERS.slice(1)) {
      const { link } = await invitations.create(workspaceId, ownerActor, {
        email: u.email,
        role: u.role,
        accountIds: u.email.startsWith('recruiter') ? [connected['TotalCareers']!] : null,
      });
      const invitation = await invitations.requirePending(link.split('/').pop()!);
      const joined = await invitations.acceptAsNewUser(
        invitation,
        await app.get(AuthService).createUser({ email: u.email, displayName: u.name, password: DEMO_PASSWORD }),
      );
      if (!joined) throw new Error(`demo seed: ${u.email} already has an account`);
      actors[u.email] = { userId: joined.user.id, via: 'session' };
    }
    await seedDemoPosts(app.get(PostService), app.get(Clock).now(), workspaceId, connected, actors);
    await seedJobOffers(app.get(JobOfferService), workspaceId, connected['TotalCareers']!, actors);
    return true;
  } finally {
    await app.close();
  }
}

type DemoState = 'approved' | 'in_review' | 'draft';
interface DemoPost {
  account: 'GroupeKindy' | 'Kindy' | 'TotalCareers' | 'F1TotalOfficiel';
  /** Minutes from now, or a day from today (Paris) and a local time. */
  at: { inMinutes: number } | { day: number; time: string };
  texts: string[];
  state: DemoState;
  tags?: string[];
  kind?: PostKind;
}

/**
 * A fortnight of demo content, so the first sign-in shows a living calendar: two posts that go out a few minutes
 * after the first start (the scheduler publishes them on the sandbox), approved posts, posts waiting in the
 * manager's inbox, drafts, job offers for @TotalCareers by the recruiter, a race-day post for @F1TotalOfficiel.
 */
const DEMO_POSTS: DemoPost[] = [
  {
    account: 'Kindy',
    at: { inMinutes: 3 },
    texts: [
      'Les chaussettes de la rentrée sont arrivées : dinosaures, étoiles ou arcs-en-ciel 🧦 Vous prenez lesquelles ? #Kindy',
    ],
    state: 'approved',
    tags: ['collection'],
  },
  {
    account: 'GroupeKindy',
    at: { inMinutes: 6 },
    texts: [
      "Le Groupe Kindy ouvre un nouvel atelier de tricotage à Moislains, dans la Somme : 40 emplois d'ici fin 2027.",
      'Un investissement pour fabriquer en France des chaussettes plus durables. Tout savoir : https://groupe-kindy.example/atelier',
    ],
    state: 'approved',
    tags: ['industrie'],
  },
  {
    account: 'Kindy',
    at: { day: 1, time: '09:30' },
    texts: [
      "Astuce du jour : lavez les chaussettes à l'envers, les couleurs restent vives plus longtemps ✨ #AstuceKindy",
    ],
    state: 'approved',
    tags: ['astuce'],
  },
  {
    account: 'TotalCareers',
    at: { day: 1, time: '10:00' },
    texts: [
      'Nous recrutons un·e technicien·ne de maintenance en alternance à Lyon. Postulez : https://careers.total.example/jobs/alt-lyon-123 #Alternance #Recrutement',
    ],
    state: 'in_review',
    kind: 'job_offer',
    tags: ['alternance'],
  },
  {
    account: 'Kindy',
    at: { day: 2, time: '18:00' },
    texts: [
      'Concours photo ! Montrez-nous les chaussettes les plus colorées de la maison avec #MaKindy : un lot pour toute la famille à gagner.',
    ],
    state: 'in_review',
    tags: ['concours'],
  },
  {
    account: 'GroupeKindy',
    at: { day: 3, time: '12:15' },
    texts: [
      'Nos engagements : du coton biologique ou recyclé dans toutes les collections enfant dès la saison prochaine.',
    ],
    state: 'draft',
    tags: ['rse'],
  },
  {
    account: 'TotalCareers',
    at: { day: 4, time: '10:00' },
    texts: [
      'Ingénieur·e procédés en CDI à Feyzin : rejoignez nos équipes de la plateforme. https://careers.total.example/jobs/feyzin-456 #Recrutement #Ingénieur',
    ],
    state: 'approved',
    kind: 'job_offer',
    tags: ['cdi'],
  },
  {
    account: 'Kindy',
    at: { day: 5, time: '09:30' },
    texts: ['Nouveau : des chaussons antidérapants pour les premiers pas, du 18 au 27 🐾'],
    state: 'approved',
    tags: ['collection'],
  },
  {
    account: 'F1TotalOfficiel',
    at: { day: 6, time: '14:55' },
    texts: ['Extinction des feux dans cinq minutes 🏁 Toute l’équipe est prête sur la grille. #F1'],
    state: 'approved',
    tags: ['course'],
  },
  {
    account: 'GroupeKindy',
    at: { day: 7, time: '12:15' },
    texts: ['Portrait : Martine, 30 ans de métier au tricotage, raconte comment naît une chaussette Kindy.'],
    state: 'in_review',
    tags: ['portrait'],
  },
  {
    account: 'Kindy',
    at: { day: 9, time: '18:00' },
    texts: ['Quelle couleur pour notre prochaine édition limitée ? Répondez en commentaire 👇'],
    state: 'approved',
    tags: ['communaute'],
  },
  {
    account: 'Kindy',
    at: { day: 12, time: '09:30' },
    texts: ['Idée : une série « Les coulisses de l’atelier » en trois épisodes.'],
    state: 'draft',
    tags: ['coulisses'],
  },
];

/** The recruiter's open job offers on @TotalCareers (the ones the demo's job-offer posts announce). */
async function seedJobOffers(
  offers: JobOfferService,
  workspaceId: string,
  careersAccountId: string,
  actors: Record<string, Actor>,
): Promise<void> {
  const recruiter = actors['recruiter@demo.kindy.fr']!;
  const demo = [
    {
      title: 'Technicien·ne de maintenance en alternance',
      location: 'Lyon',
      contractType: 'apprenticeship',
      url: 'https://careers.total.example/jobs/alt-lyon-123',
      hashtags: ['Alternance', 'Recrutement'],
    },
    {
      title: 'Ingénieur·e procédés',
      location: 'Feyzin',
      contractType: 'cdi',
      url: 'https://careers.total.example/jobs/feyzin-456',
      hashtags: ['Recrutement', 'Ingénieur'],
    },
  ] as const;
  for (const o of demo) {
    await offers.create(workspaceId, recruiter, { accountId: careersAccountId, ...o, hashtags: [...o.hashtags] });
  }
}

async function seedDemoPosts(
  posts: PostService,
  now: Date,
  workspaceId: string,
  accounts: Record<string, string>,
  actors: Record<string, Actor>,
): Promise<void> {
  const editor = actors['editor@demo.kindy.fr']!;
  const recruiter = actors['recruiter@demo.kindy.fr']!;
  const manager = actors['manager@demo.kindy.fr']!;
  const today = utcToLocal(now, 'Europe/Paris').date;
  for (const p of DEMO_POSTS) {
    const scheduledAt =
      'inMinutes' in p.at
        ? new Date(now.getTime() + p.at.inMinutes * 60_000)
        : localToUtc(addDays(today, p.at.day), p.at.time, 'Europe/Paris');
    const author = p.account === 'TotalCareers' ? recruiter : editor;
    const created = await posts.create(workspaceId, author, {
      accountId: accounts[p.account]!,
      segments: p.texts.map((text) => ({ text })),
      scheduledAt,
      tags: p.tags ?? [],
      kind: p.kind ?? 'standard',
    });
    if (p.state === 'draft') continue;
    const submitted = await posts.submit(workspaceId, author, created.post.id);
    if (p.state === 'approved' && submitted.post.status === 'in_review')
      await posts.approve(workspaceId, manager, created.post.id, { contentHash: submitted.post.contentHash });
  }
}
