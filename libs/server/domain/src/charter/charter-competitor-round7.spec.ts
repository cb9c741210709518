// Competitors, seventh round (2026-12-05, from the training sets train-a … train-f): short acronyms written in lower
// case count in a company's context ("at bp", "from edf", "ceux de Lu", "bp fans", "edf's"); "Harry's" names the
// brand Harrys only with its products or a comparison; "avec petit bateau"; names that are ordinary words ("nestle",
// "shell", "chevron") are the word as a verb ("Nestle up with"), a thing ("the chevron kerbs", "a crab's shell",
// "shell-shocked") or a place ("Mont St Michel"), not the company; "BP checks" is blood pressure; an acronym that is
// no word counts in any case ("Edf augmente"); handles and hashtags that add "uk", "officiel", "boycott"… to a name
// ("@nestleuk", "#KiabiHaul"); "Exxon" for "ExxonMobil"; a name of several words after a product ("les manteaux
// sergent major"); a surname after a title ("Mme Pasquier") is a person.
// Every sentence was written for this spec (none is taken from a corpus, probe or hold-out file).
import { mergeCharter } from './charter';
import { checkCharter } from './charter-check';

const charter = mergeCharter({
  categories: {
    competitors: [
      'Shell',
      'BP',
      'EDF',
      'Chevron',
      'Nestlé',
      'LU',
      'Harrys',
      'St Michel',
      'Petit Bateau',
      'Total',
      'ExxonMobil',
      'Kiabi',
      'Pasquier',
      'Sergent Major',
    ],
  },
});
const named = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, charter)
    .filter((f) => f.category === 'competitors')
    .map((f) => f.term);

describe('competitors round 7: the company named', () => {
  it.each([
    'Fed up with your bill from edf? Our green tariff is fixed for two years.',
    'Ex-technicians at bp: our workshop in Leeds is recruiting.',
    'bp customers, come and compare our fuel prices this Saturday.',
    "edf's latest price rise is not ours.",
    'Nos sablés sont plus croustillants que ceux de Lu, faites le test.',
    'Votre facture edf a encore grimpé ? Passez chez nous.',
    'On vous compare avec petit bateau ? Merci du compliment.',
    "Harry's loaf or ours? Toast them side by side.",
    'Better value than Harry’s bread, every single week.',
    'shell has raised its prices again, we have not.',
    "chevron's new rig is late; ours is pumping.",
    'Nestle in talks to buy another dairy, reports say.',
    'nestle qui baisse la qualité, nous jamais.',
    'Shell stations are pricier than ours this month.',
    'Les galettes St Michel, à côté des nôtres, c’est le jour et la nuit.',
    'Total vient de relever ses prix à la pompe.',
    'Edf augmente encore, nous on gèle nos tarifs.',
    'Vive edf et ses coupures, chez nous ça tient.',
    '@edf_officiel vos clients arrivent chez nous 😉',
    'Hello @nestleuk, our oat biscuits say hi.',
    'Stop the #KiabiHaul, buy once, buy better.',
    '#boycottshell? Just switch to us.',
    'Exxon posted record profits while we cut our prices.',
    'Les manteaux sergent major peluchent, les nôtres tiennent trois hivers.',
    'Pasquier a encore raccourci ses paquets, pas nous.',
  ])('%s', (text) => {
    expect(named(text)).not.toEqual([]);
  });
});

describe('competitors round 7: look-alikes stay clean', () => {
  it.each([
    'Nestle down under a blanket with our new cocoa biscuits.',
    'Little ones love to nestle into our fleece hoodies.',
    'No need to shell out for a taxi: the shuttle to the stadium is free.',
    'Our whole pit crew was shell-shocked by that last lap.',
    'The kids painted a snail shell and a starfish at the open day.',
    'Watch out for the chevron markings on the approach road.',
    'Un pull à motif chevron, le chevron bleu en plus.',
    'Shell suits and neon bumbags: our retro party was a hit.',
    'BP checks and eye tests for the whole team on Friday.',
    'Lu et relu par nos équipes avant impression.',
    'Tu as lu notre newsletter de décembre ?',
    'Bravo à Lu Wei, gagnante du concours de cuisine !',
    "Harry's third birthday cake was a chocolate rocket.",
    'Randonnée au Mont St Michel avec les équipes de Rennes.',
    'Notre stand sera boulevard St-Michel samedi.',
    'Le total de la commande apparaît avant le paiement.',
    'Un petit bateau en tissu pour le bain de bébé.',
    'Total : 42 € TTC, livraison comprise.',
    'Tu l’as lu, le dernier article du blog ?',
    '#shellfish platter at the staff party tonight 🦐',
    'Merci à Mme Pasquier, fidèle cliente depuis 1998, pour sa recette de crêpes.',
    'Un sergent major à la retraite est venu fêter ses 90 ans au magasin.',
  ])('%s', (text) => {
    expect(named(text)).toEqual([]);
  });
});
