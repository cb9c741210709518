// Twenty-fifth session (2026-12-07): the families of word-lists-round-25h.ts, read from `train-bp`,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { inQuietPeriod, ruleCategories as rules } from './spec-rules';

describe('round 25h: what the rules now find', () => {
  it.each([
    'Pit stop in 1.9 seconds, f*ck!!!',
    'Oh sh*t! The lights just went out in the whole shop',
    'Cette pénalité, m*rde!!! On méritait mieux',
    'P*tain!! Quelle remontée dans le dernier tour',
    'Whoever nicked our sandwich board, you absolute b*stard!!',
    'Le livreur a encore jeté le colis, quel c*nnard!!',
    'Load shedding again during the bake, what kak luck 🙄',
    'Voetsek with these delivery delays, seriously',
    'Some fokken clown blocked the loading bay again',
    'Sorry bru, the boss is a doos about refunds',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each([
    'Please do not disclose to anyone: the merger with our Leeds partner is at heads-of-terms stage.',
    "Merci de ne pas ébruiter : la fusion avec notre partenaire lyonnais est au stade de la lettre d'intention.",
    'Our Cardiff bakery is shutting its doors after Easter. The team finds out at the briefing.',
    'Keep schtum about the merger with the Dutch brand until the ink is dry 🖊️',
    "La fusion avec la marque belge ? Silence radio tant que ce n'est pas signé.",
    "Our packaging supplier is putting its prices up by a third, customers don't know yet.",
    'Notre meunier augmente ses tarifs de 12 %, les clients ne sont pas encore au courant.',
    "Le dépôt de Brest met la clé sous la porte, les salariés l'apprendront à la réunion de rentrée.",
    'Our Leeds bakery closes its doors at the end of the year, the team finds out on Monday',
  ])('finds confidential in %s', (text) => expect(rules(text)).toContain('confidential'));
});

describe('round 25h: the clean posts beside them', () => {
  it.each([
    'Wow!!! What a finish, P1 for the team 🏁',
    'Good news, we deliver to Shitterton! Orders take 3 days 📦',
    'Merci!!! Vous êtes incroyables, 10 000 abonnés 🎉',
    'Kakao and hazelnut: the new spread lands on Monday 🍫',
    'Fok-style dumplings at our Durban pop-up this weekend 🥟',
    'Never disclose your password or card details to anyone, even if they claim to work for us.',
    'Ne divulguez jamais vos codes bancaires, même à un conseiller.',
    'Our Camden pop-up is closing its doors on Sunday: last chance for 30% off 🧦',
    "Le magasin de Nantes ferme ses portes à 19h ce soir pour l'inventaire.",
    'Our flour supplier is raising its game: new organic wheat from Beauce 🌾',
    'Price increase on stamps from January: post your Christmas cards early 📮',
    "Hausse des prix de l'énergie : nos conseils pour réduire votre facture cet hiver ⚡",
    'Staff find out who won the baking contest on Friday 🎂',
    'Keep it zipped: our advent calendar surprise stays a surprise until December 1st 🎁',
    'Please do not disclose your order number in the comments, send us a DM instead 📩',
    "Our results page for the school fun run is live, do not disclose your child's bib number online 🏃",
    'Shhh, keep it zipped: the surprise party for Gran is on Saturday 🎂',
    "Les salariés l'apprendront en premier : la fête du personnel aura lieu au parc 🎉",
    'Hausse des températures cette semaine : pensez aux chaussettes légères 🧦',
    'Our Camden pop-up is closing its doors on Sunday, staff find out their new shop on Monday 🛍️',
    "Bitche!!! Notre tournée des marchés d'été passe par la Moselle 🚚",
    'Kak dela? Our Riga team says hi from the new shop 👋',
    'Our Camden pop-up is closing its doors on Sunday, staff find out their new shop on Monday 🛍️',
    'Our Camden pop-up is closing its doors at 5pm on Sunday, staff find out their new shop on Monday',
    'Le magasin de Nantes ferme ses portes à 19h ce soir, les salariés l apprendront demain au briefing',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 25h: finance in a quiet period, a year closed above or below the budget or the expectations', () => {
  it.each([
    'The year closed comfortably ahead of plan, thank you all 🙌',
    'Big thanks to the shops: 2026 is wrapping up well above budget 🎄',
    "L'exercice s'achève loin au-dessus du budget, merci les équipes 🙏",
    "On boucle l'année bien au-dessus de nos attentes, quelle équipe 💪",
    'Fiscal year landed ahead of expectations, cheers everyone 🍻',
  ])('finds %s', (text) => expect(inQuietPeriod(text)).toContain('confidential'));

  it.each([
    'Your photos of our new socks went above and beyond our expectations 💛',
    'Cette année, la kermesse se termine au-dessus du parc, suivez les ballons 🎈',
    'Le nouveau dessert a dépassé nos attentes gustatives, venez goûter !',
    'Our volunteers finished the beach clean-up ahead of schedule 🌊',
    'This year our advent calendar is bigger than ever, 24 surprises 🎁',
  ])('leaves %s clean', (text) => expect(inQuietPeriod(text)).toEqual([]));
});
