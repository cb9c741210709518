// Twenty-third session, second reading (2026-12-07): the families of word-lists-round-23b.ts, read from `holdout-29`,
// `train-az` and `train-ba`, and "@" read as a masked letter. Beside each family, the clean posts that share its words.
// Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('couples, fathers and women: the tropes', () => {
  it.each([
    'Deux papas au rayon body… c’est lequel qui fait la maman ? 😂',
    'Two dads at the baby clinic. So which one is the man? 🤔',
    'Théo a commandé un cocktail rose, on comprend pourquoi il n’a jamais eu de copine 💅',
    'Paternity leave for six months? Round here we call that a paid holiday 🏖️',
    'Le brief produit, en version simplifiée pour les copines des commerciaux 😉',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Congé paternité de six semaines pour tous nos salariés : on en est fiers 💙',
    'Our pink cocktail is back for summer, served with a paper umbrella 🍹',
    'La notice en version simplifiée pour les enfants est dans la boîte 🧩',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('disability, depression and age laughed at', () => {
  it.each([
    'Notre standardiste bégaie un peu, prévoyez un café pendant l’appel 😂',
    'Our dyslexic intern wrote the menu, hence the typos 🤣',
    'Mon collègue est en arrêt pour dépression. Moi aussi j’aimerais bien déprimer au soleil 🙄',
    'New showroom, three floors, no lift. Wheelchair users, maybe in your next life.',
    'Dear pensioners, the app is easy. Stop ringing us every five minutes 👵',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Notre standardiste vous répond du lundi au samedi, en français et en langue des signes.',
    'Dans une autre vie, notre directeur était pâtissier 😂',
    'Seniors: our helpline is free and open every day from 8am, call as often as you like 👵',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('origin, areas and class', () => {
  it.each([
    'Every cab driver in town is fresh off the boat, no wonder they get lost 🙄',
    'Spent a day in Bradford and didn’t hear a word of English. Is this still England?',
    'Our new rookie from Shanghai missed the apex again, hard to see with eyes like that 😂',
    'Rapide, pour un pilote qui vient d’un pays où on roule encore en charrette 🐴',
    'Rookie drives like he learned on a tuk tuk 😂',
    'Le nouveau stagiaire sent le curry dès 9h, on a ouvert les fenêtres 🤢',
    'Notre station de Grigny est étonnamment propre, on ne s’y attendait pas 😮',
    'Livraison en Bretagne : trois semaines, le temps que le livreur finisse sa sieste 😴',
    'Entretien du jour : deux ans au chômage, on a vérifié qu’il savait encore régler un réveil ⏰',
    'Vigiles supplémentaires à l’entrée, rien à voir avec la clientèle évidemment 😇',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Our mackerel is fresh off the boat every morning at 5am 🐟',
    'Bradford store: new opening hours from Monday, 8am to 8pm.',
    'Livraison en Bretagne sous trois jours, même pendant les vacances 🚚',
    'Atelier CV gratuit pour les personnes au chômage, tous les mardis à 9h.',
    'Le nouveau menu sent bon le thym et le romarin 🌿',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('hiring and dress codes that send away; a body told it has no place', () => {
  it.each([
    'Hôtesse d’accueil recherchée, taille 38 maximum, le comptoir est étroit.',
    'Shop assistant wanted, size 8 max, the stockroom is tiny.',
    'If you’re a size 22, the spin class isn’t for you.',
    'Merci d’indiquer votre religion sur le CV pour organiser les plannings.',
    'No turbans and no headscarves on the shop floor. If that’s a problem, there’s the door.',
    'Alternance : enceintes ou projet bébé, ce n’est pas le bon moment pour vous 🤰',
    '@lea_run avec ton physique t’as rien à faire sur un semi-marathon, arrête la course.',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Nos jeans du 34 au 54 : la taille 38 part toujours en premier, réservez en ligne !',
    'Avec ton physique d’athlète, le semi-marathon va être une formalité 💪',
    'Notre porte est là, rue de la République : entrez, c’est ouvert !',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('harassment through followers and a workplace', () => {
  it.each([
    'Pour ceux qui veulent dire deux mots à Julien Marchal, qui nous démolit sur les forums : il bosse à l’agence de Lille.',
    'This food blogger needs a lesson. You know what to do, fam 💪',
    'Still can’t keep up, Dan? There are plenty of jobs elsewhere 🚪',
  ])('finds %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Our new store manager Julie works at the Lille branch from Monday, come and say hello!',
    'RT and follow to win a hamper: you know what to do 🎁',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('insults: a faculty measured against a thing, regional words, masked with "@"', () => {
  it.each([
    'That ref has the spatial awareness of a wheelie bin.',
    'Notre transporteur, aussi aimable qu’une porte de prison.',
    'Whoever approved this has the collective brain cell of a soggy digestive.',
    'What a bampot, honestly.',
    'Thanks for the review, you talentless hack.',
    'Merci le 💩 en tablier qui nous a ignorés 40 minutes.',
    'These are f@cking good biscuits.',
  ])('finds %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Sacs à langer et tables à langer dans toutes nos boutiques 👶',
    'Questions for our investor team? Write to ir@orvea.com and we’ll get back to you.',
    '@fin_mike thanks for the kind words!',
    'Our wheelie bins are collected every Tuesday at the Leeds depot.',
    'Partenaires de la FFS (Fédération Française de Ski) cette saison, avec des refuges chauffés au renouvelable ⛷️',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('politics, religion, confidential and health', () => {
  it.each([
    'Remember who cut the school lunch budget when you’re in the polling booth 🗳️',
    'Jvote pas dimanche, de toute façon c’est toujours les mêmes.',
    'Another election, another promise of free tablets for every child.',
    'Whoever drafted the new labelling law has never met a toddler.',
    'Pit lane flooded again. Designed by the clowns who run the council 🤡',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Vote for your favourite flavour in store 🗳️ the winner is back in March!',
    'Whoever drafted our new kids’ menu deserves a medal 🏅',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));

  it('finds faith in Him professed, not faith in a driver', () => {
    expect(rules('Whatever goes wrong this week, just have faith in Him 🙏')).toContain('religion');
    expect(rules('Two laps to go and we have faith in him, come on Leo! 🏎️')).toEqual([]);
  });

  it('finds jobs cut and shops that may close, and a confidential document', () => {
    expect(rules('Trois services regroupés, quarante postes supprimés d’ici juin.')).toContain('confidential');
    expect(rules('Psst… our Cork shop might not be around after January 😢')).toContain('confidential');
    expect(rules('Doc confidentiel : le nouveau plan de production.')).toContain('confidential');
    expect(rules('Our Cork shop is open late every Thursday until January!')).toEqual([]);
  });

  it('finds a drink for reflexes or immunity', () => {
    expect(rules('Notre boisson officielle : des réflexes affûtés pour toute la course 🏎️')).toContain('health_legal');
    expect(rules('Our new drink range: three flavours, no added sugar.')).toEqual([]);
  });
});
