// Twenty-fifth session (2026-12-07): the families of word-lists-round-25a.ts, read from `holdout-35`'s misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 25a: what the rules now find', () => {
  it.each([
    'Two nosy old bags blocking aisle 4 with their trolleys again 🙄',
    "Encore deux vieux débris qui bloquent l'entrée du magasin avec leur caddie.",
    'Honestly, the usual BS from the courier: "we tried to deliver" my foot.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    "This lot couldn't run a whelk stall, and they want to run the country?",
    "Honestly the opposition's childcare pledge is the only sane one on the table.",
    "Si dimanche tourne mal, ne venez pas pleurer : l'élection tourne mal quand on reste chez soi.",
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "Franchement, encore croire à l'enfer quand on a un master, ça me dépasse.",
    'People still believing in hell in this day and age, wild.',
    'The hijab: freedom or oppression? Tell us in the replies 👇',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Il parle même pas français, le nouveau livreur : qu'il retourne dans son pays.",
    'Encore un RSAste qui veut un geste commercial, on connaît la chanson.',
    'Mesdames en surpoids, pensez à notre tunique cache-bourrelets 😂',
    'Brolly dollies beat women engineers any day on our pit wall.',
    'Trans women trying on swimsuits in our changing rooms? Not at our stores 🚫',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Purify your body from the inside with our morning oat shot.',
    "Deux cuillères de notre tisane pour drainer les toxines de l'hiver 🌿",
    'His trial opens Thursday. Between us, he did it.',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 25a: the clean posts beside them', () => {
  it.each([
    'Bring your old bats to the cricket club swap on Saturday 🏏',
    'Grandad’s old bat from 1976 now hangs framed in our Leeds store 🏏',
    "Reading the opposition's defence plan was the key to our win on Saturday ⚽",
    'The trial run of our new app went well: she did it in under two minutes!',
    'Notre robe de mariée avec son voile : liberté de mouvement garantie 👰',
    'Les femmes trans et toutes les personnes trans sont les bienvenues dans nos cabines.',
    'Notre nouvelle ingénieure a rejoint le stand : bienvenue Clara, grid girls en 1980, ingénieures en 2026.',
    "Le livreur a terminé tard hier, qu'il rentre chez lui se reposer, bravo à lui.",
    'Detox your wardrobe: donate old clothes at any Kindy store 👕',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
