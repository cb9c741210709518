// Politics and religion, ninth round (word-lists-politics-9.ts, word-lists-religion-9.ts): an ideology given a
// verdict, taxes called theft, taxing the rich, raising a wage floor, weapons for a country at war, leaving or joining
// a bloc, abolishing an institution, abstaining or voting for a side, a party's candidate, named local policies and
// persecuted peoples; a scripture story mocked as a belief, a sacrament tied to the soul, Providence or a holy object
// said to protect, religious dress + being kept out, the trope's hint, named paths and verses, greetings to those who
// celebrate a feast; and on the clean side, look-alikes of each. Every sentence was written for this spec (none is
// taken from a corpus, probe or hold-out file).
import { defaultCharter, mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const greetingsBlocked = mergeCharter({ categories: { ...base.categories, greetings: 'block' } });
/** The categories found by the rules (not the classifier), at block. */
const categories = (text: string, charter = base) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter)
    .filter((f) => f.rule !== 'category_model' && f.severity === 'block')
    .map((f) => f.category);
/** Any finding of the rules, whatever its category or severity. */
const anyRule = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base).filter(
    (f) => f.rule !== 'category_model',
  );

describe('charter politics round 9: families found by the rules', () => {
  it.each([
    // an ideology given a verdict
    'Le socialisme a ruiné tous les pays qui y ont cru.',
    'Le capitalisme détruit la planète, il faut en sortir.',
    'Neoliberalism has failed every working family in this town.',
    'Communism never works, look at the history books.',
    // taxes called theft; taxing the rich
    'Les impôts sur les successions ? Du racket, purement et simplement.',
    'Income tax is legalised theft and everyone knows it.',
    'Il faut taxer les riches avant de demander un effort aux boulangers.',
    'A proper wealth tax would fix the hospitals in a year.',
    // raising a wage floor
    'Augmentons le SMIC à 1 800 euros, c’est une question de dignité.',
    'Time to raise the national minimum wage, workers cannot wait.',
    // weapons sent to a country at war
    'Arrêtons de livrer des missiles à Israël.',
    'Europe must send more tanks to Kyiv before winter.',
    // leaving or joining a bloc or treaty
    'Sortons de l’OTAN, ce n’est pas notre guerre.',
    'We should rejoin the single market tomorrow morning.',
    'La France doit quitter l’Union européenne, point final.',
    // abolishing an institution
    'Il faudrait abolir le Sénat, il ne sert à rien.',
    'Abolish the House of Lords and let us elect the lot.',
    // abstaining or voting for a side
    'Dimanche, votez à droite pour une fois.',
    'Please register to vote before the deadline, every voice counts against them.',
    // a party's candidate; named local policies; persecuted peoples; agendas
    'Le candidat RN a encore esquivé la question des salaires.',
    'The Reform candidate was hopeless at the hustings last night.',
    'La ZFE imposée par la mairie va tuer le petit commerce.',
    'The mayor’s ULEZ is a cash grab, scrap it.',
    'Free the Uyghurs: no cotton from Xinjiang in our shops.',
    'The net zero agenda is bankrupting ordinary families.',
  ])('blocks %s', (text) => {
    expect(categories(text)).toContain('politics');
  });
});

