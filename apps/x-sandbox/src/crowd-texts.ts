// What the crowd says: templates per scenario (mood), kind of post and language. Placeholders: {brand} (an @account
// the crowd is about), {kw} (one of its keywords), {order}, {city}, {product}, {days}. A template whose placeholder
// has nothing to fill it (no accounts, no keywords) is never drawn.

export type Mood = 'calm' | 'launch' | 'crisis';
export type PostKind = 'mention' | 'care' | 'keyword' | 'reply';
export type TextLang = 'fr' | 'en';

type Table = Record<PostKind, string[]>;

const FR: Record<Mood, Table> = {
  calm: {
    mention: [
      "Super accueil chez {brand} aujourd'hui, merci à l'équipe de {city} !",
      'Je viens de recevoir ma commande {brand}, rien à redire 👌',
      '{brand} vous prévoyez une nouvelle collection pour cet automne ?',
      'Toujours fan des {product} de chez {brand}',
      'Petite pause shopping chez {brand} à {city} ☀️',
      '{brand} merci pour la livraison rapide, tout est parfait',
      "J'ai offert des {product} {brand} à ma sœur, elle a adoré",
      '{brand} est-ce que vous recrutez à {city} ?',
    ],
    care: [
      "{brand} bonjour, ma commande n°{order} n'est toujours pas arrivée, vous pouvez m'aider ?",
      '{brand} comment faire pour retourner un article acheté en ligne ?',
      '{brand} le code promo ne fonctionne pas sur mon panier, c’est normal ?',
      "{brand} vous livrez en Belgique ? Je ne trouve pas l'info sur le site",
      '{brand} j’ai été débitée deux fois pour la commande {order}, qui dois-je contacter ?',
      '{brand} la boutique de {city} est-elle ouverte le dimanche ?',
      "{brand} bonjour, je n'arrive plus à me connecter à mon compte depuis hier",
      "{brand} mon colis est indiqué livré mais je n'ai rien reçu (commande {order})",
      '{brand} est-ce possible de changer la taille d’un article déjà commandé ?',
      '{brand} bonjour, où en est mon remboursement pour la commande {order} ?',
    ],
    keyword: [
      "Quelqu'un a déjà testé {kw} ? Des avis ?",
      'Les avis sur {kw} ont l’air plutôt bons',
      'Je pense craquer pour {kw} ce week-end',
      'Vu {kw} en vitrine à {city}, ça donne envie',
      '{kw} dans les tendances ce matin, je comprends pourquoi',
    ],
    reply: [
      'Très joli ! 😍',
      'Hâte de voir ça en boutique',
      'Et c’est disponible à {city} ?',
      'Bravo pour cette collection',
      'C’est prévu en ligne aussi ?',
      'J’adore, merci pour l’info',
    ],
  },
  launch: {
    mention: [
      '{brand} enfin !! ça fait des semaines que j’attends ça 🔥',
      'Déjà dans mon panier, merci {brand} 🙌',
      '{brand} le lancement est une réussite, bravo',
      'Queue de 50 mètres devant {brand} à {city} ce matin 😅',
      '{brand} vous avez cassé internet aujourd’hui',
    ],
    care: [
      '{brand} le site plante au moment de payer, vous pouvez regarder ?',
      '{brand} quand est-ce que {kw} revient en stock ?',
      '{brand} ma précommande n°{order} est bien prise en compte ?',
      '{brand} est-ce que {kw} sera disponible à {city} ?',
    ],
    keyword: [
      '{kw} est enfin là 🔥',
      'Tout le monde parle de {kw} aujourd’hui',
      "J'ai pu avoir {kw} avant la rupture 😎",
      '{kw} déjà en rupture à {city} ?!',
      'Premier avis sur {kw} : je valide',
    ],
    reply: ['Je le veux !!', 'Déjà commandé 🙌', 'C’est quand le réassort ?', 'Enfin !!!', 'Magnifique 😍'],
  },
  crisis: {
    mention: [
      "{brand} c'est inadmissible, toujours aucune réponse depuis {days} jours",
      "Plus jamais je n'achète chez {brand} 😡",
      '{brand} vous comptez réagir un jour ?',
      'Honte à {brand}, on attend des explications',
      'Je ne recommanderai plus jamais {brand} à personne',
      '{brand} vos clients méritent mieux que ce silence',
    ],
    care: [
      '{brand} je demande le remboursement de ma commande {order} immédiatement',
      "{brand} ça fait {days} jours que j'attends une réponse du service client, c'est une blague ?",
      '{brand} comment je fais pour supprimer mon compte ?',
      '{brand} j’exige une réponse pour la commande {order}',
    ],
    keyword: [
      '{kw} : quel scandale, personne n’en parle ?',
      'Boycott {kw} 😡',
      "L'affaire {kw} prend de l'ampleur",
      '{kw}, encore une promesse non tenue',
      'On ne lâchera rien sur {kw}',
    ],
    reply: [
      'Et la réponse aux clients, c’est pour quand ?',
      "Vous n'avez pas honte ?",
      'Répondez plutôt à vos clients 😡',
      'Lamentable.',
      'On veut des explications, pas des pubs',
      'Supprimez ce post et répondez-nous',
    ],
  },
};

