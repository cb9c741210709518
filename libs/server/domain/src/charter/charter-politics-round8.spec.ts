// Politics, eighth round (word-lists-politics-8.ts): contacting one's representative, voting for "a party",
// legalising or banning a social cause, a reform of a policy matter, policy matters that are weak alone (housing
// crisis, school meals, refugees), office holders who lie or break promises, out-of-touch and self-made-crisis cues,
// cutting a public service;
// and on the clean side, contests among products, a sales representative, a party theme, a packaging ban.
// Every sentence was written for this spec (none is taken from a corpus, probe or hold-out file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** Politics found by the rules (not the classifier, whose findings these lists do not decide), at block. */
const byRules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base).filter(
    (f) => f.category === 'politics' && f.rule !== 'category_model' && f.severity === 'block',
  );

describe('charter politics round 8: families found by the rules', () => {
  it.each([
    // contacting one's representative
    'Phone your senator tonight and say no to the new packaging levy.',
    'Écrivez à votre député avant le vote de jeudi, le modèle est en lien.',
    // voting for "a party"
    'Never voting for a party that taxes bakers like bankers again.',
    'Qui peut encore voter pour un parti qui ferme nos petites lignes de train ?',
    // legalising or banning a social cause
    'Our state should decriminalise cannabis already, it is 2026.',
    'Il faut enfin légaliser le cannabis, comme chez nos voisins.',
    // a reform of a policy matter; weak policy matters
    'Another welfare overhaul that nobody asked for.',
    'Les réfugiés attendent toujours pendant que le gouvernement débat.',
    'The housing crisis is the government’s own doing, plain and simple.',
    // office holders who lie or break promises; out of touch; a crisis they made
    'Un maire qui ment sur la piscine municipale, ça commence à bien faire.',
    'Remember the mayor’s campaign promises about the ring road? Neither does he.',
    'Des technocrates qui n’ont jamais mis les pieds dans une boulangerie décident de nos horaires.',
    // cutting a public service, with an actor nearby
    'So the mayor is axing the night buses now? Brilliant, our late shift walks home then.',
    'Le maire supprime la ligne de bus du quartier, nos vendeuses apprécieront.',
  ])('blocks %s', (text) => {
    expect(byRules(text).length).toBeGreaterThan(0);
  });
});

describe('charter politics round 8: clean look-alikes', () => {
  it.each([
    'L’élection du pyjama de l’hiver est ouverte : votez pour votre motif préféré !',
    'Résultats du vote de la semaine : l’élection du cookie est remportée par le caramel.',
    'Contact your representative for a quote on bulk orders.',
    'Vote for the party theme of our summer bash in the comments.',
    'We ban plastic in all our packaging from next month.',
    'Our loyalty scheme reform: more points on every order.',
    'The mayor cut the ribbon on our new store this morning, thank you all for coming!',
    'On ferme la bibliothèque de jeux du magasin pour travaux, réouverture lundi.',
    'Notre président qui fête ses 20 ans dans la maison, bravo Jacques !',
  ])('leaves %s clean', (text) => {
    expect(byRules(text)).toEqual([]);
  });
});
