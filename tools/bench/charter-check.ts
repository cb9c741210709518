// Benchmark: the brand-charter check of a 25-segment French thread (issue 5: target < 20 ms).
// Default charter + a few confidential terms, 50 recent posts (same and sibling accounts) for near-duplicates,
// 30 neighbouring posts for the self-promotion ratio.
//
//   node tools/scripts/build-server.mjs && node dist/server/tools/bench/charter-check.js [runs]
import { performance } from 'node:perf_hooks';
import { type Charter, type CharterContext, type CharterInput, checkCharter, defaultCharter } from '@xp/server/domain';
import { seededRandom } from '@xp/shared';

const SENTENCES = [
  'Le Groupe Kindy publie aujourd’hui ses résultats semestriels, portés par la croissance de l’activité en Europe.',
  'Le chiffre d’affaires progresse de 8,4 % à périmètre constant, grâce à la bonne tenue de nos marques historiques.',
  'La marge opérationnelle s’établit à 11,2 %, en hausse de 60 points de base malgré l’inflation des matières premières.',
  'Nos équipes ont ouvert douze nouveaux points de vente, dont quatre en Occitanie et deux en Nouvelle-Aquitaine.',
  'L’entreprise poursuit ses investissements industriels : 40 M€ seront consacrés à la modernisation de nos usines.',
  'Côté RSE, nous avons réduit de 18 % nos émissions de CO₂ par pièce produite par rapport à l’an dernier.',
  'Merci à nos 4 200 collaborateurs, à nos clients fidèles et à nos partenaires d’avoir rendu cela possible.',
  'Retrouvez la présentation complète et le communiqué sur notre site investisseurs 👉 https://groupe-kindy.fr/finance',
  'La demande reste soutenue sur le segment enfant, tandis que l’e-commerce représente désormais 27 % des ventes.',
  'Nous confirmons nos objectifs annuels et proposerons un dividende en hausse lors de la prochaine assemblée générale.',
  'D’abord, un mot sur le contexte : le marché de l’habillement recule de 3 % en France sur la période.',
  'Ensuite, nos priorités : la montée en gamme, l’international et la transformation digitale de nos magasins.',
  'Rendez-vous le 14 novembre pour notre journée investisseurs à Paris, avec @GroupeKindy et nos dirigeants.',
  'Le conseil d’administration salue l’engagement des équipes et le travail accompli depuis le début de l’année.',
  'Enfin, nous accueillerons bientôt 300 alternants dans nos sites de production et nos sièges. #emploi #alternance',
];

function buildFixture(): { input: CharterInput; charter: Charter; context: CharterContext } {
  const rand = seededRandom(42);
  const pick = () => SENTENCES[Math.floor(rand() * SENTENCES.length)];
  const segments = Array.from({ length: 25 }, (_, i) => {
    let text = `${i + 1}/25 ${pick()} ${pick()}`;
    if (text.length > 280) text = text.slice(0, 277) + '…';
    return { text };
  });
  // A few things the charter must find: a code name, a political reference, a tweaked earlier post.
  segments[6] = {
    text: '7/25 Le projet Atlas, notre future plateforme logistique, sera présenté au printemps. #Logistique',
  };
  segments[17] = { text: '18/25 Ce plan ne dépend pas du calendrier de la présidentielle ni des annonces de Macron.' };
  const base = new Date('2025-09-15T07:00:00Z').getTime();
  const recentPosts = Array.from({ length: 50 }, (_, i) => ({
    id: `recent-${i}`,
    accountId: i % 3 === 0 ? 'acc-kindy-mode' : 'acc-groupe-kindy',
    segments: Array.from({ length: 1 + (i % 3) }, () => ({ text: `${pick()} ${pick()}` })),
  }));
  recentPosts[10].segments = [{ text: segments[3].text.replace(/^\d+\/25 /, '').replace('.', ' !') }];
  const accountPosts = Array.from({ length: 30 }, (_, i) => ({
    id: `n-${i}`,
    at: new Date(base + (i - 15) * 3 * 3_600_000),
    tags: i % 6 === 0 ? ['autopromo'] : ['finance'],
  }));
  const charter: Charter = {
    ...defaultCharter(),
    confidential: {
      terms: ['Projet Atlas', 'Orion', 'Opération Lynx', 'résultats T3', 'rachat de Mode&Co', 'Kindy Next'],
      severity: 'block',
    },
  };
  const input: CharterInput = {
    postId: 'post-bench',
    accountId: 'acc-groupe-kindy',
    kind: 'standard',
    segments,
    tags: ['finance', 'autopromo'],
    scheduledAt: new Date(base),
  };
  return { input, charter, context: { siblingAccountIds: ['acc-kindy-mode'], recentPosts, accountPosts } };
}

