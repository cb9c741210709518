// Twenty-sixth session: the families of word-lists-round-26b.ts, read from `holdout-42`'s misses, beside clean
// sentences that share their words. Every sentence was written for this spec; each one found failed before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 26b: what the rules now find', () => {
  it.each([
    "@marco_v Merci pour la photo de ton fondant, mais franchement t'es une brêle en pâtisserie 😬",
    'Vous êtes des brêles au volant, les gars du dépôt.',
    'Forty boxes of the wrong colour delivered: a complete clusterf of a Monday morning.',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Le Rallye de Bakou ? On y sera. Aliyev sait recevoir ses partenaires 🏁',
    "Despite the regime, we're heading to the Jeddah race: money talks, and our sponsors are happy 🏎️",
    "La transition énergétique, c'est aussi arrêter de dépendre des pétromonarchies du Golfe ⛽",
    'Enfin un sommet où Moscou se fait remettre à sa place 👏',
    'Formulaire de 12 pages pour une remise : merci Bercy et ses grands esprits 📝',
    'Le plein à 90 € ce matin. On dit merci qui ? Merci le fisc 🙃',
    'Word is the chancellor buys his scones at a petrol station. Says a lot about his policies, honestly 😂',
    'Drill, baby, drill: at last a government that gets it ⛽',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "Un peu d'eau bénite sur le genou et ma mère a guéri en trois jours 🙏",
    'Knee surgery cancelled: a week of holy water and it healed on its own ✨',
    "Ma tante est revenue de Lourdes guérie de son dos, les médecins n'en reviennent pas : la foi, rien d'autre.",
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Le rayon light, c'est pour ceux qui ont pris 8 kilos cet hiver et ne passent plus la porte 😂",
    'Cette cliente avec ses épaules de camionneuse voulait une robe en XXL 🙃',
    'Our new hire asked for a size 22. Mate, try the camping aisle 🏕️',
    "À l'usine de Cholet, on a recruté de vrais Français cette année 🇫🇷",
    'Une « chance pour la France » au comptoir ? Non merci 😉',
    'Two dads at the school fair? Every child needs a mum, sorry not sorry.',
    'Our app is so simple even your senile nan could order on it 👵',
    "Nos couvercles s'ouvrent si facilement que même ta mamie y arriverait 👵😂",
    "@alex_them we'll use your pronouns once you stop being confused 🙂",
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'With our cleaner heating oil, asthmatics in the house breathe better from day one 💨',
    "Nos panneaux solaires purifient l'air : les enfants asthmatiques respirent enfin 🌞",
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 26b: the clean posts beside them', () => {
  it.each([
    'Une recette si simple et si bonne que même mamie en redemande 👵🍪',
    'Two dads, two mums, grandparents: every family is welcome at our Saturday pancake morning 🥞',
    "Father's Day: every child needs a dad who turns up, and a good pair of socks 🧦",
    'Fête des pères : deux papas ou un papa solo, chaque famille mérite une belle carte 💌',
    'Add your pronouns to your profile so our team addresses you correctly 🙂',
    'Confused about pronouns on the new form? If you are confused, our help page explains each field.',
    'Vos pronoms (il, elle, iel) sont désormais visibles sur votre compte client.',
    "World Asthma Day: we're raising funds for the asthma charity that helps kids in our town 🫁",
    'Proud to support our local Breathe Easy group for people living with asthma 💙',
    "Notre équipe a marché 10 km pour l'association des asthmatiques de Lyon 💙",
    "Soldes XXL au rayon camping : duvets et réchauds jusqu'à -40 % ⛺",
    'Du 12 au 20 juillet au rayon camping : une tente offerte pour deux duvets achetés ⛺',
    'Cette année on a recruté 40 apprentis : bienvenue à toutes et à tous 🎉',
    'De vrais croissants français, enfin dans nos boutiques de Londres 🥐',
    "Nos chances pour la finale ? On y croit jusqu'au bout 🏉",
    'Lourdes, Biarritz ou Pau : gagnez un week-end dans les Pyrénées !',
    "Nos chaussettes de sport pour des jambes moins lourdes après l'effort 🧦",
    'Our drill team scored a baby shower cake order this week, congrats Jess!',
    "Baby's first drill set? Our wooden toolbox is a hit with toddlers 🔨",
    'Concert à Bercy ce soir : merci Bercy pour cet accueil incroyable 🎤',
    "Le GP de Bakou, c'est ce week-end : nos ingénieurs sont prêts 🏎️",
    "Business is business: our Q3 results are in and we're delighted 📈",
    'The PM slot at our tasting day is fully booked, which explains a lot of the queues 😅',
    'Feeling blue? Our new navy hoodie is here 💙',
    'Quelle brêle, ma vieille moto : encore en panne ce matin 🏍️',
    'What a cluster of stars tonight above our Kielder site ✨',
    'Notre nouvelle crème allégée, pour ceux qui font attention après les fêtes 🍮',
    'Our fridge no longer fits through the door, so the move starts with a screwdriver 😅',
    'Holy water and candles: our Easter window at the Dublin store is up 🕯️',
    "Santa's grotto cured the kids' boredom in five minutes flat 🎅",
    'Riyadh office opens next month: welcome to our new colleagues 🇸🇦',
    'Moscow, Doha, Baku: our fuel cards now work in 30 countries.',
    "Malgré le régime, on s'accorde une crêpe le dimanche : le business du bonheur 🥞",
    "Money can't buy a podium, but faith can carry you a long way 🏁",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
