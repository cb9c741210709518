// Market-sensitive information, seventh round (word-lists-confidential-4.ts): secrecy said through passing it on,
// who has not been told, feigning or not being allowed to say; topics in other words (turnover, the forecast, a key
// client, a float, advanced talks); an executive leaving in everyday words, a store or office closing, jobs
// affected, a unit for sale, a forecast in the passive; on the clean side, goods in stock during a quiet period and
// the same words without a secret. Every sentence was written for this spec (none is taken from a corpus file).
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const quiet = mergeCharter({ categories: { quietPeriods: [{ start: '2026-10-01', end: '2026-10-28' }] } });
const inQuiet = new Date('2026-10-12T09:00:00Z');
/** The rules' findings only (the classifier's `category_model` findings are left out). */
const rules = (text: string, charter = base, scheduledAt: Date | null = null) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt }, charter).filter(
    (f) => f.category === 'confidential' && f.rule !== 'category_model',
  );

describe('charter confidential round 7: families found', () => {
  it.each([
    // an executive leaving, in everyday words
    'Notre directeur commercial se barre chez un concurrent en avril, motus.',
    'Our head of finance has handed in his notice, you didn’t hear it from us.',
    // a site closing or going
    'Le magasin de Nantes baisse le rideau en juin, faites semblant d’être surpris quand ce sera annoncé.',
    'The Swansea depot won’t survive the winter. Staff get told in the new year.',
    'Nos deux ateliers ferment au second semestre, merci de ne pas le faire tourner.',
    // jobs affected, a unit for sale
    '45 roles affected at the Derby office, please don’t spread it until HR speaks.',
    'Le pôle surgelés est à vendre, mais on n’a pas le droit d’en parler.',
    // figures and plans, with a secrecy cue or a date ahead
    'Can’t officially share it, but our turnover beat every forecast this year.',
    'Je ne peux rien dire, mais la trésorerie du groupe n’a jamais été aussi solide.',
    'Les augmentations salariales seront gelées, vous l’avez lu ici en premier.',
    'We are in advanced talks with a German bakery group, signing planned for next summer.',
    'Pas encore officiel : nous entrerons en Bourse l’année prochaine.',
    'Eyes only: the draft budget cuts marketing by a third.',
    // hearsay and "I shouldn't say", parting with staff, being taken over, figures collapsing
    'Bruits de couloir : le pôle boissons serait cédé avant l’été.',
    'I shouldn’t say this, but our margins tanked in the second half.',
    'Nous allons nous séparer de 25 opérateurs à Lorient d’ici la rentrée.',
    'We plan to part ways with 70 staff across the region next quarter.',
    'Between ourselves and the board pack: we are being taken over in the spring.',
    // figures before their release, a stake sold, production moved, bonuses scrapped, a site "va être fermé"
    'Le bénéfice du T4 ne sera publié que le 12, mais je peux déjà vous dire qu’il est historique.',
    'Q1 profit is well below plan; we cannot comment until the results call.',
    'Exclu : nous allons ouvrir le capital à un fonds canadien début 2027.',
    'Packaging production is moving to Portugal, management told us this morning.',
    'Staff bonuses are being scrapped this year, we were just told.',
    'L’entrepôt de Cholet va être fermé, les équipes ne sont pas encore au courant.',
    // a store that will not reopen, a buyer sought, loss-making units
    '@julie_p En off : notre boutique d’Annecy ne rouvrira pas après l’inventaire.',
    'Between us, the group is seeking a buyer for its pet food arm.',
    'Selon une fuite du codir, deux filiales sont déficitaires depuis un an.',
  ])('%s', (text) => {
    expect(rules(text).map((f) => f.severity)).toContain('block');
  });

  it('reads turnover, cash flow and market share as financial topics in a quiet period', () => {
    expect(rules('Notre part de marché grimpe encore ce mois-ci !', quiet, inQuiet)).toMatchObject([
      { rule: 'quiet_period' },
    ]);
    expect(rules('Turnover is looking strong this autumn!', quiet, inQuiet)).toMatchObject([{ rule: 'quiet_period' }]);
    expect(rules('Une trésorerie au beau fixe cet automne.', quiet, inQuiet)).toMatchObject([{ rule: 'quiet_period' }]);
  });
});

describe('charter confidential round 7: look-alikes stay clean', () => {
  it.each([
    'Notre boutique de Bordeaux ferme à 19h ce soir, passez nous voir !',
    'Our Cardiff shop closes for good this Sunday after a wonderful pop-up summer.',
    'La nouvelle directrice marketing présente la collection en direct demain.',
    'Please don’t RT, it’s a surprise party for our team leader 🎉',
    'Faites semblant d’être surpris quand vous ouvrirez le paquet à Noël 🎁',
    'Ne faites pas tourner la pâte trop longtemps, elle doit reposer.',
    'Les départs en vacances approchent : nos valises cabine sont en promo.',
    'Our biggest customers are toddlers, and they are very demanding 😄',
    'We’re floating on air after the design award!',
    'Nos 20 postes en alternance sont concernés par la nouvelle formation, postulez !',
    'Spoiler alert: the advent calendar is back on Monday!',
    'Merci aux 300 personnes venues au défilé samedi, et à lundi pour la suite !',
    'The square is being taken over by the Christmas market next weekend.',
    'Notre calendrier de l’Avent ne sort que le 1er novembre, patience !',
    'I can already tell you our winter collection is the cosiest yet ❄️',
    'Secret code for loyal customers: bonuses on every order this week!',
    'The Bath shop won’t reopen until Tuesday after the refit, sorry!',
    'On cherche un repreneur pour notre ancien stand de salon, écrivez-nous !',
    'Les températures chutent, vos ventes de chocolat chaud explosent chez nous ? Partagez vos recettes !',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });

  it('does not read goods in stock as shares in a quiet period', () => {
    for (const text of [
      'Stock limité sur les bonnets, foncez !',
      'Winter boots now in stock, while stocks last.',
      'De retour en stock : les chaussons fourrés.',
      'Out of stock? Join the waiting list and we’ll email you.',
    ])
      expect(rules(text, quiet, inQuiet)).toEqual([]);
  });
});
