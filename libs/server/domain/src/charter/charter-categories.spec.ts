import { formatMessage } from '@xp/shared';
import { type Charter, categoryProblems, defaultCharter, mergeCharter, quietPeriodAt } from './charter';
import { type Finding, checkCharter } from './charter-check';

const base = defaultCharter();

function check(text: string, charter: Charter = base, scheduledAt: Date | null = null): Finding[] {
  return checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }], scheduledAt }, charter);
}

/** "category/severity" of each finding with a category, in text order. */
const found = (text: string, charter?: Charter, at?: Date) =>
  check(text, charter, at).map((f) => `${f.category}/${f.severity}`);

const blocked = (text: string, category: string, charter?: Charter) =>
  check(text, charter).some((f) => f.category === category && f.severity === 'block');

describe('charter categories: what blocks by default', () => {
  it.each([
    ['insult', 'Les analystes qui doutaient sont des enfoirés.'],
    ['insult', 'Quelle bande de crétines, franchement.'],
    ['insult', 'What a bunch of assholes.'],
    ['insult', 'This is bullshit.'],
    ['insult', 'Ces c0nnards ont encore raté la livraison'],
    ['insult', 'f*ck the rain'],
    ['politics', 'Ce gouvernement nous ruine avec ses impôts, il faut le renverser.'],
    ['politics', 'La politique d’immigration du gouvernement est une honte.'],
    ['politics', 'Les ministres sont tous des menteurs.'],
    ['politics', 'Votez Bardella aux prochaines élections !'],
    ['politics', 'The government is ruining us with taxes, it must go.'],
    ['politics', 'The far right is winning everywhere.'],
    ['politics', 'Senator Smith should resign now.'],
    ['religion', 'Prions ensemble pour la paix.'],
    ['religion', 'Le pape a béni la nouvelle église.'],
    ['religion', 'Dieu nous guide, ayons foi.'],
    ['religion', 'Let us pray for the victims.'],
    ['politics', 'Que fait @JordanBardella pour les PME ? Rien.'],
    ['confidential', 'Chiffre d’affaires du trimestre en hausse de 12 % 🤫'],
    ['insult', 'Encore raté 🖕'],
    ['religion', 'Our Muslim employees deserve respect.'],
    ['confidential', 'Nos résultats trimestriels non publiés montrent +20 %, ne le dites à personne.'],
    ['confidential', 'L’acquisition sera annoncée lundi, gardez le secret.'],
    ['confidential', 'Note interne : 200 suppressions de postes à Lille.'],
    ['confidential', 'Exclusif : notre chiffre d’affaires du trimestre dépasse les attentes.'],
    ['confidential', 'Nous allons racheter notre principal concurrent.'],
    ['confidential', 'The merger will be announced Monday, keep it secret.'],
    ['confidential', 'Internal memo: layoffs planned for the Lyon plant.'],
    ['confidential', 'Our Q3 earnings are unreleased but great.'],
    ['discrimination', 'Les femmes sont incapables de diriger une usine.'],
    ['discrimination', 'Retourne dans ton pays !'],
    ['discrimination', 'Women are inferior engineers.'],
    ['discrimination', 'I know where you live.'],
  ])('%s: %s', (category, text) => {
    expect(blocked(text, category)).toBe(true);
  });
});

describe('charter categories: hard negatives stay clean', () => {
  it.each([
    'Découvrez notre politique de retour : 30 jours pour changer d’avis.',
    'Notre politique de confidentialité a été mise à jour.',
    'Une politique de prix claire, toute l’année.',
    'Great party tonight for our 10th anniversary!',
    'Keep the faith: the new collection is coming.',
    'What an attack by the home team in the second half!',
    'Our Christmas sales start today, up to 30% off.',
    'Scunthorpe and Penistone: our two new stores open on Monday.',
    'Les conditions générales sont sur notre site.',
    'Pros and cons of the new pricing model.',
    'Le secret de notre recette ? Du beurre, beaucoup de beurre.',
    'Mobilité interne : 40 collaborateurs ont changé de métier cette année.',
    'Le coût d’acquisition client baisse grâce au référencement.',
    'Le Groupe Kindy publie aujourd’hui ses résultats semestriels.',
    'Votez pour votre saveur préférée avant vendredi !',
    'Oh my god, this new flavour is amazing.',
    'Le président du club remet la coupe aux joueuses.',
    'Notre nouveau menu fusion arrive bientôt.',
    'Exclusive offer: 20% off this weekend only.',
    'Rachat de crédit : simulez votre projet en ligne.',
    'La gouvernance d’entreprise est au cœur de notre rapport RSE.',
    'Merci à nos 4 200 collaborateurs pour cette belle année.',
  ])('%s', (text) => {
    expect(check(text)).toEqual([]);
  });
});

