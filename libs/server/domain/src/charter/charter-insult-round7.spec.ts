// Insults, round 7 (word-lists-insult-4.ts, lexicon-insult-4.ts): person-nouns after an address, an adjective or
// before "who"/"qui"; food and object nouns only after a strict address; a contempt word standing as a clause of
// its own; mocking intelligence, doing a task like a child, sarcastic "genius", profanity inflections, dismissals.
// Every sentence was written for this spec (none is taken from a corpus, probe or hold-out file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const insult = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base).some(
    (f) => f.category === 'insult' && f.rule !== 'category_model',
  );

describe('charter insults, round 7: families found', () => {
  it.each([
    'Franchement, espèce de cornichon, relis la fiche produit.',
    'Tu nous prends pour des truffes ou quoi ?',
    'You absolute turnip, the size chart is right there.',
    'Cheers to the smug nincompoop who blocked the loading bay.',
    'Le glandeur qui a rayé notre camion, on a la vidéo.',
    'Try reading the label next time. Honestly, pillock.',
    'On a lu ta critique. Nullard.',
    'Le livreur a encore jeté le colis. Quel boulet.',
    'Someone with the IQ of a houseplant wrote this review.',
    'Zéro neurone, zéro politesse : le client de ce matin.',
    'Bless her little brain, she tried to return a bag of crisps she ate.',
    'Ce mail a été écrit comme un gamin de maternelle, sans une majuscule.',
    'The new courier drives like a drunk goldfish.',
    'Un singe aurait fait mieux que votre livreur.',
    'A toddler could have done a better job with that parcel.',
    'Imagine being this clueless about socks.',
    'Nobody on earth is as dumb as you, mate.',
    'Which genius put the sale sign upside down?',
    "C'est quel génie qui a rangé les chaussettes à l'envers ?",
    'Go touch grass and stop tagging us.',
    'Ok Karen, we heard you the first time.',
    'We were shitting bricks before the final lap.',
    'We were sh*tting bricks before the final lap.',
    'On a chié des briques avant la finale.',
    "Vous êtes nés comme ça ou c'est un entraînement ?",
    'You are genuinely hideous to our staff.',
    "You're even dumber than your last review.",
    'Stop whining. You’re such a snowflake.',
    'Take your voucher and stick it where the sun doesn’t shine.',
    'Nice one, Einstein. The code was in the email.',
    'Bien vu, Sherlock, le colis était bien devant ta porte.',
    'Espèce de larve, lève-toi et va chercher ton colis.',
    'Tu es ridicule avec tes menaces.',
    'Il te manque une case, sérieux.',
    'You are about as useful as a paper umbrella.',
    'Get over yourself, mate.',
    "Lis la fiche avant de pleurer, espèce d'ahuri.",
    'Go cry to your mummy, little boy.',
    'Certains clients ont un pois chiche à la place du cerveau.',
    'Mon chien aurait fait mieux que ce designer.',
  ])('%s', (text) => {
    expect(insult(text)).toBe(true);
  });
});

describe('charter insults, round 7: look-alikes stay clean', () => {
  it.each([
    'Nos moules-frites du vendredi sont de retour à la cantine.',
    'Bande de potes, venez goûter nos nouilles sautées !',
    'Notre nouvelle recette : quiche lorraine, bande de gourmands !',
    'A pack of wet wipes comes free with every nappy bundle.',
    'Our clown workshop is back on Saturday for the kids.',
    'This fleece is an absolute must for frosty mornings.',
    'Flavours this week: walnut, melon, lemon.',
    "Our kids' socks come in melon, walnut and snowflake prints, you absolute legends.",
    'Meet Bella, the cow who gives the milk for our yoghurts.',
    'La Mégère apprivoisée au théâtre de la ville, on y était !',
    'Vous êtes demeurés fidèles à nos biscuits depuis 1970, merci.',
    'Check the oil, the dipstick and the tyres before a long drive.',
    'Pyjamas with snowflake prints are back in every size.',
    'Are you ugly-sweater ready? Our Christmas jumpers have landed.',
    'Tu pues la classe avec ces baskets !',
    'Notre stagiaire a eu une idée de génie pour la vitrine.',
    "Le gland qui tombe du chêne inspire notre collection d'automne.",
    'Un parasite qui attaque les rosiers ? Notre spray bio s’en occupe.',
    "C'est un boulet de canon, ce départ !",
    'Freeloaders welcome: free samples all weekend!',
    'Our team played like a dream today 🏁',
    'Our STEM kit is named after a famous scientist: Einstein.',
    'Nos clients ? Des amateurs de bon chocolat depuis 1920.',
    'Le thon de Méditerranée arrive dans nos recettes, t’es un gourmand.',
    'Boudin blanc et pommes : la recette de Noël de notre chef.',
    'Nos prix sont ridicules cette semaine !',
    'Ok, thanks! See you soon.',
    "C'est une demeure de caractère qui accueille notre séminaire.",
    'Mon chien a fait mieux que moi au parcours d’agility 🐶',
    'Une plaie au genou ? Nos pansements à motifs dino sont là.',
  ])('%s', (text) => {
    expect(insult(text)).toBe(false);
  });
});