describe('charter religion round 9: families found by the rules', () => {
  it.each([
    // a scripture story mocked as a belief
    'Des adultes qui croient encore qu’un homme a vécu dans une baleine, sérieux ?',
    'People still believe in a talking snake and a magic apple.',
    'Tu crois vraiment que la mer s’est ouverte ? Moi je crois en nos soldes.',
    'Imagine believing water into wine was a real event.',
    // a sacrament tied to the soul or salvation
    'Faites baptiser vos enfants, c’est leur âme qui est en jeu.',
    'Unbaptised children cannot go to heaven, please think about it.',
    // Providence or a holy object said to protect
    'Nous laissons la divine providence guider chacune de nos décisions.',
    'Un chapelet dans la poussette et rien ne lui arrivera.',
    'Put a rosary on the dashboard and it will protect the whole family.',
    // religious dress + being kept out
    'Les mères voilées ne pourront pas venir au goûter de l’école.',
    'Mums in hijabs won’t fit the look of the new catalogue.',
    // the trope's hint
    'Les banquiers tirent les ficelles, vous voyez de qui je parle.',
    'The bankers own everything. You know exactly who I mean.',
    // named paths and verses
    'Sikhism is the only path to truth, Waheguru is with us.',
    'Follow the noble eightfold path and you will find peace.',
    '« Le Seigneur est mon berger » : c’est notre devise pour cette rentrée.',
    'The Lord is my shepherd, and our new fleece proves it.',
  ])('blocks %s', (text) => {
    expect(categories(text)).toContain('religion');
  });

  it.each([
    'À toutes celles et ceux qui célèbrent Hanouka, de belles fêtes !',
    'Warm wishes to everyone celebrating Diwali this week.',
  ])('a greeting when the brand blocks greetings: %s', (text) => {
    expect(categories(text, greetingsBlocked)).toContain('religion');
  });
});

describe('charter politics and religion round 9: clean look-alikes', () => {
  it.each([
    'Notre capitalisme familial, c’est trois générations de boulangers.',
    'Cette robe, c’est du vol à ce prix-là tellement elle est belle !',
    'Prix hors taxes, frais de livraison offerts dès 50 euros.',
    'We pay every member of our team above the living wage.',
    'Nos vendeurs ont été augmentés cette année, merci à eux.',
    'Nos armes secrètes pour l’hiver : le bonnet et l’écharpe.',
    'Our weapons against the rain: wellies and a good coat.',
    'Quitter le bureau à 17h le vendredi, le vrai luxe.',
    'Leaving the office early? Grab a snack on the way.',
    'Livraison dans toute l’Union européenne en 48 heures.',
    'We ship across the EU and the UK with tracked delivery.',
    'On supprime les frais de port tout le week-end.',
    'The royal blue collection is back in stock.',
    'La galette des rois et sa couronne dorée vous attendent.',
    'Votez pour votre motif préféré dans notre story !',
    'Vote for your favourite flavour in our poll.',
    'Le candidat idéal pour ce poste aime le contact client.',
    'Our ideal candidate loves working with children.',
    'Nos colis sont livrés partout, même en zone rurale.',
    'La majorité de nos clients préfère le coton bio.',
    'Our majority shareholder visited the bakery today.',
    'Le programme de la journée : atelier, goûter, photos.',
    'Croyez en vous, vous êtes capables de tout.',
    'Believe in yourself and in our new running shoes.',
    'Une tenue de baptême en lin, brodée à la main.',
    'Christening gowns in soft cotton, made in Portugal.',
    'Confirmation of your order: your parcel is on its way.',
    'Votre commande est confirmée, merci pour votre confiance.',
    'Notre guide des tailles vous protège des mauvaises surprises.',
    'Providence, Rhode Island: our first US store opens Monday.',
    'Un voile de mariée en tulle, disponible en trois longueurs.',
    'The bridal veil collection is here, in ivory and white.',
    'Nos banquiers nous ont suivis dès le premier jour, merci à eux.',
    'Who pulls the strings in our puppet workshop? The kids!',
    'Celebrating our tenth birthday with the whole team!',
    'À tous ceux qui fêtent leur anniversaire aujourd’hui, un cadeau vous attend.',
    'A whale of a time at our summer picnic 🐳',
    'Le serpent en peluche qui parle est le jouet de l’année.',
    'Nos éleveurs partenaires livrent le lait chaque matin.',
    'The council approved our new shop sign, thanks to everyone.',
    'Sortie de la collection d’été le 1er juin.',
    'Rejoin our loyalty club and get 10 % off.',
    'Free delivery on all orders over £40 this weekend.',
  ])('leaves %s clean', (text) => {
    expect(anyRule(text)).toEqual([]);
  });
});
