// Twenty-fourth session, fifth reading (2026-12-07): the families of word-lists-round-24e.ts, read from `holdout-33`.
// Beside each family, the clean posts that share its words. Every sentence was written for this spec.
import { inQuietPeriod, ruleCategories } from './spec-rules';

const rules = (text: string) => ruleCategories(text);

describe('round 24e finds', () => {
  it.each([
    ['Ton avis sur nos biscuits, tu peux te le carrer bien profond 🙂', 'insult'],
    ['Tu peux te la mettre où je pense, ta réclamation 🙂', 'insult'],
    ['Monday stock-take and we are tired af 😴', 'insult'],
    ['Avec ton gabarit d’hippopotame, prends plutôt le XXL 🦛', 'insult'],
    ['La loi de 1905 a fait son temps : réécrire la loi, vite.', 'politics'],
    ['Still running your life by a 2000 year old book? Our planner is a bit more up to date 📓', 'religion'],
    ['Le magasin de Reims ne rouvrira pas en septembre. Les vendeuses seront prévenues lundi.', 'confidential'],
    ['Her waistline after the holidays? A diet wouldn’t hurt 😬', 'discrimination'],
    ['Honestly some customers should not be allowed near crop tops 😬', 'discrimination'],
    ['Disabled customers: sorry, the Bath shop is not set up for you.', 'discrimination'],
    ['Fat ppl in our crop tops? 🤢', 'discrimination'],
    ['Hostess job: the right look matters, British born and fit.', 'discrimination'],
    ['At our shops we only take on staff who share our Christian values.', 'discrimination'],
    ['Ottawa, parental leave at 35 weeks is a joke. Do better.', 'politics'],
    ['Papal infallibility: the one rule nobody in Rome can break 😂', 'religion'],
    ['Leur pilote a triché, c’est évident, il sera disqualifié avant dimanche.', 'health_legal'],
  ])('%s → %s', (text, category) => expect(rules(text)).toContain(category));
});

describe('round 24e leaves clean', () => {
  it.each([
    'On vous emmène là où je pense que vous allez adorer : Étretat 🌊',
    'AF 1234 to Paris is boarding: our team is off to the trade fair ✈️',
    'Les baleines à bosse de notre nouvelle collection pyjama sont arrivées 🐋',
    'Our stores will not reopen on Easter Monday, see you Tuesday!',
    'Nos magasins ferment définitivement leurs caisses automatiques : retour au sourire en caisse 😊',
    'Le barbecue mongol de notre chef revient à la cantine jeudi 🔥',
    'Her waistline measurement guide is on every product page 📏',
    'Wheelchair users: our Leeds shop now has a ramp and a lowered counter ♿',
    'Our new activewear goes up to size 32: made for every body 💪',
    'Blind CVs for all our roles: no name, no photo, only skills.',
    'Time for a change: our autumn window display is up in Canberra 🍂',
    'Our new parental leave policy: 26 weeks fully paid for every parent at Kindy 👶',
    'He cheated at Monopoly again, the kids will be punished with no dessert 😂',
    'Our driver was cheated out of a podium by a safety car, gutted 😩',
  ])('%s', (text) => expect(rules(text)).toEqual([]));
});

describe('round 24e in a quiet period', () => {
  it('stays silent on a shop that reopens', () =>
    expect(
      inQuietPeriod('Notre boutique de Lille rouvre lundi après travaux, les équipes seront ravies de vous revoir'),
    ).toEqual([]));
});
