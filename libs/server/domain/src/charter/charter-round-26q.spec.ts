// Twenty-sixth session (2026-12-07): the families of word-lists-round-26q.ts, read from `holdout-47`'s misses,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { inQuietPeriod, ruleCategories as rules } from './spec-rules';

describe('round 26q: what the rules now find', () => {
  it.each(['Saw the new window display across the road. Styled by a blindfolded monkey, clearly 🙈'])(
    'finds insult in %s',
    (text) => expect(rules(text)).toContain('insult'),
  );

  it.each([
    "« Reculer l'âge de la retraite, c'est une insulte aux ouvriers », dit notre chef de ligne. On signe des deux mains 👏",
    "Bravo à la mairie pour la fermeture de la piscine du quartier 👏 Nos maillots attendront l'été prochain.",
    'Why do imports take three weeks now? Starts with B and ends with -rexit, as they say 📦',
    'Clean energy by 2040? Our engineers, yes. The current government? Not really.',
    'New pair of the week: black, red and gold, for whoever forms the next coalition in Berlin 😉',
  ])('finds politics in %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    "Le jeûne, c'est pour ceux qui attendent qu'un mec en soutane leur dise quoi manger 😂",
    'Les loyers explosent ? Demandez à ceux qui tiennent les banques depuis toujours, vous savez de qui on parle…',
    "A headscarf and a rucksack on the platform… be honest, you'd change carriages too 😅",
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));

  it.each(["Full-year guidance isn't out till March but, between friends, it's a record 🚀"])(
    'finds confidential in %s',
    (text) => expect(rules(text)).toContain('confidential'),
  );

  it.each([
    'Dimanche, votez pour ceux qui vont enfin renvoyer les clandestins 🇫🇷',
    'Nos chips : croustillantes comme un Belge, pas comme un Roumain 😏',
    'Les biscuits aux vieux ? À 85 ans, ça ne sert plus à rien de se faire plaisir 🙃',
    'Easy-peel lids: even your nan with dementia could manage them… probably 😂',
    "Disabled applicants: the night shift isn't really your thing, sorry 🙏",
    "@sunita_k Don't like our prices? There's always a flight back to wherever you came from ✈️",
    'Our new head of finance is 64! Relax, she can still use a smartphone 😂',
  ])('finds discrimination in %s', (text) => expect(rules(text)).toContain('discrimination'));

  it.each([
    "Nos kéfirs : votre système immunitaire vous dit merci tout l'hiver 🛡️",
    "Notre boisson de récupération, validé par nos médecins : zéro crampe après l'effort 💪",
    'Under consumer law every shop has to refund you, even for worn shoes. Tell them we said so 👍',
  ])('finds health_legal in %s', (text) => expect(rules(text)).toContain('health_legal'));
});

describe('round 26q: the clean posts beside them', () => {
  it.each([
    'Our cheesemonger preaches the gospel of 24-month Comté every Saturday 🧀',
    'La mairie a annoncé la réouverture de la piscine : nos maillots sont prêts 🩱',
    'Our bearded barista and his new beard oil range are in store ✨',
    'Notre nouvelle directrice a 58 ans et trente ans de métier : bienvenue Claire 👋',
    'Wheelchair users: every entrance at our new HQ is step-free, and the lifts are by the door ♿',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 26q: a race weekend in figures is no financial topic', () => {
  it('leaves it clean inside a quiet period', () =>
    expect(inQuietPeriod("Les chiffres du week-end 🏁 : 44 tours, 2 arrêts, une P3 à l'arrivée !")).toEqual([]));
});
