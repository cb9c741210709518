// Generalisation, third round (2026-12-05): leaders' surnames with a policy word, seats of power in a policy
// context, parties at a poll score, marches against a plan, named policies; miracles told mockingly; animal insults
// aimed at a person and "ferme-la"; a product correcting a condition or replacing a carer; impunity; an accusation a
// trial "will prove"; lost contracts, floats and recalls not yet public; a shell that is not the company.
// Every sentence was written for this spec (none is taken from a corpus, probe or hold-out file).
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const categories = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter).map((f) => f.category);
const has = (text: string, category: string, charter = base) => categories(text, charter).some((c) => c === category);

describe('charter generalisation 3: families found', () => {
  it.each([
    // A leader's surname next to a policy word, in either order.
    ['politics', 'Reeves’s budget is going to hurt every small shop on our street.'],
    ['politics', 'La réforme Lecornu, franchement, nos caissières n’en voient pas la couleur.'],
    ['politics', 'Poilievre’s plan for housing gets our vote of confidence 👏'],
    ['politics', 'Six months of the Merz government and still no answer for exporters.'],
    ['politics', 'Le gouvernement De Wever nous oublie complètement.'],
    ['politics', 'Jenrick’s new immigration rules will empty our kitchens.'],
    ['politics', 'Frechette’s latest law on signage is a headache for our Laval store.'],
    // A seat of power in a policy context.
    ['politics', 'Maybe someone at Holyrood could explain why the deposit return rules changed again?'],
    ['politics', 'Matignon a encore décidé une taxe sur les emballages, bravo.'],
    ['politics', 'Capitol Hill just voted more tariffs on our fabric suppliers.'],
    // A party at a poll score; a march or strike against a plan; named policies.
    ['politics', 'Reform on 31 in the latest survey, our Essex staff are nervous.'],
    ['politics', 'LFI à 12 dans notre ville, on en parle ?'],
    ['politics', 'Nos vendeuses seront en grève contre la réforme jeudi.'],
    ['politics', 'We’re closing early so staff can join the protest against the asylum bill.'],
    ['politics', 'Our drivers are striking against the new fuel tax on Friday.'],
    ['politics', 'The two child benefit cap is a disgrace.'],
    // Miracles told mockingly.
    ['religion', 'Fêter un gars qui a changé l’eau en vin ? On préfère notre sangria 🍷'],
    ['religion', 'Forty days of fasting for some bloke who walked on water? Nah.'],
    ['religion', 'Un barbu qui a ouvert la mer Rouge, et alors ? Nos maillots sont mieux.'],
    ['religion', 'Pray to sky daddy all you want, the sale ends Sunday.'],
    // Animal insults aimed at a person; "ferme-la".
    ['insult', 'T’es qu’une sale vipère, tu le sais ?'],
    ['insult', 'You filthy rat, give that parcel back.'],
    ['insult', 'Vous êtes des porcs, rendez les cabines propres.'],
    ['insult', 'You’re a lying snake and everybody here knows it.'],
    ['insult', 'Oh ferme-la, on t’a assez entendu.'],
    ['insult', 'Just shut up, will you? Nobody cares.'],
    // A product correcting a condition; replacing a carer.
    ['health_legal', 'Nos semelles corrigent la scoliose en trois semaines.'],
    ['health_legal', 'This pillow fixes bad posture overnight.'],
    ['health_legal', 'Why see a physio when our foam roller does the job?'],
    ['health_legal', 'Plus besoin de kiné avec notre ceinture lombaire 💪'],
    ['health_legal', 'Qui a besoin d’un dermato quand on a notre crème au miel ?'],
    // Impunity; an accusation a trial will prove.
    ['health_legal', 'Cancel your gym contract whenever you like: nobody can sue you for it.'],
    ['health_legal', 'Résiliez quand vous voulez, l’opérateur ne pourra jamais vous poursuivre.'],
    ['health_legal', 'Notre ancien fournisseur est un escroc, le procès le prouvera.'],
    ['health_legal', 'That landlord is a crook and the court will show it.'],
    // Market-sensitive: a lost contract, a float, a recall not yet public.
    ['confidential', 'On a perdu le contrat avec la chaîne d’hôtels, ce n’est pas encore communiqué 🤐'],
    ['confidential', 'Stock market float slated for autumn, keep it under your hat.'],
    ['confidential', 'We’re recalling the blue bottles on Monday, it is not public yet.'],
  ])('%s: %s', (category, text) => {
    expect(categories(text)).toContain(category);
  });
});

describe('charter generalisation 3: hard negatives stay clean', () => {
  it.each([
    // Surnames and seats without a policy context; a road; prices with VAT.
    'Hunt for the best deal this weekend!',
    'Westminster store: new opening hours from Monday.',
    'Prices in our Westminster shop include VAT.',
    'Sur la RN à 80 km/h, prévoyez 20 minutes de plus pour venir au magasin.',
    'Our Ottawa team ran the marathon again, proud of you!',
    // Marches, plans and bills that are not politics.
    'Join our charity march against cancer on Sunday.',
    'Say no to budget stress with our price freeze.',
    // Idioms and wine shops.
    'Our sommelier cannot turn water into wine, but he comes close.',
    'Our support team walks on water, thank you all!',
    'Meet the guy who walked on water at the lake swim festival.',
    'We stand with Reeves Bakery and their new plan.',
    'The listing date for our new flats is coming soon.',
    // Animals that are animals.
    'Our new mascot is a pig called Percy 🐷',
    'You’ll love our dog beds, even the old dog does.',
    'Ferme la porte en sortant, merci !',
    // Bodies and carers without a claim; a trial that is a free trial.
    'Our podiatrist partners offer a free foot check in store.',
    'Any customer who needs a pharmacist can ask at the counter.',
    'Start your free trial: it will prove how easy our app is.',
    'We fixed the memory leak in the app, update now.',
    // A parade float, a prospectus of a school.
    'Sneak peek at the float we are building for the carnival!',
    'Our 2027 course prospectus is coming soon.',
  ])('%s', (text) => {
    expect(categories(text)).toEqual([]);
  });

  it('a farm or pet word after "you\'re a" is not an insult ("pig lover")', () => {
    expect(has('If you’re a pig lover, this mug is for you.', 'insult')).toBe(false);
    expect(has('Whether you’re a pig farmer or a baker, come and see us.', 'insult')).toBe(false);
  });

  it('a competitor named Shell in lower case after a possessive of a thing or an animal is the shell', () => {
    const c = mergeCharter({ categories: { competitors: ['Shell'] } });
    expect(has('A hermit crab peeking out of its shell on our beach walk.', 'competitors', c)).toBe(false);
    expect(has('The snail pulled back into its shell.', 'competitors', c)).toBe(false);
    expect(has('Cheaper than Shell on every fill-up.', 'competitors', c)).toBe(true);
  });
});
