// Twenty-eighth round, reading g (`withRound28g` adds it to every topic's rules), from `train-cl`'s clean posts
// flagged (a brand's crisis and working-life news), by family, each made clean with narrow negative phrases:
// Politics: a strike called by a trade's unions, news of its effect on deliveries or travel ("la grève annoncée par
// les syndicats de contrôleurs aériens", "syndicats de cheminots"); a staff election and its ballot boxes ("élection
// des représentants de proximité : urnes ouvertes"); a jury's or the customers' vote for a product of the year
// ("le jury a voté : … élus Saveur de l'Année 2027"); a town hall clearing a road ("la mairie a dégagé la route");
// the prefecture told of a safe operation ("aucun danger et la préfecture a été informée") or closing stations for a
// march ("Préfecture de police : la manifestation de samedi entraîne la fermeture…").
// Religion and discrimination: a hiring promise that faith and pregnancy plans are never asked about ("aucune question
// sur votre religion ni sur votre projet de grossesse ne vous sera posée").
// Health and legal: a leave entitlement guaranteed by law ("rattrapage salarial garanti, c'est la loi").
// Confidential: a plant shut for a bank holiday or a bridge day ("fermeture de l'usine le jeudi de l'Ascension").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

// Politics.
const TRADE_UNIONS = list(`syndicats de controleurs aeriens|syndicats de controleurs|syndicats de pilotes
  |syndicats de cheminots|syndicats de dockers|syndicats de routiers|syndicats d hotesses et stewards
  |syndicats de navigants|syndicats de conducteurs|syndicats d agents de peage|syndicats d eboueurs`);
const STAFF_ELECTION = list(`election des representants de proximite|elections des representants de proximite
  |election des representants du personnel|elections des representants du personnel|election des delegues du personnel
  |elections des delegues du personnel|election des membres du cse|elections des membres du cse`);
const PRODUCT_VOTE = list(`le jury a vote|notre jury a vote|les jures ont vote|vous avez vote pour|nos clients ont vote
  |les clients ont vote|les lecteurs ont vote|les internautes ont vote`);
const ROAD_CLEARED = list(`ont degage la route|a degage la route|ont degage en urgence la route|a degage en urgence
  |ont degage en urgence|ont degage les routes|a degage les routes|ont degage la chaussee|a degage la chaussee
  |ont degage l acces|a degage l acces|ont degage les arbres|a degage les arbres`);
const PREFECTURE_TOLD = list(`la prefecture a ete informee|la prefecture a ete prevenue|la prefecture en a ete informee
  |la prefecture en a ete prevenue|la prefecture a ete avertie|la prefecture est informee|la prefecture est prevenue
  |prefecture de police`);

// Religion and discrimination.
const NOT_ASKED_FAITH = list(`aucune question sur votre religion|ni sur votre religion|ni votre religion
  |jamais votre religion|votre religion ou votre projet de grossesse|votre religion ou votre situation familiale`);
const NOT_ASKED_PREGNANCY = list(`ni sur votre projet de grossesse|ni votre projet de grossesse
  |ou votre projet de grossesse ne vous sera|votre projet de grossesse ne vous sera
  |aucune question sur votre projet de grossesse|jamais votre projet de grossesse
  |votre projet de grossesse ne regardent|votre projet de grossesse ne regarde`);

// Health and legal.
const LEAVE_GUARANTEED = list(`rattrapage salarial garanti|augmentation garantie|maintien du salaire garanti
  |maintien de salaire garanti|salaire maintenu garanti|retour au meme poste garanti|poste garanti au retour`);

// Confidential.
const HOLIDAY_SHUTDOWN = list(`fermeture de l usine le jeudi de l ascension|fermeture de l usine le lundi de paques
  |fermeture de l usine le lundi de pentecote|fermeture de l usine pour le pont|fermeture de l usine pendant le pont
  |fermeture de l usine le vendredi de pont|fermeture de l usine le jour de l ascension
  |fermeture de l usine le {n} mai|fermeture de l usine le {n} novembre|fermeture de l usine le {n} juillet
  |fermeture de l usine le {n} aout`);

const ROUND_28G: Readonly<Record<string, RuleExtension>> = {
  politics: {
    negative: { fr: exact(TRADE_UNIONS, STAFF_ELECTION, PRODUCT_VOTE, ROAD_CLEARED, PREFECTURE_TOLD) },
  },
  religion: { negative: { fr: exact(NOT_ASKED_FAITH) } },
  discrimination: { negative: { fr: exact(NOT_ASKED_PREGNANCY) } },
  health_legal: { negative: { fr: exact(LEAVE_GUARANTEED) } },
  confidential: { negative: { fr: exact(HOLIDAY_SHUTDOWN) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound28g = roundByTopic(ROUND_28G);
