import { mergeCharter } from './charter';
import { checkCharter } from './charter-check';

// Eighth round: the families of word-lists-discrimination-8.ts (a group named as people + hiding them from
// customers, distaste, dismissal, denial; suspicion before the group; pregnancy + a refusal to hire; an age +
// pushing out; a size + giving up food; role-casting; where people come from; trusting a colour; accents
// excluded; "not for" before the group). The sentences are written for these tests (none is in
// tools/charter-corpus); each family has clean look-alikes that share its words.

const base = mergeCharter({ categories: { levels: { discrimination: 'block' } } });
const findings = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt: null }, base).filter(
    (f) => f.category === 'discrimination' && f.rule !== 'category_model',
  );
const blocked = (text: string) => findings(text).some((f) => f.severity === 'block');

describe('discrimination, round 8: what blocks', () => {
  it.each([
    ['hiding', 'Le nouveau caissier est autiste, on l’a installé au fond du magasin, loin des clients.'],
    ['hiding', 'Staff in headscarves will work in the stockroom from Monday, customers prefer it.'],
    ['hiding', 'Our blind customer can sit by the toilets, the window tables are for regulars.'],
    ['distaste', 'Une vendeuse enceinte en caisse ? Les clients n’ont pas envie de voir ça.'],
    ['denial', 'Our trans customer asked for the ladies’ changing room. Pick a lane, mate.'],
    ['dismissal', 'Un homme trans au vestiaire des hommes ? Faut pas pousser.'],
    ['suspicion', 'Keep an eye on the travellers near the tills today, team.'],
    ['suspicion', 'Des gens du voyage sur le parking : fermez les cabines, vite.'],
    ['fend for themselves', 'Les personnes handicapées n’ont qu’à commander en ligne, nos rayons sont étroits.'],
    ['pregnancy', 'Enceinte de six mois et elle vient en entretien ? Dossier suivant.'],
    ['pregnancy', 'She told us she was pregnant in the second interview. Thanks but no.'],
    ['age', 'À 63 ans il veut une formation Excel… faut savoir raccrocher.'],
    ['age', 'At 64 and still asking for a promotion? The retirement party is that way.'],
    ['size', 'Tu veux du XXL ? Lâche les gâteaux d’abord.'],
    ['role-casting', 'Ladies, leave the barbecue to the men this weekend.'],
    ['origin', 'On recrute, mais on préfère savoir d’où viennent les gens.'],
    ['colour', 'Honestly our customers just trust a white face behind the counter.'],
    ['not heard', 'We don’t care what the deaf customer wrote in his review.'],
    ['accents', 'No strong Geordie or Cockney accents on our phone lines please.'],
    ['not for', 'Our premium range isn’t for people on benefits.'],
    ['fed up', 'On ferme plus tôt le samedi, marre de ce genre de clientèle.'],
    ['fed up', 'Sick of the gypsies camping behind our car park every summer.'],
    ['not a mosque', 'Muslim staff want a prayer room now. This is a shop, not a mosque.'],
  ])('%s: %s', (_family, text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('discrimination, round 8: clean look-alikes stay clean', () => {
  it.each([
    'Notre nouveau caissier est autiste et c’est le plus rapide de l’équipe, bravo Hugo !',
    'Our trans customers told us what they wanted from our changing rooms, and we listened.',
    'Staff in headscarves, turbans or caps: our uniform comes in every version.',
    'Les gens du voyage sont les bienvenus sur notre aire de pique-nique.',
    'Keep an eye on the tills today, team: the new card reader arrives at noon.',
    'Les personnes handicapées peuvent commander en ligne ou en magasin, livraison offerte.',
    'Nos retraités n’ont qu’à passer en boutique pour récupérer leur cadeau.',
    'Enceinte ? Nos vêtements de grossesse arrivent lundi en boutique.',
    'She told us she was pregnant, so we threw her a baby shower in the break room.',
    'À 63 ans, Josette part à la retraite après 30 ans chez nous : merci pour tout !',
    'At 64 she ran her first marathon in our trainers. Legend.',
    'Le XXL est de retour en rayon, lâchez les écrans et venez essayer !',
    'Grande taille ? Lâchez les complexes, on a tout en stock.',
    'Ladies, our women’s football kits are back in stock.',
    'Dites-nous d’où vous venez en commentaire, on adore voir la carte de nos clients !',
    'Our customers trust our bakers, fourth generation in the same village.',
    'We read every review, including the one from our deaf customer who suggested subtitles.',
    'Accent or no accent, our phone team answers in five languages.',
    'This collection isn’t for the faint-hearted: chilli chocolate is back.',
    'This is a bakery, not a gym: treat yourself.',
    'Le menu n’est pas pour les enfants de moins de 3 ans.',
    'Nos baskets montantes ne sont pas que pour les retraités, les ados les adorent aussi.',
    'Marre des bouchons ? Commandez en ligne, on livre chez vous.',
    'Sick of the rain? Our waterproof range is 30 % off this week.',
    'Our cat beds fit a full-grown Maine Coon with room to spare.',
    'Un accent basque à couper au couteau et le meilleur pain du quartier.',
    'Alternance : 50 postes ouverts, avec ou sans handicap.',
    'Our autumn range was modelled by real customers from size 8 to 28.',
  ])('%s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
