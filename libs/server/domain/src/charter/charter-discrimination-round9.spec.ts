import { mergeCharter } from './charter';
import { checkCharter } from './charter-check';

// Ninth round: the families of word-lists-discrimination-9.ts (a group named as people + exclusion from a service,
// the brand image or hiring, a stereotype or a denial; exclusion before the group; theft suspicion; a compliment
// limited by origin; doxxing; pushing someone to quit; body shaming; hiring by dress size; "go back to …" with a
// jibe). The sentences are written for these tests (none is in tools/charter-corpus); each family has clean
// look-alikes that share its words, and those must not be flagged by any category.

const base = mergeCharter({ categories: { levels: { discrimination: 'block' } } });
const all = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt: null }, base).filter(
    (f) => f.rule !== 'category_model' && f.category !== undefined,
  );
const blocked = (text: string) => all(text).some((f) => f.category === 'discrimination' && f.severity === 'block');

describe('discrimination, round 9: what blocks', () => {
  it.each([
    ['service', 'Les couples de lesbiennes ne peuvent pas réserver nos séances photo en famille.'],
    ['service', 'Gay couples can’t book the family suite at our hotel, sorry.'],
    ['service', 'Les mamans voilées ne sont pas invitées à la kermesse de la boutique.'],
    ['service', 'Children in wheelchairs aren’t invited to the fashion show this year.'],
    ['service', 'Les personnes trans sont priées d’aller se changer ailleurs que dans nos cabines.'],
    ['service', 'Kids with eczema, please don’t try on the cream knitwear.'],
    ['image', 'Plus-size models don’t fit our brand image, we’ll stick to the usual agency.'],
    ['image', 'Les rondes ne vendent pas, on garde nos mannequins habituels.'],
    ['image', 'Women in hijabs won’t fit our image for the spring catalogue.'],
    ['belong', 'Working-class kids don’t belong in our private academy.'],
    ['belong', 'Les gens de banlieue n’ont rien à faire dans notre boutique du centre.'],
    ['hiring', 'Deaf applicants needn’t bother, the job is on the phone all day.'],
    ['hiring', 'Les candidats handicapés ne sont pas recrutés sur les plateformes, trop risqué.'],
    ['hiring', 'Anyone with HIV shouldn’t be allowed to work in our bakery.'],
    ['hiring', 'We won’t hire Nigerians for the warehouse any more.'],
    ['stereotype', 'Female engineers are a distraction on the shop floor.'],
    ['stereotype', 'Les musulmans ne s’intégreront jamais dans nos équipes.'],
    ['stereotype', 'Pensioners think they own the café every morning.'],
    ['stereotype', 'Les SDF devant l’entrée font fuir nos clientes.'],
    ['stereotype', 'Council estate families scare customers away from the new store.'],
    ['stereotype', 'Les gens au RSA passent leurs journées au lit pendant qu’on trime.'],
    ['denial', 'Trans women aren’t real women, whatever HR says.'],
    ['theft', 'Un Roumain vient d’entrer, surveillez la caisse les filles.'],
    ['theft', 'The Albanian lad is on the tills tonight, count the float twice.'],
    ['compliment', 'Il est plutôt intelligent pour un Noir, franchement.'],
    ['compliment', 'She’s quite pretty for a black girl, to be fair.'],
    ['excluded before', 'Our director says we won’t cast gay actors in the Christmas spot.'],
    ['doxxing', 'Voici l’adresse du client qui nous a critiqués : 8 rue du Port. Allez lui rendre visite.'],
    ['doxxing', 'Here’s the home address of the guy who left that review. You know what to do.'],
    ['doxxing', 'We have your address, @ben_r. Delete that review before Friday.'],
    ['doxxing', 'Son numéro de téléphone est en commentaire, faites-vous plaisir.'],
    ['push to quit', 'Tout le monde est d’accord : donne ta démission, Julie.'],
    ['push to quit', 'Everyone agrees, Tom: quit your job and save us the trouble.'],
    ['push to quit', 'Allez, on va la pousser à la démission, la stagiaire.'],
    ['push to quit', 'We’ve all seen your video, nobody takes you seriously. Delete your account.'],
    ['body', 'Toi tu devrais perdre 10 kilos avant de poser pour nous.'],
    ['body', 'Your son is too chubby for our slim range, love.'],
    ['body', 'Look at her beach photo, cellulite city lol'],
    ['size', 'Hôtesses pour le salon : taille 36 maximum, photo obligatoire.'],
    ['size', 'Promo girls for the motor show: size 6 max, no exceptions.'],
    ['go back', 'Go back to Kabul and take your family with you.'],
    ['go back', 'Retourne en Algérie avec ta burqa et laisse-nous tranquilles.'],
    ['proverb', 'Femme au volant, mort au tournant, encore une preuve ce matin.'],
    ['spouse', 'Notre moule est si simple que même votre femme saura s’en servir.'],
  ])('%s: %s', (_family, text) => {
    expect(blocked(text)).toBe(true);
  });
});

