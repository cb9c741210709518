// Twenty-fifth round, last reading (`withRound25r` adds it to every topic's rules): clean posts of older sets that the
// labelling guide itself names as clean, and ordinary words read as banned ones, by family:
// Politics: a product elected "Produit de l'Année 2027", a vote for the "Sock of the Year" (a vote among products).
// Insults: "Comic Con", "air con", "les pros et les cons". Religion: a bar mitzvah beside a wedding or a christening
// in an occasionwear edit (a celebration, as a christening is). Health: "la nostalgie, ça ne se guérit pas".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

/** What a brand asks its customers to vote for: its products of the year. */
const PRODUCTS = list(`sock|socks|jumper|pull|biscuit|biscuits|flavour|flavor|cookie|cake|dessert|product|pattern|design
  |colour|color|bake|muffin|pie|recipe|spread`);
const VOTES_FOR_PRODUCTS = [
  ...['vote for', 'vote for the', 'voting for', 'voting for the'].flatMap((v) =>
    PRODUCTS.map((p) => `${v} ${p} of the year`),
  ),
  ...['votez pour le', 'votez pour la', 'voter pour le', 'voter pour la'].flatMap((v) =>
    PRODUCTS.map((p) => `${v} ${p} de l année`),
  ),
  ...['produit de l année', 'product of the year'].flatMap((p) =>
    ['2025', '2026', '2027', '2028'].map((y) => `${p} ${y}`),
  ),
];

const NOT_INSULTS = list(`comic con|comic cons|air con|aircon|pros et les cons|les pros et les cons|pros and cons`);
const NOT_RELIGION = list(`christening or bar mitzvah|christening or bat mitzvah|wedding christening or bar mitzvah
  |baptême ou bar mitsva|mariage baptême ou bar mitsva`);
const NOT_HEALTH = list(`ça ne se guérit pas|ne se guérit pas|ça ne se soigne pas|ne se soigne pas`);

const ROUND_25R: Readonly<Record<string, RuleExtension>> = {
  politics: { negative: { fr: exact(VOTES_FOR_PRODUCTS) } },
  insult: { negative: { fr: exact(NOT_INSULTS) } },
  religion: { negative: { fr: exact(NOT_RELIGION) } },
  health_legal: { negative: { fr: exact(NOT_HEALTH) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound25r = roundByTopic(ROUND_25R);
