// Twenty-fourth session, third reading (2026-12-07): the families of word-lists-round-24c.ts (politics said
// indirectly), read from `train-be`, `train-bh`, `train-bb` and `holdout-32`. Beside each family, the clean posts that
// share its words. Every sentence was written for this spec.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
/** The rules' categories only: the classifiers' findings (`category_model`) are left out. */
const rules = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, base)
    .filter((f) => f.rule !== 'category_model' && f.category !== undefined)
    .map((f) => f.category);

describe('a government named by its seat or a leader by nickname, beside a verdict or what it did', () => {
  it.each([
    'Ottawa should be ashamed of the grocery prices this winter. Have they been to a supermarket lately?',
    'Whitehall couldn’t organise a bake sale, never mind a rail network 🍰',
    'Dear Canberra, nobody asked for a new flag debate. Fix the buses.',
    'No 10 blamed the weather for the rail chaos. Of course it did.',
    'Albo’s new housing target? We’ll believe it when we see the cranes.',
    'Congrats to the new Tánaiste! Now, about those hospital trolleys…',
    'Jupiter a parlé, les prix n’ont pas bougé 🙃',
    'Matignon nous demande de baisser nos prix avant l’été, sans mode d’emploi.',
    'Le Quai d’Orsay, aux abonnés absents depuis lundi.',
    'Bercy, prenez-en de la graine 😉',
    'Another photo op at a building site, another promise from the Taoiseach.',
    'Foggy Bottom has gone very quiet about the trade deal.',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Our Ottawa team reckons this is the best shortbread in Canada 🍪',
    'Our NHS promise: 20% off for every nurse, all year 💙',
    'Santa photo op at our Ottawa store this Saturday 🎅',
    'Our Brussels store has announced late opening on Thursdays 🛍️',
    'Le magasin de Bruxelles a annoncé ses horaires de Noël.',
    'Our Ottawa team blames the snow for the late deliveries ❄️',
    'Westminster Abbey is on TV tonight for the carol service 🎄',
    'Our Canberra team has no clue how to pronounce our new flavour 😂',
    'Bruxelles se prend pour Paris avec ses terrasses au soleil ☀️',
    'The council has announced the Christmas lights switch-on for Friday 🎄',
    'NHS junior doctors, thank you: 20% off all week 💙',
    'Nobody asked for a Brussels sprout cookie, so we made one anyway 🥬',
    'Congratulations to the new chairman of our running club!',
    'Our Canberra stockists are still waiting for the new tins, sorry folks!',
    'Our Westminster store is hiring: ten roles, cost of living allowance included.',
    'Ce soir, Jupiter et Saturne se rapprochent : sortez les jumelles 🔭',
    'Concert à Bercy ce soir : l’équipe a encore parlé de la setlist toute la journée 🎤',
    'Vendredi soir, concert à l’Élysée Montmartre : qui vient avec nous ? 🎶',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('offices and nicknames, calls for a law, ministers counted, promises against a waiting list', () => {
  it.each([
    'The honourable gentleman for Surrey has never once bought his own groceries.',
    'The Health Sec says waiting lists are falling. Sure.',
    'We need to legislate on damp flats, and fast.',
    'Six housing secretaries in eight years, and our bakery still has the same landlord 🥐',
    'The daycare promise was lovely. The waiting list, less so.',
    'Sarko qui donne des leçons de gestion, on aura tout vu 🍿',
    'Méluche en meeting, toujours aussi calme 😅',
    'Il faut légiférer sur les loyers avant l’hiver, point.',
    'Des places en crèche pour tous ? En réalité, une liste d’attente.',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Nine sizes in ten years? Our jumpers have grown with you.',
    'Three team leaders in two years and our canteen is still the best in Leeds.',
    'The NHS nurses near our Leeds store get 20% off all week, thank you 💙',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('voting hinted, politicians told they are watched, self-praise, a tax petition, red caps', () => {
  it.each([
    'Polling day tomorrow: you know which box to tick 😉',
    'Future voter onesies are back in stock, and we’re watching you 👶',
    'The mayor pats himself on the back for a bike lane that lasted a week 🚲',
    'Petition time: keep VAT off school shoes! 👟',
    'Three red caps at the school fete. Read the room, folks.',
    'La mairesse se jette des fleurs pour une piste cyclable de 200 mètres 🚲',
    'Le body « futur électeur » est de retour, et on vous surveille 👀',
    'V0tez vert dimanche, la planète compte sur vous 🌍',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Sign our petition to bring back the orange cream biscuit 🍊',
    'Our polls close at midnight: you know which box to tick 😉',
    'Le maire de Lyon se félicite de l’arrivée de notre nouvelle usine.',
    'Red caps for the rally team this weekend 🏎️',
    'Salted caramel wins by a landslide with 58% of the vote! Thanks to all our voters 🍮',
    'Les candidats à notre concours de dessin : on vous a à l’œil, pas de triche 😄',
    'Le maire a inauguré notre nouvelle boutique ce matin, merci à lui !',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('a leader by residence or nickname, the ballot remembered, a petition to save a public service', () => {
  it.each([
    'The man in No 10 has never queued for a bus in his life.',
    'ScoMo would have been on holiday for this one 🏝️',
    'Dark Brandon approves of our new iced coffee 😎',
    'Remember this on Thursday: who shut the swimming pool?',
    'Souvenez-vous-en dimanche, quand il faudra choisir.',
    'Sign to save the number 12 bus route, it’s the only way to our village shop 🚌',
    'Signez pour sauver la maternité de Cognac 👶',
    'Canberra is completely out of touch with families in the suburbs.',
    'Whoever gets elected, please sort out the potholes on our road.',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Sign to save the bees! Every signature plants a flower 🐝',
    'Whoever gets in first to the shop gets a free cookie 🍪',
    'Our Brussels team ran a circus-themed party for the kids 🎪',
    'Our Ottawa store team is clueless about hockey but great at socks 🧦',
    'Useless fact of the day: our Canberra shop sells more ginger nuts than Sydney 🍪',
    'Le cirque d’hiver s’installe à Bruxelles ce week-end, on y sera 🎪',
    'Brussels waffle fans, take notes: our new recipe is out 🧇',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('parliamentary jargon and a party beside its plan, not the office puns', () => {
  it.each([
    'Nobody in the Canberra bubble has ever bought school shoes for three kids.',
    'Labor’s new childcare plan? About as firm as our custard.',
    'The backbenchers are revolting again. Our biscuits are not.',
  ])('finds %s', (text) => expect(rules(text)).toContain('politics'));

  it.each([
    'Thanks to a small government grant, our bakery now runs on solar ☀️',
    'Cabinet reshuffle in the staff room: the kettle moves next to the fridge ☕',
    'Need a new front bench for the garden? Ours seat four.',
    'Labor Day sale: 30% off every housing plan folder in store 📁',
    'Moins d’état d’âme, plus de beurre : la recette du week-end 🧈',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
