import { isPromotionalText } from './promotional-text';

describe('promotional text (self-promotion without a tag)', () => {
  it.each([
    'Nouvelle collection : -30 % sur tout le site ce week-end !',
    'Jusqu’à −50% sur les manteaux',
    '20 % de réduction pour les abonnés',
    'Les SOLDES commencent demain 🛍️',
    'Promo de printemps sur nos forfaits',
    'Profitez du code PRINTEMPS24 : code promo valable jusqu’à dimanche',
    'Entrez le code BIENVENUE à la caisse',
    'Offre spéciale pour la rentrée',
    'Offre limitée : deux pour le prix d’un',
    'Livraison gratuite dès 30 €',
    'Summer sale: 20% off everything',
    'Flash sale ends tonight!',
    'Get a discount on your first order',
    'Use code SPRING for free shipping',
    'Special offer for our followers',
    'Limited-time offer, save 15% today',
    'Black Friday : nos meilleurs bons plans',
  ])('"%s" is promotional', (text) => {
    expect(isPromotionalText(text)).toBe(true);
  });

  it.each([
    'Offre n°12 : rejoignez l’équipe data, postulez sur https://careers.example.com',
    'Nos résultats : une croissance de 12 % sur l’année',
    'Le chômage baisse de 0,3 % selon l’INSEE',
    'Une réunion sale et tendue, selon la presse',
    'Nous publions le code source de notre outil',
    'Félicitations à Marie pour sa promotion au poste de directrice',
    'Merci à toutes nos équipes 🙏',
    'The quarterly results are out',
    'Température : -3 °C ce matin',
  ])('"%s" is not promotional', (text) => {
    expect(isPromotionalText(text)).toBe(false);
  });
});
