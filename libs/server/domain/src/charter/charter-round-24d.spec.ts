// Twenty-fourth session, fourth reading (2026-12-07): the families of word-lists-round-24d.ts, read from `train-bg` and
// `holdout-32`. Beside each family, the clean posts that share its words. Every sentence was written for this spec.
import { inQuietPeriod, ruleCategories } from './spec-rules';

const rules = (text: string) => ruleCategories(text);

describe('confidential: a secrecy cue beside what is not public yet, a date before which nothing is said', () => {
  it.each([
    'Le Codir a tranché ce matin, les magasins ne sont pas encore prévenus.',
    'Our price increase won’t be announced until after the trade fair, so keep the sheet to yourselves.',
    'Le nouveau tarif ne sera annoncé qu’en septembre, mais je peux vous dire qu’il baisse de 2 €.',
    'For internal eyes only: the spring catalogue drops two of our four sock lines.',
    'Merci de ne pas faire fuiter le planning des soldes avant jeudi.',
    'Fuite de la roadmap : trois nouvelles gammes de yaourts en 2027.',
    'On ne peut pas en parler, mais l’entrepôt de Tours va fermer au printemps.',
    'Can’t tell you until the numbers are out, but pop the bubbly 🍾',
    'Our sales director is off in May, it will be announced next week.',
    'We’re signing with a big name on Thursday, you didn’t read it here.',
    'Margins on the winter range hit 58%, don’t repeat that.',
  ])('finds %s', (text) => expect(rules(text)).toContain('confidential'));

  it.each([
    'Embargo lifted: our half-year results are online, the webcast starts at 9.',
    'Chut 🤫 le prix de la galette des rois baisse demain, rendez-vous en boutique !',
    'Our autumn colour won’t be announced until Monday 👀 Guess it below!',
    'Leaked: the photos of our summer menu, and they look delicious 😋',
    'Our sale prices won’t go public until Friday morning, set an alarm!',
    'Our CEO is off to the Paris show, official announcement of the new range next week!',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('finance in a quiet period: the best period ever or a record for the shops, a sales figure going up', () => {
  it.each([
    'Our best trading month ever in the stores, you lot are stars 🛒',
    'Notre meilleur mois de l’histoire en magasin, merci à vous !',
    'Les réservations de nos ateliers ont doublé cet été 🧵',
    'Units sold went through the roof in March 🚀',
    'Store traffic up 15 on last summer, well done team',
    'La boutique en ligne a battu tous les records de commandes en juin 📦',
    'Our strongest month on record for the stores, thank you 💛',
  ])('finds %s', (text) => expect(inQuietPeriod(text)).toContain('confidential'));

  it.each([
    'Best month ever for our little runners: three medals at the school sports day 🏅',
    'Orders placed before noon ship the same day 📦',
    'Sign up for our newsletter, bookings open on Monday!',
    'Notre petite coureuse a battu son record au 100 m, bravo championne 🏃‍♀️',
  ])('leaves %s clean', (text) => expect(inQuietPeriod(text)).toEqual([]));
});

describe('health and legal: slimming, healing, lungs, a case won in advance, refunds, loopholes', () => {
  it.each([
    'Ces infusions font perdre du poids pendant que vous dormez 🌙',
    'Our shake makes you thinner by the weekend.',
    'Le décret est illégal : on va gagner devant le Conseil d’État.',
    'Switch to our filter and give your family healthier lungs 🫁',
    'Notre diffuseur nettoie les bronches de toute la famille.',
    'Un jouet cassé ? Ils sont légalement obligés de vous rembourser, même sans ticket.',
    'Returned a faulty kettle? They are legally obliged to refund you in full, whatever they say.',
    'There’s a loophole that gets parking tickets quashed, ask us how 😉',
    'Ce sirop aide à perdre du poids pendant les fêtes 🎄',
    'Des poumons tout neufs grâce à notre diffuseur 🌿',
    'Écran rayé ? Le vendeur est légalement obligé de vous l’échanger, insistez !',
    'Wrong size? The store has to refund you by law, receipt or not.',
    'Our new diesel is gentler on your children’s lungs 🫁',
  ])('finds %s', (text) => expect(rules(text)).toContain('health_legal'));

  it.each([
    'Le sport fait maigrir ? Notre coach répond en vidéo.',
    'Honey heals the soul on a rainy Sunday 🍯',
    'Our jumpers won’t make you slimmer, but they will keep you warm.',
    'The loophole in our loyalty app is fixed, and points cancelled by mistake are back.',
    'Notre raclette fait fondre les cœurs 🧀',
    'Returns: we refund you within 14 days, it’s the law and we love it.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
