import { formatMessage } from '@xp/shared';
import { defaultCharter, mergeCharter } from './charter';
import { type Finding, checkCharter } from './charter-check';
import { tokenize } from './text-tokens';

// Discrimination and harassment (lexicon-discrimination.ts), by class. The sentences are written for these tests
// (none is in tools/charter-corpus); each class has its clean look-alikes.

const base = mergeCharter({ categories: { levels: { discrimination: 'block' } } });

const check = (text: string): Finding[] =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt: null }, base);

const discrimination = (text: string) => check(text).filter((f) => f.category === 'discrimination');
const blocked = (text: string) => discrimination(text).some((f) => f.severity === 'block');

describe('discrimination: what blocks', () => {
  it.each([
    // slurs and slogans, with their inflections
    ['slur', 'Encore ces bougnoules devant la boutique.'],
    ['slur', 'Quelle tarlouze ce nouveau stagiaire.'],
    ['slur', 'No trannies in the fitting rooms.'],
    ['slur', 'That spastic from accounts again.'],
    ['"sale" + group', 'Sale Gitan, rends le vélo.'],
    ['"dirty" + group', 'Dirty immigrants everywhere in this town.'],
    // group + derogatory predicate
    ['incapacity', 'Les Marocains ne savent pas conduire, regardez le parking.'],
    ['incapacity', 'Pensioners cannot use a self-checkout, bless them.'],
    ['incapacity, "can\'t"', "Girls can't code, that's just how it is."],
    ['essentialism', 'Les Turcs, la triche c’est génétique chez eux.'],
    ['essentialism', 'Nigerians are scammers, it is in their blood.'],
    ['vice', 'Les Albanais sont des voleurs, fermez bien la réserve.'],
    ['vice', 'Afghans are all criminals, lock the stockroom.'],
    ['dehumanisation', 'Ces gens-là se reproduisent comme des lapins.'],
    ['dehumanisation', 'Those people are vermin.'],
    ['people + trait', 'Les vendeuses voilées ne sont pas les bienvenues au rayon.'],
    ['people + trait', 'Gay customers are not welcome at the launch.'],
    ['emotion stereotype', 'Les femmes managers sont trop émotives pour négocier.'],
    ['exclusion', 'Les trans, non merci, pas dans nos cabines.'],
    ['positive stereotype', 'Les Japonais sont bons en maths, on en veut trois à la compta.'],
    // exclusion right before a group
    ['exclusion', 'Pas d’Arabes au comptoir, consigne du gérant.'],
    ['exclusion', 'Aucun candidat handicapé ne sera retenu.'],
    ['exclusion', 'No Romanians at the front desk please.'],
    // hiring criteria
    ['hiring: age', 'Nous recrutons un commercial de moins de 35 ans.'],
    ['hiring: age range', 'Recrutement serveurs 20-30 ans, CDI à Nantes.'],
    ['hiring: age', 'Hiring baristas, applicants under 25 only.'],
    ['hiring: age', 'Staff over 55 will not be considered for promotion.'],
    ['hiring: sex', 'CDD magasinier : sexe masculin, permis B.'],
    ['hiring: sex', 'Now recruiting a young woman for our front desk.'],
    ['hiring: nationality', 'Poste de caissier, nationalité française exigée.'],
    ['hiring: looks', 'Hôtesses pour le salon : physique avantageux exigé.'],
    ['hiring: looks', 'Promo staff for the launch party: good looking only.'],
    ['hiring: orientation', 'Our drivers must be straight, the clients prefer it.'],
    ['hiring: native', 'Receptionist wanted, native English speakers only.'],
    // go back
    ['go back', 'Retournez dans votre pays si nos prix ne vous plaisent pas.'],
    ['go back', 'Send them back to where they came from.'],
    ['go back', 'Rentre au bled, personne ne te retient.'],
    // harassment
    ['threat', '@max_r Je vais te défoncer à la sortie du magasin.'],
    ['threat', '@max_r we will break your legs if you post that again'],
    ['suicide', '@lea_b Va te pendre, franchement.'],
    ['suicide', '@lea_b just drink bleach'],
    ['body shaming', "@jules T'es tellement obèse que tu bloques l'allée."],
    ['body shaming', '@jules you are so fat lol'],
    ['body shaming', "@jules you're a hippo in that dress"],
    ['misgendering', '@sam you look like a man in a wig'],
    ['whereabouts', '@nora_k On sait où tu travailles, tiens-toi tranquille.'],
    ['whereabouts', '@nora_k We know where your daughter goes to school.'],
    ['exposure', '@tom_f On va balancer tes messages sur le groupe.'],
    ['exposure', "@tom_f We'll send your DMs to your boss."],
    ['pressure + warning', '@lina_m Continue tes commentaires et tu verras.'],
    ['pressure + warning', '@lina_m keep complaining, you have been warned'],
    ['nobody', '@lina_m Personne ne te supporte ici.'],
    ['everyone', '@lina_m Everyone in the shop laughs at you.'],
    ['death wish', '@rémi_k J’espère que tu crèves, sérieux.'],
    ['death wish', '@remi_k rot in hell'],
    ['relative finds out', '@eva Je connais ta mère, elle va tout savoir.'],
    ['seek + job', 'On cherche une serveuse de moins de 25 ans pour cet été.'],
    ['exclusion from service', 'Les Roms, on ne leur vend plus rien.'],
    ['subject-only predicate', 'Nos vendeurs tatoués et les clientes voilées font peur aux familles.'],
    ['"don\'t get" + subject', "Boomers just don't get technology, skip them in the campaign."],
    ['hostile go-back + country', '@nico Casse-toi en Algérie.'],
    ['sneer at a group', 'Les hommes en cuisine, voilà le résultat 🙄'],
    ['ridicule of a disability', 'Un serveur sourd au drive, bonne chance 😂'],
    ['ape sign + origin', 'Notre nouveau livreur africain 🐒'],
    ['antisemitic trope', 'Les banquiers juifs, on connaît la chanson.'],
    ['antisemitic trope', 'Jews and their money, same old story.'],
    ['religious clothing + hiring', 'Candidates en hijab : merci de ne pas postuler pour la caisse.'],
    ['religious clothing + hiring', 'Take off your turban if you want the job.'],
    ['body part + shame', '@zoe Avec ton gros bide tu ne devrais pas porter ce body 🤮'],
    ['body part + shame', '@zoe your thighs are putting people off our shorts'],
    ['soft requirement', 'Technicien, nationalité française de préférence.'],
    ['threat', '@x Vous allez le payer.'],
  ])('%s: %s', (_kind, text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('discrimination: clean look-alikes stay clean', () => {
  it.each([
    'Nos offres seniors : -15 % sur les chaussons tous les jeudis.',
    'Seniors cannot miss this: double points every Wednesday.',
    'Women can drive our new electric vans from 18.',
    'Nos magasins sont accessibles aux personnes en fauteuil roulant.',
    'Les femmes enceintes peuvent demander un siège en caisse.',
    'We hire regardless of age, sex, origin or disability.',
    'Finale de la Coupe du monde féminine ce soir !',
    'Threat of snow: our stations stay open.',
    'Menace de grève SNCF : pensez au covoiturage.',
    'Retournez dans votre espace client pour suivre le colis.',
    'Go back to your cart to check out.',
    'On sait que vous attendiez ce retour : la crème vanille revient !',
    'We know where you are: come and see us at stand B12.',
    'Rentrez chez vous en toute sécurité, la route est glissante.',
    'Nous recrutons depuis plus de 30 ans dans la région : postulez !',
    'Pyjamas 2-12 ans, rejoignez notre équipe de testeurs !',
    'Apply in under 10 minutes: we are hiring in Leeds.',
    'Hiring: 40 roles across over 50 stores.',
    'Entretien de la chaudière : pensez-y avant l’hiver.',
    'La pâte doit être mince et dorée.',
    'Available in white only this season.',
    'Straight from the oven, only £2.',
    'Share your photos with #BonvalMoments, we post our favourites every Friday.',
    'Envoie-nous ton adresse en MP pour le renvoi du colis.',
    'We found your parcel, it ships today.',
    'Thank you ugly-sweater fans, you made our day!',
    'Notre bonnet tête de singe est de retour en taille 2 ans.',
    'Our baby onesie makes your little one look like a monkey 🐒',
    'Des tranches minces, un goût intense.',
    'Nos caissières ont été formées aux paiements sans contact.',
    'Les Chinois fêtent le Nouvel An ce week-end : nos lanternes sont en rayon.',
    'Black and white socks, back in stock.',
    'Les Portugais sont champions, bravo à nos collègues de Porto !',
    'Personne ne t’a oublié : voici ton code promo.',
    'Everyone laughs at our new advert, and that was the plan 😄',
    'Désolés pour les retards de livraison cette semaine.',
    'Les réunions du lundi sont plus courtes désormais.',
    'Les gens qui mettent de l’ananas sur la pizza sont des gros débiles.',
    'Nous nous sommes attardés sur chaque couture.',
    'Je suis crevé après ce Grand Prix !',
    'No blind spots with our new mirrors.',
    'Voile, surf, kayak : nos chaussettes techniques suivent partout.',
    'Pas de vieux pots de confiture qui traînent ? Recyclez-les en magasin.',
    "Women don't get enough sleep: our new pillow range can help.",
    'Applications from people over 50 are very welcome.',
    'Our engineers go back to China next week for the plant launch.',
    'Julie rentre au Maroc pour les vacances, bon voyage !',
    'Continue à nous suivre, tu verras les nouveautés en premier !',
    "T'es grosse fan de nos biscuits ? Participe au concours !",
    'Les factures d’énergie font peur aux seniors : notre aide est là.',
    'Nos stagiaires de moins de 26 ans bénéficient du pass transport.',
    'Notre équipe de foot féminin recrute des joueuses de plus de 16 ans.',
    'Keep calm and carry on shopping, see what happens to your points!',
    'These hills will kill you, but the view is worth it.',
    'Your family will know you care: order flowers today.',
    'On cherche le cadeau idéal pour un jeune homme ? Suivez le guide.',
    'Vous allez le payer moins cher en magasin !',
    'Les femmes et l’argent : nos conseils pour négocier son salaire.',
    'Nos collègues juifs nous ont fait découvrir Hanouka, merci !',
    'Les seniors ont adoré notre atelier selfie 😂',
    'Le pyjama singe est de retour pour les petits garçons 🐒',
    'Ta cellulite est belle, ne la cache pas 💛',
    'Foulards en soie, nouvelle collection : on recrute aussi des vendeuses !',
  ])('%s', (text) => {
    expect(discrimination(text)).toEqual([]);
  });
});

describe('discrimination: findings explain themselves', () => {
  it('names the group and the predicate that met, with the discrimination hint', () => {
    const [f] = discrimination('Les Marocains ne savent pas conduire.');
    expect(f.term).toBe('Marocains … ne savent pas conduire');
    expect(formatMessage('fr', f.hint!.code, f.hint!.params)).toContain('discriminatoire');
  });

  it('gives hiring criteria the hiring hint, in both languages', () => {
    const [f] = discrimination('Nous recrutons un commercial de moins de 35 ans.');
    expect(f.hint?.code).toBe('CHARTER_HINT_HIRING');
    expect(formatMessage('fr', f.hint!.code, f.hint!.params)).toContain('critère d’embauche');
    expect(formatMessage('en', f.hint!.code, f.hint!.params)).toContain('hiring criterion');
  });

  it('gives threats, exposure and body shaming the harassment hint', () => {
    for (const text of ['@a On sait où tu habites.', "@a we'll post your home address", '@a gros lard va', '@a kys']) {
      const codes = discrimination(text).map((f) => f.hint?.code);
      expect({ text, codes }).toEqual({
        text,
        codes: [text.includes('lard') ? 'CHARTER_HINT_DISCRIMINATION' : 'CHARTER_HINT_HARASSMENT'],
      });
    }
  });

  it('follows the category level: warn, and nothing when off', () => {
    const warn = mergeCharter({ categories: { levels: { discrimination: 'warn' } } });
    const off = mergeCharter({ categories: { levels: { discrimination: 'off' } } });
    const text = 'Pas de femmes au montage, trop fragiles.';
    const at = (c: typeof base) =>
      checkCharter({ accountId: 'a', kind: 'standard', segments: [{ text }], scheduledAt: null }, c)
        .filter((f) => f.category === 'discrimination')
        .map((f) => f.severity);
    expect(at(warn)).toEqual(['warn']);
    expect(at(off)).toEqual([]);
    expect(at(defaultCharter())).toEqual(['block']);
  });
});

describe('discrimination: matching details', () => {
  it('reads "can\'t" as "cannot", so "can drive" is not "can\'t drive"', () => {
    expect(tokenize("women can't drive").map((t) => t.norm)).toEqual(['women', 'cannot', 'drive']);
    expect(tokenize("don't, won't").map((t) => t.norm)).toEqual(['don', 'won']);
  });

  it('takes ages as adult numbers only: "moins de 30 ans" in a job ad, not sizes "2-12 ans"', () => {
    expect(blocked('On recrute : vendeurs de 18-25 ans.')).toBe(true);
    expect(blocked('On recrute ! Et nos bodies 0-3 ans sont en promo.')).toBe(false);
  });

  it('keeps pairs that must touch inside one clause ("pas de, femmes" is not "pas de femmes")', () => {
    expect(blocked('Pas de femmes au montage.')).toBe(true);
    expect(blocked('Pas de souci, femmes et hommes sont les bienvenus.')).toBe(false);
    expect(blocked('No. Women run half our plants.')).toBe(false);
  });

  it('respects the brand’s allow-list', () => {
    const allowing = mergeCharter({
      categories: { levels: { discrimination: 'block' } },
      bannedTerms: { allowedPhrases: ['moins de 26 ans'] },
    });
    const findings = checkCharter(
      {
        accountId: 'a',
        kind: 'standard',
        segments: [{ text: 'Alternance : nous recrutons des apprentis de moins de 26 ans.' }],
        scheduledAt: null,
      },
      allowing,
    );
    expect(findings.filter((f) => f.category === 'discrimination')).toEqual([]);
  });
});

describe('discrimination: a slur is an insult too', () => {
  const categories = (text: string) => [...new Set(check(text).map((f) => f.category))].sort();

  it.each([
    'Encore ces bougnoules devant la boutique.',
    'No trannies in the fitting rooms.',
    'Had the p*ki from the corner shop short-change me again.',
  ])('blocks both: %s', (text) => {
    expect(categories(text)).toEqual(['discrimination', 'insult']);
    expect(check(text).every((f) => f.severity === 'block')).toBe(true);
  });

  it.each([
    ['demeaning without a slur', 'Les Marocains ne savent pas conduire, regardez le parking.', ['discrimination']],
    ['a slur word its own negatives clear', 'Notre chat, un Maine coon de 9 kg, adore les paniers XXL.', []],
  ])('only the slur insults (%s): %s', (_, text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});
