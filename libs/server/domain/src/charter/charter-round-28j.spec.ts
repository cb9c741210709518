// Twenty-eighth session (2026-12-07): the families of word-lists-round-28j.ts, read from train-cn's clean posts of live
// events, sport, memes and pop culture flagged (a race or a save called miraculous, films and songs with a faith's
// words in their titles, "hallelujah" and "béni des dieux" as cheers, a run's route past the church, a sport's bloody
// nose, a chocolate teapot sold as one). Every sentence was written for this spec: each clean one was flagged before
// this round's negatives; beside each negative, a sentence with the banned use nearby stays found.
import { ruleCategories as rules } from './spec-rules';

describe('round 28j: what stays clean', () => {
  it.each([
    "Tour 58, dernier tour miraculeux : notre pilote garde la P5 avec des pneus à l'agonie 🏁",
    'Arrêt miraculeux de notre gardien à la 90e, le stade est debout ⚽',
    'Remontée miraculeuse de P19 à P4 sous la pluie, quelle course 🏎️',
    "Victoire miraculeuse à la dernière seconde pour l'équipe du bureau au tournoi de foot 🏆",
    'What a miraculous last lap: the tyres held on and we bring home P3 🏁',
    "Ce soir au ciné-club : Le Prophète d'Audiard, un grand film de prison 🎬",
    "Ciné-club du jeudi : Amen de Costa-Gavras, suivi d'un débat sur le cinéma des années 2000",
    'Ce soir, on revoit « Des hommes et des dieux », avec une boîte de biscuits pour tenir 🎬',
    'Notre playlist du vendredi : Hallelujah de Leonard Cohen, reprise par Jeff Buckley 🎶',
    'Au karaoké du salon, notre DG a chanté « Like a Prayer » de Madonna. Mémorable 🎤',
    'hallelujah the light-up trainers are back in every size 🙌',
    "Soirée quiz béni des dieux : notre équipe a gagné avec 20 points d'avance 🏆",
    "Un week-end de course béni des dieux : soleil, 800 coureurs et 35 000 € pour l'association ☀️",
    'Turn left at the church, then follow the river for the last 3 km of our charity 10k 🏃',
    'Right at the church, left at the bakery: the fun run route is marked with orange flags 🧡',
    'Got a bloody nose at Sunday football? Our match-day kit washes clean at 40° ⚽',
    'Grazed knees and bloody noses are part of rugby season; our reinforced joggers survive it all 🏉',
    'Easter special: an actual chocolate teapot, filled with mini eggs 🍫🫖',
    "Our chocolate teapot is back for Mother's Day, and yes, you can pour cocoa from it ☕",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 28j: the banned use beside each negative is still found', () => {
  it.each([
    ['health_legal', 'Dernier tour miraculeux pour notre pilote, et notre boisson guérit le rhume en une nuit.'],
    [
      'health_legal',
      'Remontée miraculeuse au classement, comme nos gélules qui font fondre la graisse et guérissent le diabète.',
    ],
    ['health_legal', 'What a miraculous last lap! Our energy drink cures anxiety and boosts your immune system.'],
    ['religion', 'Après Des hommes et des dieux, rejoignez-nous : seul Jésus sauve, convertissez-vous !'],
    ['religion', 'Hallelujah de Leonard Cohen en fond, et priez avec nous : Dieu seul vous sauvera.'],
    ['religion', 'Hallelujah the Lord has risen, praise Jesus our only saviour!'],
    [
      'religion',
      "Un week-end béni des dieux ; mais il n'y a qu'un seul vrai Dieu, et Jésus est son fils, convertissez-vous !",
    ],
    ['religion', 'Turn left at the church and come in: Jesus is the only way to salvation, give your life to Christ.'],
    ['insult', 'Bloody nose at Sunday football, and the ref was a useless bloody idiot.'],
    ['insult', 'Our chocolate teapot is back, unlike our courier, who is as useless as a chocolate teapot.'],
  ])('finds %s in %s', (category, text) => expect(rules(text)).toContain(category));
});
