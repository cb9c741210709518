// Language skills in job offers (skill-requirements.ts): the classifier does not read them, so a job that wants
// English is not read as a preference for the English; criteria about people are read as before.
import { defaultCharter } from './charter';
import { checkCharter } from './charter-check';
import { skillRequirements } from './skill-requirements';

const categories = (text: string) =>
  checkCharter({ accountId: 'acc', kind: 'standard', segments: [{ text }] }, defaultCharter()).map((f) => f.category);
const spans = (text: string) => skillRequirements(text).map((s) => text.slice(s.start, s.end));

describe('skill requirements: what is a language skill', () => {
  it.each([
    ['Chef de rayon H/F, anglais courant de préférence, CDI.', ['anglais courant de préférence', 'H/F']],
    ['Poste de comptable, anglais lu, écrit, parlé exigé.', ['anglais lu, écrit, parlé exigé']],
    ['On recrute : bilingue anglais/espagnol, idéalement.', ['bilingue anglais/espagnol, idéalement']],
    ["Vendeur (F/H) : notions d'allemand appréciées.", ["notions d'allemand appréciées", '(F/H)']],
    ['Stage en marketing, italien niveau B2 souhaité.', ['italien niveau B2 souhaité']],
    ['Store assistant wanted, fluent French preferred.', ['fluent French preferred']],
    ['Hiring a buyer: conversational Spanish is a plus.', ['conversational Spanish is a plus']],
    ['Job: bilingual Welsh and English, essential for this role.', ['bilingual Welsh and English, essential']],
  ])('%s', (text, skills) => expect(spans(text).sort()).toEqual([...skills].sort()));

  it.each([
    'On recrute : Français de souche de préférence, nos clients sont un peu à l’ancienne.',
    'Hiring: native English speakers only, please.',
    'Poste en boutique : anglais de préférence, pas de noms compliqués.',
    'On recrute pour nos clients anglais, qui adorent nos chaussettes.',
  ])('not a skill: %s', (text) => expect(spans(text)).toEqual([]));

  it('nothing where the text offers no job', () =>
    expect(spans('Bilingual Welsh packaging? Waste of ink on a language nobody really speaks.')).toEqual([]));
});

describe('skill requirements: in the check', () => {
  it.each([
    'Chef de rayon H/F, anglais courant de préférence, CDI.',
    'Vendeur ou vendeuse H/F, notions d’allemand appréciées, CDI à Strasbourg.',
    "Hôte ou hôtesse d'accueil recherché(e), bilingue anglais de préférence, CDI à la Défense.",
    'Receptionist wanted for our Leeds office, fluent French preferred, weekdays only.',
  ])('a job that wants a language stays clean: %s', (text) => expect(categories(text)).toEqual([]));

  it.each([
    'Chauffeur poids lourd, permis C, Français de souche de préférence, nos clients sont un peu à l’ancienne.',
    'Hiring: native English speakers only, no strong accents please.',
  ])('a criterion about people is still blocked: %s', (text) => expect(categories(text)).toContain('discrimination'));
});
