// Health and legal claims, seventh round (2026-12-05, from the training sets train-a … train-f), by family: baby and
// family conditions (colic, nappy rash) with verbs of acting on them, tight verbs ("settle", "fewer") right before a
// condition, medicines replaced or beaten ("skip the painkillers", "nature's ibuprofen"), a doctor made redundant,
// safety promised in pregnancy or to diabetics, keep-away promises, sobering up to drive, conspiracy cues; outcomes
// of a case said in advance, no judge or tax office will act, legality assured, advice to ignore a fine or the rent,
// guilt asserted as known. On the clean side: charity against a disease, figurative trials and cures, priests, flu
// jabs for staff, "drop off", contest judges. Every sentence was written for this spec (none is taken from a corpus,
// probe or hold-out file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories (the trained classifier's `category_model` findings left out). */
const ruleCategories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model')
    .map((f) => f.category);

describe('charter health and legal, round 7: claims found', () => {
  it.each([
    "Nos bodies en coton bio calment l'érythème fessier en deux nuits.",
    'Our oat pots settle colic in newborns within a day.',
    'Ce sirop de fruits rouges chasse la gastro en 48 h.',
    'Our veggie crisps cut the length of a cold by three days.',
    'The cereal that helped our intern reverse her type 2 diabetes.',
    'Kids who drink our milk get fewer tummy aches at school.',
    'Skip the painkillers, a square of our dark chocolate does it.',
    'Nos madeleines marchent mieux que le doliprane contre la grippe.',
    "Ce miel, c'est l'anxiolytique naturel de la famille.",
    "Turmeric cookies: nature's ibuprofen for sore knees.",
    'Period cramps? Your GP? No need, grab a caramel pot.',
    'No need to see your doctor, our herbal drops sort it out.',
    'Notre yaourt au lait cru est sans danger pour les femmes enceintes.',
    'These biscuits are ideal for diabetics, they barely touch your blood sugar.',
    'Our bamboo pyjamas help toddlers sleep through the night from week one.',
    'Our mint tea keeps migraines away for good.',
    "Ces chaussettes éloignent les rhumes tout l'hiver, promis.",
    'A spoon of our jam every morning keeps the family flu-free.',
    'Drop a dress size before the wedding with our shake plan.',
    "Had a few pints last night? Three of our crackers and you're fine to drive by lunch.",
    "The vitamin the drug companies don't want you to know about: it's in our granola.",
    'Your eczema will thank you for switching to our wool vests.',
    "Ce recours collectif contre nous ? Ils seront déboutés, c'est joué d'avance.",
    "That tribunal claim from our old warehouse boss? Dead in the water, we'll win.",
    'Aucun tribunal ne vous condamnera pour avoir revendu nos jouets.',
    'No judge would ever enforce that clause, sign away.',
    'Les impôts ne vous diront jamais rien si vous payez en liquide.',
    'HMRC will never know about your market stall income.',
    'Selling our merch without a licence is completely legal, trust me.',
    "You're not legally required to pay for returns, whatever the small print says.",
    'Parking ticket in our car park? Just ignore it, they never chase.',
    'Votre proprio vous réclame des charges ? Ne payez pas le loyer ce mois-ci.',
    "Our old driver was drunk on the job, everyone knows it, and he'll end up in prison.",
    "Le livreur qui a disparu avec les colis, c'est lui le voleur.",
    "Avec notre infusion, votre petit ne fera plus d'otites de l'hiver.",
    'The extra kilos melt away with our soup plan, no gym needed.',
    'Lose half a stone in a fortnight with our shakes.',
    "Le conseil des prud'hommes va condamner notre ancien gérant, c'est plié d'avance.",
    'La loi te protège : garde le colis et demande quand même le remboursement.',
    "Aucun risque pour les enfants allergiques au lait avec notre dessert à l'avoine, promis.",
    'That parking fine will be cancelled, guaranteed, just use our template.',
    'Ce yaourt régule le transit intestinal des bébés dès la première semaine.',
    'Our baby formula boosts IQ by 10 points, studies show.',
    'Our teething biscuits numb gum pain instantly.',
    "Ton patron ne peut pas te licencier pour ça, c'est illégal, crois-moi.",
    "No need to pay the congestion charge on weekends, the council won't chase it.",
    "Returning worn clothes is your legal right, we can't refuse, trust us.",
    'Our EV chargers are legally exempt from every planning rule, install one anywhere.',
  ])('%s', (text) => {
    expect(ruleCategories(text)).toContain('health_legal');
  });
});

describe('charter health and legal, round 7: look-alikes stay clean', () => {
  it.each([
    'Our team walked 20 km to raise money for breast cancer research.',
    'Tous les bénéfices du week-end vont à la ligue contre le cancer.',
    'Cure-all for grey Mondays: a warm pyjama and a hot chocolate.',
    'Le procès du cookie : croustillant ou fondant ? Donnez votre verdict.',
    'Flu jabs for all staff at the Lyon office on Tuesday.',
    'Skip the queue: order online and collect in store.',
    'Nothing beats a cold day and a hot bowl of soup.',
    'Our maternity leggings are soft and stretchy for every trimester.',
    'Our sugar-free range is in the diet aisle; ask your dietitian if unsure.',
    'Keep your little ones warm and dry all winter with our puddle suits.',
    'Charged and good to drive in twenty minutes at our fast chargers.',
    'Drop off your old clothes in store and get 10% off.',
    "Our kids' jeans grow with them: adjustable waist up to two sizes.",
    'The judges of our baking contest had no chance to pick, every cake was perfect.',
    'Ignore the rain, our raincoats have you covered.',
    "Don't pay full price: 30% off all pyjamas this weekend.",
    "We're hiring a lawyer for our legal team in Leeds.",
    'Les curés du village ont goûté nos galettes des rois.',
    'Moins de sucre et moins de gras dans nos recettes depuis cette année.',
    'Less salt, same crunch: our new crackers are out.',
    'Des kilos de bonbons disparaissent chaque Halloween au bureau.',
    'Le tribunal de commerce de Lyon déménage, notre boutique voisine reste ouverte.',
    'Our stone-baked pizza base is back: a stone oven, slow dough.',
    "Ce match est plié d'avance, allez les Bleus !",
    'The jury will pick the best costume on Friday.',
    "No court can contain our kids' energy: new basketball kit out now.",
    'Skip the flu season blues with our cosy fleeces.',
    'Nothing illegal about loving biscuits this much.',
    'No more headaches: our planner does the scheduling for you.',
    'Burn out the week with our chocolate pots? Nope, just treat yourself.',
    'Notre service client ne relance jamais deux fois, promis.',
    "The council won't chase your bins this week: collection moved to Friday.",
    'Our volunteers gave the kids an IQ quiz for fun at the science fair.',
  ])('%s', (text) => {
    expect(ruleCategories(text)).not.toContain('health_legal');
  });
});
