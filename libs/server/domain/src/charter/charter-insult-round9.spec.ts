// Insults, round 9 (word-lists-insult-9.ts, lexicon-insult-9.ts): "you are a joke / a disgrace / a piece of work",
// an adjective + "little" + a person or animal noun, dirty addresses before an animal, groups likened to beasts,
// pity + a soft noun or madness, exclaimed soft nouns aimed at someone, vocatives at the end of a sentence, dumb
// agents that would have done better, dull things for a character, profanity the lists lacked.
// Every sentence was written for this spec (none is taken from a corpus, probe or hold-out file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const findings = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base).filter(
    (f) => f.rule !== 'category_model',
  );

describe('charter insults, round 9: families found', () => {
  it.each([
    'Three weeks for a refund? You are a joke, honestly.',
    'Our courier lost the pallet twice. You guys are a joke.',
    'Vous êtes une honte pour le métier, rendez-nous les cartons.',
    'Avec ton pneu crevé au premier tour, t’es la risée du paddock.',
    'The reviewer who invented a fake allergy is a nasty piece of work.',
    'Our old landlord? A real piece of work, that one.',
    'Anyone who thinks socks are edible needs their head examined.',
    'Trois étoiles pour une erreur de livraison ? Va te faire soigner.',
    'Le fournisseur est en retard, j’en ai rien à foutre, on livre quand même.',
    'Holy shitballs, the podium is ours!',
    'Ces p*tains de biscuits ont disparu en dix minutes.',
    'The sneaky little rat took the last sample and ran.',
    'Smug little toad of a referee, that was never a penalty.',
    'What a vile little creep, leaving that comment under a baby photo.',
    'Le voisin qui jette ses mégots devant la boutique ? Sale porc.',
    'Il a craché sur notre vitrine, espèce de sale rat.',
    'The fans who trashed the stand were absolute animals.',
    'They behaved like pigs at the tasting, crumbs everywhere.',
    'Bande de sauvages, vous avez dévalisé le stand de dégustation.',
    'Les supporters se sont comportés comme des porcs dans les tribunes.',
    'Pauvre nouille, tu as encore oublié le code promo.',
    'Espèce de courge, la taille est écrite sur l’étiquette.',
    'Au client qui a hurlé sur la caissière : pauvre fou.',
    'La cliente qui a giflé notre vendeur ? Espèce de folle hystérique.',
    'Some silly old cow parked across our loading bay again.',
    'The grumpy old git at table six sent back the cake three times.',
    'Trois pénalités en un tour. Quel manche, ce défenseur.',
    'Le colis est reparti chez l’expéditeur. Quelle buse, ce livreur !',
    'Il a renversé le présentoir en reculant. Quelle andouille !',
    'Read the label before you complain, you melon.',
    'The promo code is on the front page, you spanner.',
    'Vous êtes un vrai radin, même pas un euro de pourboire.',
    'C’est une pingre qui rend les chaussettes après la fête.',
    'Madame, vous êtes une malpolie, on ne parle pas ainsi au personnel.',
    'Le stagiaire incompétent qui a effacé le catalogue est parti.',
    'The cheapskate who returned a half-eaten cake wants a refund.',
    'A golden retriever would have done a better job with that launch.',
    'Honestly my toaster is smarter than our new supplier.',
    'Un pigeon aurait fait du meilleur boulot que ce transporteur.',
    'Our new account manager has the personality of a damp sponge.',
    'Ce consultant a le charisme d’une huître morte.',
    'That greedy little pig ate every biscuit on the stand.',
  ])('%s', (text) => {
    expect(findings(text).some((f) => f.category === 'insult')).toBe(true);
  });
});

describe('charter insults, round 9: look-alikes stay clean', () => {
  it.each([
    'Our new biscuits come shaped like animals for the little ones.',
    'This little piggy went to market in our new baby socks.',
    'Quelle manche ! Notre pilote gagne la deuxième manche du sprint.',
    'Le pauvre chien a été retrouvé grâce à vous, merci.',
    'Our absolute animal lovers at the shelter got new jumpers.',
    'Les animaux de la savane inspirent notre collection safari.',
    'Nos vaches normandes donnent le lait de nos crèmes dessert.',
    'Thank you melon growers for this summer’s sorbet.',
    'Quel manche à balai original pour le déguisement d’Halloween !',
    'Cette cuvée a le charisme d’un grand vin.',
    'She has the charisma of a rock star on stage.',
    'Silly old me forgot the discount code again.',
    "You're a star, thank you for the lovely review!",
    'Vous êtes une cliente fidèle depuis dix ans, merci.',
    'Ce pilote est une bête sur le mouillé, quel talent.',
    'You are a joy to work with, thank you team.',
    'Vous êtes une source d’inspiration pour toute l’équipe.',
    'The little rat in our storybook collection is called Remy.',
    'Our little toad plush is back in stock for Easter.',
    'A golden retriever puppy modelled our new raincoat.',
    'Our nan’s recipe is still the best, and we tried them all.',
    'Mon grille-pain préféré est en promo cette semaine.',
    'La pauvre bête était coincée sous la palette, on l’a libérée.',
    'Les tribunes étaient pleines de supporters en folie.',
    'Le fou rire de l’équipe pendant le shooting, on adore.',
    'Notre pilote est fou de joie après la victoire.',
    'Behaved like angels at the kids’ workshop today!',
    'Une bande de copains a testé nos nouveaux sablés.',
    'The old goat cheese tart is back on the menu.',
    'This piece of work took our designers three months.',
    'Our work is a piece of art, says the jury.',
    'Pauvre chou, il a perdu sa chaussette préférée.',
    'Il faut se faire soigner les dents deux fois par an, rappelle notre mutuelle.',
    'Rien à faire ce week-end ? Venez à notre atelier biscuits.',
    'Our toaster waffles are smarter than ever: new recipe.',
    'Quelle bille de clown pour la fête de l’école !',
    'Le gros lot de la tombola : un panier de nos biscuits.',
    'You are an inspiration to our young riders.',
    'Les enfants se sont comportés comme des anges à l’atelier.',
    'Grumpy old men love our oatmeal biscuits too, says the review.',
    'We had the best time with a pack of wolves at the nature reserve talk.',
  ])('%s', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
