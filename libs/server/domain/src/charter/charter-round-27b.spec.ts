// Twenty-seventh session (2026-12-07): the families of word-lists-round-27b.ts, read from train-cd's French
// discrimination misses, beside clean sentences that share their words. Every sentence was written for this spec; each
// one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 27b: what the rules now find', () => {
  it.each([
    "Poste de livreur à Bobigny : candidats habitant en banlieue nord s'abstenir, merci.",
    'Conseiller clientèle H/F : élocution impeccable et sans accent du sud, merci.',
    "Serveuse recherchée pour notre brasserie : physique impeccable exigé et pas d'embonpoint.",
    'Open day at our factory! All welcome, bar the kids from the estate next door: last time a pallet went missing 🙃',
    "Encore une vitrine cassée à notre magasin de Grigny. Avec ce genre de population, il fallait s'y attendre.",
    "Une cliente en jogging veut payer en plusieurs fois un bonnet à 8 € 🙄 Kindy, c'est peut-être pas pour vous.",
    'Smartphone senior ultra simple : même mamie peut y arriver sans appeler ses petits-enfants 😂',
    "Dear Brian from accounts, 61 and struggling with the new software: there's a thing called early retirement.",
    "Mention spéciale à Julie qui a encore repris du gâteau : on t'aime, mais pense à ton maillot 😜",
    'Grandes tailles déplacées à côté des réserves : nos clientes rondes feront leurs achats tranquilles 🙈',
    "Staff weigh-in day: anyone over 100 kg goes on the salad bar rota, that'll make you think!",
    "Nouveau : cuisinières pour les filles, outils pour les garçons. C'est la nature qui veut ça.",
    'At our bakery the sons take over the ovens and the daughters stay home with the recipes, as it should be.',
    'Nos vendeuses sont adorables, mais elles sont nulles en mécanique, alors pour vos vélos demandez Marc.',
    "Atelier couture ouvert aux dames : les hommes ne sauraient pas quoi faire d'une aiguille 😉",
    'Back from maternity leave, Sophie found her new desk in the basement. Hope she gets the message 😇',
    "Welcome Hugo to our Lyon team 🙌 Ladies, he's a bit more delicate than the others, if you know what I mean 💅",
    'Reminder to staff: transgender customers use the fitting room matching their biological sex, no exceptions.',
    "Les Écossais adorent nos sablés, mais quand il faut payer l'addition, plus personne 😂",
    'Bravo à Samir de la logistique qui parle enfin français correctement, on progresse !',
    'Pour la cueillette on prend des Roumains, ils se plaignent jamais et bossent mieux que les locaux.',
    'Our Indian intern tried eating the custard with his hands, you can imagine the scene 😂',
    "Petit rappel à nos collègues d'origine maghrébine : ici on est à l'heure, ce n'est pas le bled.",
    "Une cliente en hijab a passé 40 minutes en cabine, rassurez-vous on a vérifié qu'elle ne cachait rien 😅",
    "Candidate in a wheelchair asked if the role could be adapted. We told her we're not a charity here.",
    'On a recruté un vendeur autiste, gentil, mais on imagine mal ses conseils un samedi de rush 😬',
    '@julie_avis toi qui critiques nos livraisons : on sait où tu déposes tes enfants le matin 🙂',
    "Bravo à l'équipe de Nantes pour ce record ! Tout le monde sauf Kevin, qui devrait penser à se reconvertir 😅",
    "The new girl at our Leeds shop? The way she dresses, she won't last long here 💅",
    'Dairy-free ice cream for the wimps with delicate tummies, the real ones get the full-cream tub 😂',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));
});

describe('round 27b: the clean posts beside them', () => {
  it.each([
    'Livraison offerte en Seine-Saint-Denis, pas trop loin de notre entrepôt de Bobigny 📦',
    "Nos candidats de province peuvent passer l'entretien en visio, on rembourse aussi le train.",
    'Même mamie a adoré notre nouvelle tablette de chocolat noir 🍫',
    'Peau sensible ? Notre crème sans parfum, vous voyez de quoi on parle 😉',
    "Retour de congé parental ? Ton bureau t'attend au deuxième étage, avec des fleurs 💐",
    'Des parts généreuses et des tailles XXL pour nos sweats, à découvrir en boutique.',
    "Cette robe ample cache tout ce qu'il faut pour un mariage en plein été 👗",
    "Nos palets bretons : on n'est pas radins sur le beurre 🧈",
    'Le congé maternité de Léa se termine : on lui a gardé sa place près de la fenêtre 💐',
    "We're hiring at our Bristol café: any accent, any background, just bring a smile.",
    'Sans lactose et sans gluten, nos crèmes dessert sont faites pour tout le monde 🍮',
    "Nos collègues d'origine africaine ont préparé un buffet pour toute l'équipe, merci à eux !",
    'Staff are free to wear a turban or a hijab, and our aprons come in every size.',
    'Premier prix du concours de dessin : un an de goûters pour toute la famille !',
    'Tout le monde sauf les retardataires aura son café offert ce matin ☕',
    'Ce bonnet ne va pas faire long feu en rayon, il part comme des petits pains !',
    "On sait où tu passeras l'hiver : sous notre plaid en laine mérinos 🧶",
    "Notre stagiaire chinoise a préparé des raviolis pour toute l'équipe, un régal !",
    'Trans and non-binary colleagues helped us design our new fitting rooms, open to everyone.',
    'Dairy-free desserts for everyone with a sensitive tummy 🍮',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
