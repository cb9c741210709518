// Ninth round of the market-sensitive families (from train-i, train-k, train-l and train-m), laid over
// CONFIDENTIAL_RULES (lexicon-confidential.ts) with extendRules: each list joins a group of the same name, so it still
// needs its partner (a secrecy cue + a topic, a topic + a date ahead). Matched exactly (normalized).
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Secrecy said through who has not been told, what is not signed, what one was not meant to see. */
const SECRET_9 = list(`hasn't told anyone|haven't told anyone|has not told anyone|nobody's told|nobody has told
  |no one has told|nobody's been told|no one's been told|hasn't been told|haven't been told yet|n a prevenu personne
  |n ont prevenu personne|personne n a prevenu|seront prevenues apres|seront prevenus apres|seront informes apres
  |seront informees apres|will hear about it|will be told in|will be told after|ne l apprendront que|n apprendront que
  |ne le sauront que|not signed yet|isn't signed yet|not been signed yet|deal's not signed|deal isn't signed
  |pas encore signe|pas encore signee|n est pas encore signe|n est pas encore signee|unofficially|officieusement
  |official line|the official line|la version officielle|wasn't meant to see|not meant to see|wasn't supposed to see
  |weren't supposed to see|pas cense voir|pas censee voir|pas censes voir|sur le bureau du daf|sur le bureau du dg
  |sur le bureau du pdg|on the ceo's desk|on the cfo's desk|keep it off the group chat|keep this off the group chat
  |hors du groupe whatsapp|ne partagez surtout pas|vous l avez appris ici|appris ici|fresh out of the meeting
  |straight out of the board meeting|sorti de la reunion|tout chaud sorti|tout juste sorti du codir
  |je ne vous en dis pas plus|we're telling the public|telling the public in|on l annoncera au public`);
/** Secrecy strong enough alone: an embargo with a date or a stress. */
const ALONE_9 = list(`embargo strict|strict embargo|embargo jusque la|embargo jusqu a|embargo until then|embargo until
  |embargoed until|strict embargo until`);
/** Topics said in other words: merging, a letter of intent, a joint venture on hold, a site mothballed, prices. */
const TOPIC_9 = list(`merging with|we're merging|merger with|fusion avec|on fusionne|nous fusionnons|lettre d intention
  |letter of intent|due diligence|term sheet|data room|joint venture|coentreprise|the jv|la jv|on hold indefinitely
  |gele indefiniment|mis en pause indefiniment|plan social|job cuts|suppressions de postes|selling off|sell off
  |on cede|nous cedons|cede nos|cede notre|up for sale|mothballed|being mothballed|mis sous cocon|mise sous cocon
  |mise en sommeil|consolidated into one|regroupes en un seul|agreed to buy|agreed to acquire|a accepte de racheter
  |takeover|rapprochement|price rise|prices rise|price increase|price hike|hausse de prix|hausse des prix|hausse tarifaire
  |hausse des tarifs|augmentation des prix|augmentation tarifaire|pushed out|forced out|pousse vers la sortie
  |poussee vers la sortie|debarque|debarquee|nos revenus|our revenue|distribution centres|centres de distribution`);
/** A deal about to close: read with a corporate topic. */
const FUTURE_9 = list(`presque bouclees|presque bouclee|presque boucle|presque boucles|quasi bouclees|quasiment bouclees
  |nearly done|almost finalised|almost finalized|gets signed tonight|signed tonight|will be signed|sera signe|sera signee
  |signe ce soir|contracts exchange|announcement monday|officialisation vendredi|officialisation`);

/** The market-sensitive rules with this round's families. */
export function withConfidential9(base: CategoryRules): CategoryRules {
  const both = (l: readonly string[]) => ({ fr: exact(l), en: exact(l) });
  return extendRules(base, {
    groups: { secret: both(SECRET_9), alone: both(ALONE_9), topic: both(TOPIC_9), future: both(FUTURE_9) },
  });
}