function stats(samples: number[]): { mean: number; p50: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return {
    mean: samples.reduce((s, x) => s + x, 0) / samples.length,
    p50: q(0.5),
    p99: q(0.99),
    max: sorted[sorted.length - 1],
  };
}

const fmt = (x: number) => x.toFixed(3);

function main(): void {
  const runs = Number(process.argv[2] ?? 2000);
  const { input, charter, context } = buildFixture();
  const chars = input.segments.reduce((s, x) => s + x.text.length, 0);

  // First call in this process: JIT warm-up and term indexes compiled.
  let t0 = performance.now();
  checkCharter(input, charter, context);
  const first = performance.now() - t0;

  for (let i = 0; i < 200; i++) checkCharter(input, charter, context); // warm-up
  const samples: number[] = [];
  let findings = 0;
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    findings = checkCharter(input, charter, context).length;
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMeanMs = (cpu.user + cpu.system) / 1000 / runs;
  // A charter loaded afresh (new object, same content, as after reading it from the database)...
  const reloadSamples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const reloaded: Charter = JSON.parse(JSON.stringify(charter));
    t0 = performance.now();
    checkCharter(input, reloaded, context);
    reloadSamples.push(performance.now() - t0);
  }
  // ...and a charter never seen before (its term indexes compiled inside the call).
  const coldSamples: number[] = [];
  for (let i = 0; i < 50; i++) {
    const edited: Charter = {
      ...charter,
      confidential: { ...charter.confidential, terms: [...charter.confidential.terms, `Projet ${i}`] },
    };
    t0 = performance.now();
    checkCharter(input, edited, context);
    coldSamples.push(performance.now() - t0);
  }
  const warm = stats(samples);
  const reload = stats(reloadSamples);
  const cold = stats(coldSamples);
  console.log(`charter check: 25 segments (${chars} chars), 50 recent posts, 30 neighbours, ${findings} findings`);
  console.log(
    `  same charter object, ${runs} runs: mean ${fmt(warm.mean)} ms  p50 ${fmt(warm.p50)} ms  p99 ${fmt(warm.p99)} ms  max ${fmt(warm.max)} ms`,
  );
  console.log(`  CPU time per check (user+system, includes GC): ${fmt(cpuMeanMs)} ms`);
  console.log(`  charter reloaded (same content), 200 runs: mean ${fmt(reload.mean)} ms  p99 ${fmt(reload.p99)} ms`);
  console.log(
    `  new charter content (indexes compiled in the call), 50 runs: mean ${fmt(cold.mean)} ms  p99 ${fmt(cold.p99)} ms`,
  );
  console.log(`  first call of the process (JIT cold): ${fmt(first)} ms`);
  console.log(
    `  target < 20 ms: mean ${warm.mean < 20 ? 'OK' : 'MISSED'}, p99 ${warm.p99 < 20 ? 'OK' : 'MISSED (check the load average: wall-clock p99 includes preemption)'}`,
  );
  if (warm.mean >= 20) process.exitCode = 1;
}

main();
