import {
  DEFAULT_JOB_TEMPLATES,
  formatClosingDate,
  renderJobOffer,
  unknownTemplateVariables,
  type JobOffer,
} from './job-offer-template';

const offer: JobOffer = {
  title: 'Ingénieure données',
  location: 'Paris La Défense',
  contractType: 'cdi',
  url: 'https://careers.total.example/jobs/42',
  closesAt: new Date('2026-05-31T21:59:00Z'),
  hashtags: ['Recrutement', '#Data'],
};

describe('job offer templates', () => {
  it('renders in French with the closing date in the account timezone', () => {
    expect(renderJobOffer(DEFAULT_JOB_TEMPLATES.fr, offer, 'fr', 'Europe/Paris')).toBe(
      '🚀 Nous recrutons : Ingénieure données (CDI) à Paris La Défense. Candidatures jusqu’au 31 mai 2026 : https://careers.total.example/jobs/42 #Recrutement #Data',
    );
  });
  it('renders in English (New York is still on the 31st)', () => {
    expect(renderJobOffer(DEFAULT_JOB_TEMPLATES.en, offer, 'en', 'America/New_York')).toContain(
      '(Permanent) in Paris La Défense. Apply by May 31, 2026',
    );
  });
  it('the English post uses the English title and hashtags, the French one the French ones', () => {
    const both: JobOffer = { ...offer, titleEn: 'Data engineer', hashtagsEn: ['Hiring', '#Data'] };
    const en = renderJobOffer(DEFAULT_JOB_TEMPLATES.en, both, 'en', 'Europe/Paris');
    expect(en).toBe(
      '🚀 We are hiring: Data engineer (Permanent) in Paris La Défense. Apply by May 31, 2026: https://careers.total.example/jobs/42 #Hiring #Data',
    );
    expect(renderJobOffer(DEFAULT_JOB_TEMPLATES.fr, both, 'fr', 'Europe/Paris')).toContain(
      'Ingénieure données (CDI) à Paris La Défense',
    );
    expect(renderJobOffer(DEFAULT_JOB_TEMPLATES.fr, both, 'fr', 'Europe/Paris')).toMatch(/#Recrutement #Data$/);
  });
  it('an offer without English words keeps the title as entered (never empty)', () => {
    expect(renderJobOffer('{{title}} {{hashtags}}', { ...offer, titleEn: '  ', hashtagsEn: null }, 'en', 'UTC')).toBe(
      'Ingénieure données #Recrutement #Data',
    );
    expect(
      renderJobOffer('{{title}}|{{hashtags}}', { ...offer, titleEn: 'Data engineer', hashtagsEn: [] }, 'en', 'UTC'),
    ).toBe('Data engineer|');
  });
  it('words the closing date from the catalogue and the platform’s month names', () => {
    const firstOfJune = new Date('2026-06-01T10:00:00Z');
    expect(formatClosingDate(firstOfJune, 'fr', 'Europe/Paris')).toBe('1er juin 2026');
    expect(formatClosingDate(firstOfJune, 'en', 'Europe/Paris')).toBe('June 1, 2026');
    expect(formatClosingDate(new Date('2026-12-24T23:30:00Z'), 'fr', 'Europe/Paris')).toBe('25 décembre 2026');
    expect(formatClosingDate(null, 'fr', 'Europe/Paris')).toBe('pourvu');
    expect(formatClosingDate(null, 'en', 'Europe/Paris')).toBe('filled');
  });
  it('reports unknown variables', () => {
    expect(unknownTemplateVariables('{{title}} {{salaire}}')).toEqual(['salaire']);
  });
});