describe('charter categories: levels, greetings, competitors, quiet periods, allow-list', () => {
  it('health and legal claims and denigration warn by default; a brand may raise or turn off a category', () => {
    expect(found('Ce sérum guérit l’eczéma.')).toEqual(['health_legal/warn']);
    expect(found('Clinically proven to reduce wrinkles.')).toEqual(['health_legal/warn']);
    expect(found('Cette offre est une arnaque')).toEqual(['denigration/warn']);
    expect(found('Nos gélules renforcent votre immunité tout l’hiver')).toEqual(['health_legal/warn']);
    expect(found('With our template you will definitely win in court.')).toEqual(['health_legal/warn']);
    const strict = mergeCharter({ categories: { levels: { health_legal: 'block', politics: 'off' } } });
    expect(found('Ce sérum guérit l’eczéma.', strict)).toEqual(['health_legal/block']);
    expect(found('Le discours de Macron', strict)).toEqual([]);
    // The other levels keep their defaults.
    expect(strict.categories.levels.religion).toBe('block');
  });

  it('greetings for religious feasts follow the brand’s choice (allowed by default)', () => {
    expect(check('Joyeux Noël à tous nos clients !')).toEqual([]);
    expect(check('Eid Mubarak to everyone celebrating!')).toEqual([]);
    const warn = mergeCharter({ categories: { greetings: 'warn' } });
    expect(found('Joyeux Noël à tous nos clients !', warn)).toEqual(['religion/warn']);
    const f = check('Joyeux Aïd à toutes et à tous', mergeCharter({ categories: { greetings: 'block' } }));
    expect(f).toMatchObject([{ category: 'religion', severity: 'block', code: 'CHARTER_BANNED_TERM' }]);
    expect(formatMessage('en', f[0].hint!.code, f[0].hint!.params)).toContain('greeting');
  });

  it('competitors are named per brand, in words, hashtags and mentions', () => {
    const c = mergeCharter({ categories: { competitors: ['Mode&Co', 'Go Sport'] } });
    expect(found('Moins cher que Go Sport !', c)).toEqual(['competitors/warn']);
    expect(found('Bien mieux que #GoSport', c)).toEqual(['competitors/warn']);
    expect(found('Coucou @ModeCo', c)).toEqual(['competitors/warn']);
    expect(found('Du sport pour tous', c)).toEqual([]);
    // A short acronym counts only in capitals: "LU" the biscuit maker, not "lu" (read).
    const lu = mergeCharter({ categories: { competitors: ['LU'] } });
    expect(found('Moins sucré que les biscuits LU', lu)).toEqual(['competitors/warn']);
    expect(found('Vous avez lu notre blog ?', lu)).toEqual([]);
  });

  it('a quiet period blocks financial topics between its days, in the brand’s time zone', () => {
    const c = mergeCharter({ categories: { quietPeriods: [{ start: '2026-10-01', end: '2026-10-28' }] } });
    const text = 'Rendez-vous le 29 octobre pour nos résultats trimestriels.';
    const inside = check(text, c, new Date('2026-10-28T22:30:00Z')); // 23:30 in Paris (UTC+1): still the 28th
    expect(inside).toMatchObject([{ rule: 'quiet_period', category: 'confidential', severity: 'block' }]);
    expect(check(text, c, new Date('2026-10-28T23:30:00Z'))).toEqual([]); // 00:30 on the 29th in Paris
    expect(check(text, c, null)).toEqual([]);
    expect(check('Nouvelle collection en boutique', c, new Date('2026-10-10T10:00:00Z'))).toEqual([]);
    expect(quietPeriodAt(c, new Date('2026-10-01T00:00:00+02:00'))).toEqual({ start: '2026-10-01', end: '2026-10-28' });
  });

  it('the brand’s allow-list hides what it contains, in every category', () => {
    const c = mergeCharter({ bannedTerms: { allowedPhrases: ['Église Saint-Eustache', 'Prix Goncourt des lycéens'] } });
    expect(found('Concert à l’église Saint-Eustache ce soir', base)).toEqual(['religion/block']);
    expect(check('Concert à l’église Saint-Eustache ce soir', c)).toEqual([]);
  });

  it('stored charters keep working: their lists follow their category’s level; custom lists keep their own', () => {
    const stored = mergeCharter({
      bannedTerms: {
        lists: [
          { category: 'politics', severity: 'warn', terms: ['Kindy Party'] },
          { category: 'custom', severity: 'warn', terms: ['low cost'] },
        ],
      },
    });
    expect(found('Vive le Kindy Party', stored)).toEqual(['politics/block']);
    expect(found('Pas du low cost', stored)).toEqual(['custom/warn']);
  });

  it('every finding says its category, its words and how to fix it, in both languages', () => {
    const [f] = check('Ce gouvernement nous ruine avec ses impôts, il faut le renverser.');
    expect(f).toMatchObject({ rule: 'banned_term', category: 'politics', severity: 'block' });
    expect(f.span).toEqual({ segment: 0, start: 3, end: 64 });
    const fr = formatMessage('fr', f.hint!.code, f.hint!.params);
    const en = formatMessage('en', f.hint!.code, f.hint!.params);
    expect(fr).toMatch(/« gouvernement » avec « .+ » fait de ce message une prise de position politique/);
    expect(en).toMatch(/"gouvernement" together with ".+" makes this a political statement/);
    const [secret] = check('Internal memo: layoffs planned for the Lyon plant.');
    expect(secret).toMatchObject({
      rule: 'confidential_term',
      category: 'confidential',
      code: 'CHARTER_MARKET_SENSITIVE',
    });
  });

  it('checks the categories section of a submitted charter field by field', () => {
    expect(categoryProblems(undefined)).toEqual([]);
    expect(categoryProblems({ levels: { politics: 'warn' }, greetings: 'allow', quietPeriods: [] })).toEqual([]);
    expect(
      categoryProblems({
        levels: { politics: 'maybe', sports: 'off' },
        greetings: 'yes',
        competitors: 'Decathlon',
        timeZone: 'Mars/Olympus',
        quietPeriods: [
          { start: '2026-10-28', end: '2026-10-01' },
          { start: '2026-02-30', end: '2026-03-01' },
        ],
      }).map((p) => p.field),
    ).toEqual([
      'charter.categories.levels.politics',
      'charter.categories.levels.sports',
      'charter.categories.competitors',
      'charter.categories.greetings',
      'charter.categories.timeZone',
      'charter.categories.quietPeriods.0',
      'charter.categories.quietPeriods.1',
    ]);
  });
});
