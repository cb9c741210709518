// Eighteenth round (`withRound18` adds it to every topic's rules), discrimination and harassment:
// - a call to the brand's followers to go after a person ("tell her what you think 👇", "fill his replies", "her DMs
//   are open", "go pay him a visit", "RT this until he realises he's not welcome"), and pressure through their job
//   or their photos ("your employer will hear about it", "his boss will love this", "your career here is over"):
//   threats, enough alone;
// - looks, skin or an accent required by "only" ("white family only", "fair skin only", "blonde, blue-eyed kids
//   only", "perfect figures only", "peau claire uniquement").
import { extendRules } from './rule-extension';
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';

const PILE_ON = list(`tell her what you think|tell him what you think|tell her what we think|tell him what we think
  |what we think of her|what we think of him|what you think of her|what you think of him|fill her replies
  |fill his replies|fill her mentions|fill his mentions|flood her replies|flood his replies|flood her mentions
  |flood his mentions|her dms are open|his dms are open|her dms are wide open|his dms are wide open|slide into her dms
  |slide into his dms|pay him a visit|pay her a visit|go pay him|go pay her|realises he's not welcome
  |realises she's not welcome|realizes he's not welcome|realizes she's not welcome|never posts about us again
  |make sure she never posts|make sure he never posts|ses dm sont ouverts|ses mp sont ouverts|allez lui dire ce que
  |dites lui ce que vous en pensez|dites lui ce que vous pensez|remplissez ses commentaires|inondez ses commentaires
  |inondez ses mentions|remplissez ses mentions|allez lui rendre visite|rendez lui une petite visite`);
const PRESSURE = list(`your employer hears about it|your employer will hear about it|your employer will hear about this
  |your boss hears about it|your boss will hear about it|his boss will love this|her boss will love this
  |your boss will love this|everyone sees those photos|everyone will see those photos|your career in this industry is over
  |your career here is over|it won't be for a chat|see what happens when you turn up|see what happens when you show up
  |ton employeur va en entendre parler|votre employeur va en entendre parler|ton patron va adorer|son patron va adorer
  |ta carrière est finie|ta carrière dans le milieu est finie|et ce ne sera pas pour discuter`);

const LOOKS = list(`white family|white families|white kids|white children|white models|white faces|white people
  |white couple|white candidates|fair skin|fair skinned|pale skin|light skin|light skinned|blonde|blond|blue eyed
  |blonde blue eyed kids|caucasian|caucasians|european looking|british looking|perfect figures|perfect bodies
  |flat tummies|slim figures|received pronunciation|native english|native english speakers|native speakers|no accent
  |peau claire|peau blanche|teint clair|familles blanches|famille blanche|enfants blancs|blonds aux yeux bleus
  |yeux bleus|sans accent|silhouettes parfaites|corps parfaits`);
const ONLY = list(`only|only please|uniquement|seulement|exclusivement`);

const ROUND_18: Readonly<Record<string, Parameters<typeof extendRules>[1]>> = {
  discrimination: {
    groups: { threat: { fr: exact(PILE_ON, PRESSURE) }, looks18: { fr: exact(LOOKS) }, only18: { fr: exact(ONLY) } },
    pairs: [['looks18', 'only18', { window: 3, ordered: true, clause: true }]],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export function withRound18(topic: string, rules: CategoryRules): CategoryRules {
  const extra = ROUND_18[topic];
  return extra ? extendRules(rules, extra) : rules;
}
