// Twenty-fifth session (2026-12-07): the families of word-lists-round-25g.ts, read from train-bo,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 25g: what the rules now find', () => {
  it.each([
    'Rendons grâce au ciel pour cette récolte de noisettes exceptionnelle, et bon appétit à tous !',
    'Merci au Bon Dieu pour ce week-end de soleil sur nos éoliennes.',
    'Give thanks to the Creator for cocoa beans, and to us for the cookies.',
    'Sun all week for the build, the good Lord sent us a little help there.',
    'Nos chauffeurs partent ce soir, saint Christophe veille sur eux pendant toute la tournée.',
    'Sainte Rita veille sur notre équipe compta pendant la clôture annuelle.',
    'St Christopher, keep them safe on the motorway tonight, our delivery crews are on the road.',
    "We've lit a candle for our riders in the paddock this morning, guide them home.",
    "L'au-delà ? Un conte de fées pour adultes, nous on croit au goûter de 16h.",
    'Hell is a made-up story to scare kids, grab a cookie instead.',
    'Heaven sounds so boring, harps and clouds all day, no thanks.',
    'Le carême ? Quarante jours à regarder les autres manger, très peu pour nous.',
    'Yom Kippur: a whole day watching everyone else eat? Not for our team.',
    'Le niqab au bureau, choix personnel ou signe de soumission ? On en débat.',
    'The hijab at school, personal choice or sign of submission? Tell us below.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    'Vos vacances en note de frais ? Personne ne vérifie jamais, profitez-en.',
    'Put the family car through as a business expense, nobody checks anyway.',
    'The jury will acquit her next week, no doubt about it.',
    "Notre ancien directeur est innocent et le tribunal le relaxera lundi, c'est écrit.",
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));

  it.each([
    'Poste de vendeur en boutique : nous privilégions les chrétiens pratiquants.',
    'Offre de cariste : nous privilégions les musulmans pratiquants.',
    'Night shift operators wanted, we only hire churchgoers.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 25g: the clean posts beside them', () => {
  it.each([
    'Ganesh Chaturthi sale: coconut barfi biscuits in our Delhi stores this week.',
    'Our driver calls the final stint the prayer lap, fingers crossed for the tyres.',
    'Merci à nos clients pour ce week-end de soleil en boutique !',
    "Les chaussettes Saint-Michel sont en rayon, on vous protège les pieds tout l'hiver.",
    'Le paradis des gourmands existe bel et bien, allée 7.',
    'This chocolate cake is heaven, no biscuits needed.',
    "Pendant le Ramadan, nos boutiques restent ouvertes jusqu'à 21h.",
    'Sondage du jour : pull rouge ou pull vert ?',
    "Vos frais professionnels sont remboursés sous 30 jours, la note de frais se fait dans l'appli.",
    'Our accountant checks every business expense twice a year.',
    'The court will rule on the wind farm appeal on Friday.',
    'Le tribunal rendra sa décision le 12 mars, nous la respecterons.',
    'Nous privilégions les candidatures en alternance pour ce poste.',
    'We prefer candidates with a forklift licence.',
    'Notre-Dame de Paris rouvre ses portes, une belle journée pour la ville.',
    'Lighting a candle for your birthday cake? Our number candles are back.',
    "Un succès d'enfer pour nos caramels, merci pour vos avis !",
    'Carême ou pas, nos crêpes sont en promo ce week-end.',
    'Our tax advisers check every return, nobody files late with us.',
    'Nos techniciens sont les anges gardiens du réseau, ils veillent sur vos installations.',
    "Au faubourg Saint-Antoine, nos gants protègent les mains des livreurs tout l'hiver.",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
