// Twenty-fifth session (2026-12-07): the families of word-lists-round-25d.ts, read from train-bm,
// beside clean sentences that share their words. Every sentence was written for this spec; each one found failed
// before its rule.
import { ruleCategories as rules } from './spec-rules';

describe('round 25d: what the rules now find', () => {
  it.each([
    'Our new ginger snaps are spicy af, you have been warned',
    'Night shift at the depot and we are tired asf',
    'fml, the printer jammed on the last batch of labels',
    'Get your a$$ down to the Leeds store, doors open at nine',
    'Whoever left the freezer door open can p*ss off',
    'That steward waving us through late is a total moegoe',
    'Ey bewakoof, the refund button is right there on the page',
    'Some ullu ka pattha parked in the disabled bay again',
    'The bogan who keyed our van outside the shop, we have you on camera',
    'Customers who steal the display samples can rack off',
    'To the man who shouted at our cashier: you are the most insufferable customer we have met this year',
    "Honestly the rudest customers I've ever served come in on Saturdays",
    'Avec tout le respect que je ne vous dois pas, votre avis ne nous intéresse pas',
    'Try opening your eyes next time, sweetheart, the price is on the label',
    'The size chart is on the page. Maybe learn to read, hun',
    '@pitwall_official your pit stop today: 🤡',
    'Their new chocolate bar? 🤡/10',
    "Our verdict on the rival's advent calendar: 💩",
    'Our landlord promised a new roof by May, the lying git',
    "That referee couldn't spot a foul if you paid him",
    'Le nouveau stagiaire est incapable de faire un café même si on le payait',
    'That fat lump in row three blocked the whole view',
  ])('finds insult in %s', (text) => expect(rules(text)).toContain('insult'));

  it.each(['That fat lump in row three blocked the whole view'])('finds discrimination in %s', (text) =>
    expect(rules(text)).toContain('discrimination'),
  );

  it.each([
    'Jai Shree Ram, may every oven in our bakeries stay warm this year',
    'Har Har Mahadev 🙏 our Varanasi store opens on Monday',
    'Jai Mata Di, a sweet season to all our stores in Jammu',
    'To our friends at the ward, the restored gospel has a new favourite cookie',
    'Saint Jude, patron of hopeless causes, watch over our midfield this Sunday',
    'Sainte Rita, veillez sur nos livreurs pendant les fêtes',
    'St Florian, protector of firefighters, keep our crew safe tonight',
  ])('finds religion in %s', (text) => expect(rules(text)).toContain('religion'));
});

describe('round 25d: the clean posts beside them', () => {
  it.each([
    'These new fleece hoodies are comfy, grab one before they sell out',
    'Book your AF flights early for the summer races',
    'Get your ass-kicking workout gear in store this week',
    'The bogan river flooded the road to our Nyngan depot again',
    'Take the roof rack off before you go through the car wash',
    'Our most loyal customers get early access to the sale',
    'You are the best customers a shop could wish for',
    'Try opening the box from the bottom, it saves the tabs',
    'Thanks, sweetheart, for the lovely review of our shortbread',
    'Our verdict on the new oat bar: five stars from the tasting panel',
    'Rate our new cookie out of 10 in the comments',
    'Could not have fitted in another cookie if you paid me',
    'Our mechanics would fix a tractor if you paid them',
    'A lying down stretch for after the race',
    'A fat slice of lemon drizzle with your tea',
    'Build a Buddha bowl with our roasted chickpeas',
    'The Amen Corner grandstand at Augusta is sold out',
    'Our St Christopher store in Bristol has moved to the High Street',
    "St George's Park hosts the England training camp this week",
    'Happy Diwali to all who celebrate, gift boxes ship free',
    'A word of wisdom from our pastry chef: cold butter always',
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});
