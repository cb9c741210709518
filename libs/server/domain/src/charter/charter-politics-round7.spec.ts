// Politics, seventh round (word-lists-politics-7.ts): slogans and activist movements, telling people how to vote, a
// vote verb before a party, "le RN", opposing a law, public policies and actors that are weak alone, cues of blame
// and sarcasm, thanks to a political actor, seats of power named by their city, a side taken on a ballot measure;
// and on the clean side, votes among products, an election named for opening hours, a lap, a city hall thanked, a
// shop in Brussels. Every sentence was written for this spec (none is taken from a corpus, probe or hold-out file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const findings = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base).filter(
    (f) => f.category === 'politics',
  );
/** Politics found by the rules (not the classifier, whose findings these lists do not decide). */
const rules = (text: string) => findings(text).filter((f) => f.rule !== 'category_model');
const byRules = (text: string) => rules(text).filter((f) => f.severity === 'block');

describe('charter politics round 7: families found by the rules', () => {
  it.each([
    // slogans, movements, exit campaigns
    'Le Frexit, voilà la seule solution pour nos producteurs.',
    'Free Tibet, and free delivery on every order this week.',
    'Extinction Rebellion has a point, and we say it loud.',
    // how to vote, a party after a vote verb, "le RN"
    'Ne votez plus jamais pour ceux qui ont fermé la maternité.',
    'Email your MP and tell them what you think of the new levy.',
    'Honestly thinking of voting Reform next time.',
    'Avec le RN aux portes du pouvoir, on s’inquiète pour nos équipes.',
    // against a law, a side on a ballot measure
    'Toute l’équipe se mobilise contre la nouvelle taxe sur les emballages.',
    'We are firmly opposed to the bill on Sunday trading.',
    'Votez oui au référendum du mois prochain, c’est important.',
    // weak actors and policies with a cue, or two of them
    'Encore une fois l’État se sert dans la caisse des petits commerçants.',
    'Universal credit cut again while lawmakers take a long holiday.',
    'Our leaders have no clue what the cost of living does to families.',
    'Cette majorité va sacrifier les services publics des campagnes.',
    'Congress should do your job, not another photo op. Do your job!',
    // thanks to a political actor, seats named by their city
    'Merci les technocrates pour ce nouveau formulaire de 40 pages 🙃',
    'Well done, ministers, another price rise for families.',
    'Nouvelle règle imposée par Bruxelles, et ce sont nos bergers qui paient.',
    'Tariffs on Scottish salmon, courtesy of Washington.',
    // nations with a cue, candidates, war
    'Gaza : le silence de l’Europe est une complicité.',
    'Candidate a la mairie ? Commencez par réparer les trottoirs.',
    'These are war crimes and every government should say so.',
    // election time and town councils with a cue, strikers, slogans of a ceasefire
    'Polling day tomorrow: remember who wrecked the high street.',
    'Le conseil municipal veut interdire les terrasses chauffées, merci pour les commerçants.',
    'Solidarity with the strikers on the picket line this morning.',
    'Stop the genocide, and stop pretending it is not happening.',
    'Grève générale jeudi : nos boutiques resteront fermées par solidarité.',
    // marching for a people, slogans of a side, blame cues
    'Toute l’équipe va défiler pour l’Ukraine samedi.',
    'Back the blue, always. Our drivers know who keeps them safe.',
    'The Senate keeps playing games with our import licences.',
    'Les militants du climat qui bloquent nos camions ? Au trou.',
    'La nouvelle politique migratoire est inhumaine, nos équipes méritent mieux.',
  ])('%s', (text) => {
    expect(byRules(text)).not.toEqual([]);
  });
});

describe('charter politics round 7: look-alikes stay clean', () => {
  it.each([
    'Votez en commentaire : biscuit nature ou biscuit au chocolat ?',
    'Vote in the comments for the next sock pattern!',
    'Dimanche, second tour des législatives : nos magasins ferment à 18 h.',
    'Election day on Thursday: our shops close early so the team can vote.',
    'Au premier tour de piste, notre voiture est déjà en tête !',
    'Raz-de-marée pour la tarte aux pommes : 80 % des votes de notre sondage.',
    'Merci à la mairie de Nantes pour son accueil au marché de Noël.',
    'Thank you Brussels for a wonderful pop-up weekend!',
    'Notre boutique de Bruxelles ouvre samedi, café offert.',
    'It is against the law to resell our concert tickets.',
    'Allez les Verts ! On sera au stade avec des goûters.',
    'Le conseil municipal des enfants a visité notre atelier de chaussettes.',
    'This jacket is striking a balance between warmth and weight.',
    'Your parcel was supposed to arrive on Monday, sorry for the wait.',
    'Livraisons vers l’Ukraine et Israël suspendues jusqu’à nouvel ordre.',
    'Stop voting for the same flavour every year, try the new one!',
    'Well done to the whole team for a record week!',
    'Our animal welfare standards are audited every year.',
    'Election day: polling stations are open until 10pm, and so are our shops.',
    'Jour du scrutin dimanche : bureaux de vote ouverts, nos boutiques aussi.',
    'Le conseil municipal et le maire ont coupé le ruban de notre nouvelle boutique.',
    'Vote for the Green jumper or the Blue one in our poll!',
    'Strikers wanted for our five-a-side charity football team.',
    'Nouvel accord commercial avec notre distributeur belge.',
    'Notre équipe marche pour Octobre Rose ce dimanche.',
    'Rally for the last race of the season, see you in Abu Dhabi!',
    'Un gâteau qui s’écroule, quelle catastrophe ! Voici notre recette anti-raté.',
    'Your feet deserve better than thin socks: vote for your favourite colour below!',
  ])('%s', (text) => {
    expect(rules(text)).toEqual([]);
  });
});