describe('discrimination, round 9: clean look-alikes stay clean', () => {
  it.each([
    'Les couples de lesbiennes peuvent réserver nos séances photo en famille, comme tout le monde.',
    'Gay couples can book the family suite at our hotel, just like everyone.',
    'Les mamans voilées sont invitées à la kermesse de la boutique, venez nombreuses !',
    'Children in wheelchairs joined the fashion show this year and stole it.',
    'Kids with eczema: our organic cotton range is soft on sensitive skin.',
    'Plus-size models opened our show, and the photos are stunning.',
    'Les rondes adorent notre nouvelle coupe, et nous aussi.',
    'Women in hijabs modelled our spring catalogue, thank you all.',
    'Working-class kids built this company, and we are proud of it.',
    'Deaf applicants are welcome, interviews can be held in sign language.',
    'Les candidats handicapés sont recrutés sur tous nos postes, postulez !',
    'Female engineers run our whole offshore maintenance team.',
    'Pensioners get a free coffee every Tuesday morning at the café.',
    'Les gens au RSA ont droit à 20 % de réduction sur les fournitures scolaires.',
    'Trans women are welcome in all our changing rooms.',
    'Surveillez la caisse automatique, elle affiche parfois une erreur.',
    'Count the float twice at closing, the auditors visit tomorrow.',
    'Elle est plutôt jolie, cette robe noire, pour une soirée.',
    'She looks pretty in black, for a winter wedding that works.',
    'We won’t cast anyone before the auditions next week.',
    'Voici l’adresse de la boutique : 8 rue du Port. Venez nous rendre visite !',
    'Here’s the address of our new store. Drop by and say hello!',
    'Update your address in the app before Friday to get your parcel.',
    'Notre numéro de téléphone a changé, appelez-nous au nouveau.',
    'Julie a donné sa démission pour monter sa boîte, bonne chance à elle !',
    'Everyone in the office will miss Tom, who quit his job to travel.',
    'Stop posting your receipts online, keep them for returns.',
    'Perdre 10 kilos de bagages, c’est notre défi pour le voyage.',
    'Our chubby panda plush is back in stock, kids love him.',
    'Taille 36 maximum pour cette robe, la collection suivante monte au 48.',
    'Size 6 max for this sandal, the wide fit comes next month.',
    'Go back to our homepage to see the new collection.',
    'Retourne en Algérie pour les vacances ? Nos valises sont en promo.',
    'Une femme au volant de notre camion de livraison, Sarah fait la tournée du nord.',
    'Notre moule est si simple que même les enfants sauront s’en servir.',
    'Les vieux meubles de la boutique partent en vente samedi.',
    'The whale watching trip with our staff was unforgettable.',
    'Les Chinois du Nouvel An ont fêté avec nous, merci pour la danse du dragon !',
    'Blue badge holders can park right by the entrance.',
    'Our homeless charity partner gets 5 % of every sale this month.',
    'Les SDF du quartier sont accueillis chaque matin pour un café offert.',
  ])('%s', (text) => {
    expect(all(text)).toEqual([]);
  });
});
