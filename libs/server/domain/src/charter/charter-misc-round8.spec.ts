// Round 8 (word-lists-misc-8.ts): insults by construction (a mock title or "another" before a person-noun, a brain
// said to be missing, "the only thing stale … is your …", sarcastic praise before a mock name, "ok boomer", masked
// "c*ns" read as an insult and not as a slur), competitors ("beat bp", BP next to cholesterol is blood pressure), and
// clean look-alikes of every category. Every sentence was written for this spec (none is taken from a corpus, probe
// or hold-out file).
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';

const base = defaultCharter();
const findings = (text: string, competitors: string[] = []) =>
  checkCharter(
    { accountId: 'acc', kind: 'standard', segments: [{ text }] },
    { ...base, categories: { ...base.categories, competitors } },
  ).filter((f) => f.rule !== 'category_model' && f.category !== undefined);
const categories = (text: string, competitors: string[] = []) => findings(text, competitors).map((f) => f.category);

describe('charter round 8: insults found', () => {
  it.each([
    'Notre transporteur, champion toutes catégories des branques, a encore perdu trois colis.',
    'Encore un guignol qui commente sans avoir lu la fiche.',
    'Yet another keyboard warrior telling us how to bake.',
    'Spineless little coward, hiding behind an egg avatar.',
    'Le stagiaire de la concurrence ? La reine des branques.',
    'Some people review socks like they never met a functioning brain cell.',
    'Chez certains clients, le cerveau est livré en option.',
    "Ce n'est pas l'humour qui manque, c'est la jugeote.",
    'The only thing expired in this shop is your sense of humour.',
    'Bold move, Einstein: ordering size 2 for a teenager.',
    'Oh le génie qui a mis les yaourts au soleil.',
    'Ok boomer, go back to your fax machine.',
    'Those dipsh*ts in shipping did it again.',
  ])('%s', (text) => expect(categories(text)).toContain('insult'));

  it('reads a masked "c*ns" as an insult, not a slur', () => {
    const cats = categories('Franchement, vous êtes des c*ns.');
    expect(cats).toContain('insult');
    expect(cats).not.toContain('discrimination');
  });
});

describe('charter round 8: competitors found', () => {
  it.each(['Our chargers beat bp on price in most towns.', 'BP and Shell both raised prices today.'])('%s', (text) =>
    expect(categories(text, ['BP'])).toContain('competitors'),
  );
});

describe('charter round 8: clean look-alikes', () => {
  it.each([
    'Fancy dress week: knight, dragon and bouffon du roi costumes for kids.',
    'Vous êtes des bêtes ! 500 km courus en une semaine par l’équipe.',
    'Our foundry partner turns steel slag into paving stones.',
    "Grand vote de l'hiver : l'élection du bonnet de l'année est ouverte, votez en commentaire !",
    'Il jure ses grands dieux que la tarte était déjà entamée.',
    'The church hall hosts our bake sale every Sunday afternoon.',
    'Notre chat, un Maine coon de 9 kg, adore les paniers XXL.',
    'Un accent corse à couper au couteau et le meilleur sourire du rayon.',
    'Stages ouverts à tous, avec ou sans handicap, dès 16 ans.',
    'The interim dividend approved by the board will be paid on 3 June.',
    'We are buying the kit for the junior football team, first match Saturday.',
    'The only thing better than our shortbread is your smile.',
    'La seule chose de vide ici, ce sont les rayons après les soldes.',
    "C'est la jugeote des enfants qui nous inspire.",
    'Encore un match nul pour notre équipe de foot, on y croit pour samedi.',
    'What a snake print, and yet another dragon costume for the school play.',
    'Le roi des andouilles de Vire passe au marché dimanche.',
    'A pair of great tits nested in the box by our Leeds warehouse this spring.',
    'Pour le pique-nique : un Jésus de Morteau, du comté et une bonne baguette.',
    'Our Leeds pop-up moves to Church Road from Monday, two doors down from the bakery.',
    'From the station, take a hard left at the lights and the depot is on your right.',
    'Past the car wash, go hard right onto the ring road and follow the signs to the outlet.',
  ])('%s', (text) => expect(categories(text)).toEqual([]));

  it('the hard right of politics, and the church as a faith, are still read', () => {
    expect(categories('The hard right wants to scrap the minimum wage, and we will not stay quiet.')).toContain(
      'politics',
    );
    expect(categories('Only the Church can save this country from its sins.')).toContain('religion');
  });

  it('BP next to cholesterol is blood pressure', () =>
    expect(categories('Free BP and cholesterol checks at the staff clinic on Monday.', ['BP'])).toEqual([]));
});
