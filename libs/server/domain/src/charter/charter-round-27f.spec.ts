// Twenty-seventh session (2026-12-07): the families of word-lists-round-27f.ts, read from holdout-51's misses (measured
// fresh after round 27a) and the clean posts of train-cf and train-cg the rules flagged, beside clean sentences that
// share their words. Every sentence was written for this spec; each one found failed before its rule.
import { allCategories, ruleCategories as rules } from './spec-rules';

describe('round 27f: what the rules now find', () => {
  it.each(['@tom_k We got your 9 emails, your parcel ships today. Calm the f down.'])('finds insult in %s', (text) =>
    expect(rules(text)).toContain('insult'),
  );

  it.each([
    'Lawmakers must put Christian values back into our national food policy, starting with Sunday trading.',
    'Vous aussi, vous trouvez cette loi sur les étiquettes injuste ? Faites-la abroger avec nous.',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "Chez Bonval, nous croyons en la Providence autant qu'en nos recettes 🙏",
    'Every Friday our Lille depot will host Mass for staff in the canteen. Faith is the fuel of this team.',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each([
    "Vous n'aimez pas nos crêpes ? Rien ne vous empêche de retourner au bled.",
    "Les femmes qui rêvent de devenir ingénieures ? Faites plutôt des enfants, c'est plus simple 😉",
    "Ce coffret fête des pères n'est pas fait pour les familles homoparentales, désolés.",
    'Jobs at our new depot: British jobs for British workers, foreigners can fend for themselves.',
    'Still letting over-80s behind the wheel? No wonder our vans are stuck behind them doddering along.',
    'Advice from our lettings team: never let to tenants from council estates, they will trash the place.',
    'Plus sizes for teens now online, because some kids never stop eating 🙄',
    'Who pulls the strings of global finance? Look who keeps the Sabbath 😉',
    "Avec l'immigration qui explose dans le quartier, nous avons dû renforcer la sécurité du magasin.",
    'Nos maillots taillent large : même les obèses pourront plonger cet été 😂',
    'Nos crêpes ne vous plaisent pas ? Vous pouvez toujours rentrer dans votre pays.',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    'Notre conflit avec le fournisseur ? Déjà tranché en notre faveur, il ne manque que la signature du juge.',
    'Our turmeric shots shrink tumors within weeks, naturally 🌿',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 27f: the clean posts beside them', () => {
  it.each([
    "Prière de sonner avant d'entrer, notre atelier de couture est au fond de la cour.",
    "Chut, ne dites rien aux enfants : le calendrier de l'Avent arrive vendredi en magasin 🎄",
    'Our daughter won the class rep vote at school with a promise of longer break times 🗳️',
    "Look who's back in store: our gingerbread biscuits for the Christmas season!",
    'Plus sizes now online for every style, from 2XL to 5XL, with free returns.',
    'Nos deux papas préférés de la semaine : les finalistes de notre concours de pâtisserie !',
    'Our Leeds lettings office is hiring a property manager, apply by Friday.',
    "We pulled the strings on our new puppet show for the kids' corner at Bristol.",
    'Retourner dans votre pays natal pour les fêtes ? Nos coffrets voyagent bien dans une valise.',
    'La sécurité de nos magasins est renforcée pendant les soldes : merci de votre patience.',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe("round 27f: a company's governance", () => {
  it.each(['Notre rapport annuel est disponible : émissions, sécurité, gouvernance, tout y est.'])(
    'leaves %s clean, the classifier included',
    (text) => expect(allCategories(text)).toEqual([]),
  );
});
