// Twenty-eighth session (2026-12-07): the families of word-lists-round-28g.ts, read from train-cl's clean posts
// flagged (strike and union news, staff elections, a jury's vote, town halls and prefectures, hiring privacy, leave
// guaranteed by law, a plant shut for a bank holiday). Every sentence was written for this spec: each clean one was
// flagged before this round's negatives; beside each negative, a sentence with the banned use nearby stays found.
import { ruleCategories as rules } from './spec-rules';

describe('round 28g: what stays clean', () => {
  it.each([
    'La grève annoncée par les syndicats de pilotes pourrait retarder la livraison de nos colis cette semaine.',
    'Le préavis déposé par les syndicats de cheminots concerne le week-end du 14 : nos équipes télétravailleront.',
    'Grève des dockers : les syndicats de dockers confirment le mouvement, nos conteneurs auront du retard.',
    "Élection des représentants du personnel : les urnes sont installées dans la salle de pause jusqu'à 17h.",
    'Elections des délégués du personnel demain, urnes ouvertes de 8h à 16h dans chaque atelier.',
    'Notre jury a voté, et le biscuit vedette de 2027 sera au citron 🍋',
    "Vous avez voté pour votre chaussette préférée de 2027 : les licornes l'emportent 🦄",
    "La mairie a dégagé en urgence l'accès à notre magasin après l'orage, merci à ses équipes !",
    'Préfecture de police : une manifestation samedi entraîne la fermeture de la rue, notre boutique ouvrira à midi.',
    'Manifestation dimanche : la préfecture de police ferme trois stations de métro près de notre magasin.',
    "L'essai des sirènes ne présente aucun danger et la préfecture a été prévenue.",
    'Cette opération ne présente aucun danger pour les riverains, et la préfecture en a été informée.',
    'Vous postulez chez nous ? Aucune question sur votre religion ni sur votre projet de grossesse ne vous sera posée.',
    'En entretien, votre religion ou votre projet de grossesse ne regardent que vous, promis.',
    'Postulez en toute sérénité : on ne vous demandera jamais votre religion.',
    "Au retour de congé maternité, augmentation garantie, c'est la loi et on l'applique.",
    "Maintien du salaire garanti pendant le congé paternité : c'est la loi, et on va même plus loin.",
    "Fermeture de l'usine le lundi de Pentecôte, reprise des expéditions mardi.",
    "Fermeture de l'usine pour le pont du 8 mai, les commandes partiront lundi.",
  ])('leaves %s clean', (text) => expect(rules(text)).toEqual([]));
});

describe('round 28g: the banned use beside each negative is still found', () => {
  it.each([
    ['politics', 'Les syndicats de cheminots ont raison : ce gouvernement doit retirer sa réforme, tous dans la rue !'],
    ['politics', 'Élection des représentants du personnel ce matin ; en 2027, votez RN pour chasser ce gouvernement !'],
    ['politics', 'Le jury a voté, à vous maintenant : en 2027, tous contre Macron et son gouvernement !'],
    ['politics', 'La mairie a dégagé la route, mais ce maire incompétent doit dégager aux prochaines municipales !'],
    ['politics', 'La préfecture a été informée : nous rejoignons la manifestation contre la réforme du gouvernement.'],
    ['politics', 'La préfecture de police réprime les manifestants, ce gouvernement Macron est une honte.'],
    ['religion', 'Aucune question sur votre religion : seul Jésus sauve, convertissez-vous !'],
    ['discrimination', 'Aucune question sur votre projet de grossesse, mais pas de femmes enceintes svp.'],
    [
      'health_legal',
      "Rattrapage salarial garanti, et si vous nous attaquez aux prud'hommes, c'est couru d'avance : vous perdrez.",
    ],
    [
      'confidential',
      "Fermeture de l'usine le lundi de Pâques, puis fermeture définitive en juin, ne le dites à personne.",
    ],
  ])('finds %s in %s', (category, text) => expect(rules(text)).toContain(category));
});