const EN: Record<Mood, Table> = {
  calm: {
    mention: [
      'Lovely welcome at {brand} today, thanks to the {city} team!',
      'Just got my {brand} order, spot on 👌',
      '{brand} any new collection coming this autumn?',
      'Still a fan of the {product} from {brand}',
      'Quick shopping break at {brand} in {city} ☀️',
      '{brand} thanks for the fast delivery, everything is perfect',
    ],
    care: [
      "{brand} hi, my order #{order} still hasn't arrived, can you help?",
      '{brand} how do I return an item I bought online?',
      "{brand} the promo code doesn't work on my basket, is that normal?",
      "{brand} do you ship to Ireland? I can't find it on the website",
      '{brand} I was charged twice for order {order}, who should I contact?',
      "{brand} hi, I can't log in to my account since yesterday",
      '{brand} my parcel shows as delivered but I got nothing (order {order})',
      '{brand} hi, any news on my refund for order {order}?',
    ],
    keyword: [
      'Has anyone tried {kw}? Thoughts?',
      'Reviews of {kw} look pretty good',
      'Thinking of getting {kw} this weekend',
      'Saw {kw} in a shop window in {city}, looks great',
    ],
    reply: ['So pretty! 😍', "Can't wait to see it in store", 'Is it available in {city}?', 'Love it, thanks'],
  },
  launch: {
    mention: [
      "{brand} finally!! I've been waiting for weeks 🔥",
      'Already in my basket, thanks {brand} 🙌',
      '{brand} what a launch, well done',
      'Huge queue outside {brand} in {city} this morning 😅',
    ],
    care: [
      '{brand} the website crashes at checkout, can you look into it?',
      '{brand} when will {kw} be back in stock?',
      '{brand} is my pre-order #{order} confirmed?',
    ],
    keyword: ['{kw} is finally here 🔥', 'Everyone is talking about {kw} today', 'Got {kw} before it sold out 😎'],
    reply: ['I want it!!', 'Already ordered 🙌', 'When is the restock?', 'Finally!!!'],
  },
  crisis: {
    mention: [
      '{brand} this is unacceptable, still no answer after {days} days',
      'Never buying from {brand} again 😡',
      '{brand} are you ever going to respond?',
      'Shame on {brand}, we want answers',
      '{brand} your customers deserve better than this silence',
    ],
    care: [
      '{brand} I want a refund for order {order} right now',
      '{brand} {days} days waiting for customer service, is this a joke?',
      '{brand} how do I delete my account?',
    ],
    keyword: [
      '{kw}: what a scandal, why is nobody talking about it?',
      'Boycott {kw} 😡',
      'The {kw} story keeps growing',
    ],
    reply: [
      'When will you answer your customers?',
      'Have you no shame?',
      'Answer your customers instead 😡',
      'Pathetic.',
      'We want explanations, not ads',
    ],
  },
};

const CITIES = ['Lyon', 'Paris', 'Lille', 'Nantes', 'Bordeaux', 'Marseille', 'Toulouse', 'Rennes', 'Nice', 'Dijon'];
const PRODUCTS: Record<TextLang, string[]> = {
  fr: ['robes', 'baskets', 'sacs', 'vestes', 'pulls', 'jeans', 'écharpes', 'bottines'],
  en: ['dresses', 'trainers', 'bags', 'jackets', 'jumpers', 'jeans', 'scarves', 'boots'],
};

export const FIRST_NAMES: Record<TextLang, string[]> = {
  fr: [
    'camille',
    'lea',
    'manon',
    'chloe',
    'ines',
    'sarah',
    'julie',
    'emma',
    'lucie',
    'marie',
    'anais',
    'clara',
    'thomas',
    'lucas',
    'hugo',
    'louis',
    'nathan',
    'theo',
    'julien',
    'maxime',
    'antoine',
    'nicolas',
    'karim',
    'yanis',
  ],
  en: [
    'olivia',
    'amelia',
    'isla',
    'ava',
    'emily',
    'sophie',
    'grace',
    'lily',
    'chloe',
    'ella',
    'jack',
    'harry',
    'oliver',
    'george',
    'noah',
    'leo',
    'oscar',
    'james',
    'henry',
    'liam',
    'ethan',
    'mason',
    'ryan',
    'adam',
  ],
};

export interface TextChoice {
  mood: Mood;
  kind: PostKind;
  lang: TextLang;
  brand?: string;
  keyword?: string;
}

/** The text of a post, `rnd` drawing the template and the fillers; undefined when no template fits. */
export function crowdText(c: TextChoice, rnd: () => number): string | undefined {
  const table = (c.lang === 'fr' ? FR : EN)[c.mood][c.kind];
  const usable = table.filter((t) => (c.brand || !t.includes('{brand}')) && (c.keyword || !t.includes('{kw}')));
  if (usable.length === 0) return undefined;
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)];
  const template = pick(usable);
  return template
    .replace('{brand}', c.brand ? `@${c.brand}` : '')
    .replace('{kw}', c.keyword ?? '')
    .replace('{order}', String(100_000 + Math.floor(rnd() * 900_000)))
    .replace('{city}', pick(CITIES))
    .replace('{product}', pick(PRODUCTS[c.lang]))
    .replace('{days}', String(2 + Math.floor(rnd() * 12)));
}
