// Eighth round of the health and legal claims rules (from hold-out 8, train-g and train-h), by family. Every list is
// matched exactly (normalized); each family counts only as a pair or a compound (lexicon-health-8.ts), so every word
// stays harmless alone.
import { list } from './word-lists-discrimination';

// ---- health ---------------------------------------------------------------------------------------------------

/** Conditions missing from the earlier lists: throat and chest, gut intolerances, children's sleep, pains. */
export const CONDITIONS_8 = list(`toux|la toux|toux seche|toux grasse|quintes de toux|mal de gorge|maux de gorge
  |gorge irritee|gorges irritees|sore throats|a sore throat|coughing|chesty cough|dry cough|tickly cough|croup
  |coeliac|celiac|coeliac disease|celiac disease|coeliac damage|maladie coeliaque|intolerance au gluten
  |gluten intolerance|intolerance au lactose|lactose intolerance|ibs|irritable bowel|syndrome de l intestin irritable
  |sii|colon irritable|night terrors|terreurs nocturnes|bedwetting|bed wetting|pipi au lit|enuresie|sleepwalking
  |somnambulisme|growing pain|douleurs de croissance|cramps|crampes|period cramps|menstrual cramps|pms|spm
  |syndrome premenstruel|hay fever|rhume des foins|rhinite|rhinite allergique|allergie|allergy|sinusite
  |conjunctivitis|conjonctivite|snoring|ronflements|ronflement|arthrosis|osteoarthritis|rheumatoid arthritis
  |polyarthrite|tendonitis|shin splints|plantar fasciitis|varicose veins|restless legs|jambes sans repos
  |panic attack|crise de panique|crises de panique|social anxiety|anxiety attacks|burn out|burnout|autism|autisme
  |asd|tsa|dyspraxia|dyspraxie|dyscalculia|blood flow|poor circulation|mauvaise circulation|water retention
  |retention d eau|cellulite|eczema flare ups|psoriasis flare ups|poussees d eczema|acid reflux|brulures d estomac
  |viruses|les virus|jet lag|decalage horaire|mal de mer|seasickness|altitude sickness|vertiges|vertigo|dizziness|tinnitus|acouphenes`);

/** Verbs of acting on a condition, read only right before it (within three words, in one clause). */
export const ACT_8 = list(`sort out|sorts out|sort your|sorts your|will sort|fix|fixes|fixed|fixing|regle|reglent
  |regler|soothe|soothes|soothing|apaiser|calmera|calmeront|soulagera|soulageront|stop|stops|stopped|stopping
  |arrete|arretent|arreter|stoppe|stoppent|prevent|prevents|empeche|empechent|evite|evitent|eviter|wipe out
  |knock out|kick|banish|banishes|chase away|get rid of|gets rid of|cure|cures|cured|heal|heals|reverse|reverses
  |reversed|undo|undoes|repair|repairs|repares|reparent|half as many|twice as few|moitie moins de|deux fois moins de
  |trois fois moins de|divise par deux|divisent par deux|cuts in half|cut in half|halves|halve|fewer|less|moins de|no more|plus de|end|ends|put an end to|met fin a|mettent fin a|en finir avec`);

/** Something that was there and is gone (after a condition): "mon eczéma a disparu", "my arthritis is gone". */
export const GONE = list(`is gone|are gone|has gone|have gone|was gone|were gone|is gone for good|disappeared
  |has disappeared|have disappeared|vanished|has vanished|have vanished|cleared up|has cleared|have cleared
  |went away|has gone away|is history|are history|is a thing of the past|are a thing of the past|is no more
  |a disparu|ont disparu|avait disparu|disparu|disparue|disparus|disparues|s est envole|s est envolee|se sont envoles
  |s en est alle|est parti|est partie|sont parties|sont partis|n est plus qu un souvenir|ne sont plus qu un souvenir
  |de l histoire ancienne|aux oubliettes|will be history|will be gone|will disappear|will vanish|will be a thing of the past
  |va disparaitre|vont disparaitre|disparaitra|disparaitront|sera de l histoire ancienne|seront de l histoire ancienne`);

/** The immune system, named (the body's defences a product "supercharges"). */
export const IMMUNE = list(`immune system|immune systems|immunity|immune defences|immune defenses|immune response
  |defenses immunitaires|defense immunitaire|systeme immunitaire|immunite|natural defences|natural defenses
  |defenses naturelles|white blood cells|globules blancs`);
/** Made stronger, in the words of a boast: read before or after `IMMUNE` within a few words. */
export const POWERED = list(`firing on all cylinders|on all cylinders|supercharged|supercharge|supercharges
  |turbocharged|turbocharge|bulletproof|armour plated|armor plated|in overdrive|into overdrive|in top shape
  |in peak condition|boosted|strengthened|stronger|reinforced|ready for anything|unbeatable|iron clad|ironclad
  |boostee|boostees|booste|boostes|dopee|dopees|dope|dopes|renforcee|renforcees|renforce|renforces|blindee
  |blindees|blinde|au top|au taquet|a bloc|en beton|d acier|gonflee a bloc|gonflees a bloc|au meilleur de leur forme
  |au meilleur de sa forme|imbattable|imbattables`);

/** Acting on the blood's circulation ("boosts circulation"): the verb right before the noun. */
export const CIRCULATION_VERB = list(`boost|boosts|boosting|improve|improves|improving|stimulate|stimulates
  |stimulating|increase|increases|get|gets|active|activent|stimule|stimulent|relance|relancent|ameliore|ameliorent`);
export const CIRCULATION = list(`circulation|your circulation|their circulation|blood circulation|blood flow
  |la circulation sanguine|circulation sanguine|le flux sanguin|flux sanguin`);

/** Medicines and remedies a product claims to beat ("better than any lozenge"), beyond the seventh round's. */
export const MEDS_8 = list(`lozenge|lozenges|any lozenge|throat lozenges|pastille|pastilles|pastilles pour la gorge
  |sirop de pharmacie|sirop|cough medicine|cough mixture|cold remedy|cold and flu tablets|nasal spray|spray nasal
  |antacid|antacids|anti acide|melatonin|melatonine|beta blockers|betabloquants|anxiolytiques|sleeping tablets
  |somnifere|un somnifere|sleeping pill|a sleeping pill|antidepresseur|antidepressant|anxiolytique|antibiotique
  |an antibiotic|anti inflammatoire|an anti inflammatory|painkiller|a painkiller`);
/** Beating a medicine, in the elided French forms ("mieux qu'un sirop", "aussi efficace qu'une pilule"). */
export const REPLACE_8 = list(`mieux qu|plus efficace qu|aussi efficace qu|aussi bien qu|fait mieux qu|marche mieux qu
  |marchent mieux qu|agit mieux qu|agissent mieux qu|vaut bien|valent bien|better than any|works like a|acts like a
  |beats any|beat any|more effective than|more effective than any|as effective as any|bat n importe quel`);
/** No prescription needed: offered near a condition, a product sold as a medicine. */
export const NO_PRESCRIPTION = list(`no prescription needed|no prescription required|without a prescription
  |no prescription|no need for a prescription|sans ordonnance|pas besoin d ordonnance|nul besoin d ordonnance
  |no doctor needed|no gp needed|sans passer chez le medecin|sans passer par le medecin`);

// ---- legal ----------------------------------------------------------------------------------------------------

/** A conviction or a ruling said in advance: the outcome (before `SOON`). */
export const VERDICT = list(`condamnation|sa condamnation|leur condamnation|condamnes|condamne|condamnee|conviction
  |convicted|sentenced|sentence|verdict|le verdict|guilty verdict|jail time|prison time
  |la prison|prison|jail|mise en examen|inculpation|indicted|poursuivi|poursuivis|lawsuit|proces`);
/** … is only a matter of time. */
export const SOON = list(`n est qu une question de|qu une question de|une question de jours|une question de semaines
  |une question de mois|une question de temps|question de temps|question de jours|question de semaines
  |only a matter of time|just a matter of time|a matter of time|a matter of days|a matter of weeks|a matter of months
  |is inevitable|is imminent|est imminente|est imminent|est inevitable|c est pour bientot|is coming soon|is a certainty
  |est une certitude|ne fait aucun doute|is not in doubt|no doubt about it|it's certain`);

/** No law can make you: "aucune loi ne peut vous obliger", "no law says you have to". */
export const NO_LAW =
  list(`aucune loi|aucun texte|aucun reglement|rien dans la loi|no law|there's no law|there is no law
  |nothing in the law|no rule|no regulation|no legal obligation|aucune obligation legale|la loi ne peut pas
  |the law can't|the law cannot|personne ne peut legalement|nobody can legally|no one can legally`);
export const COMPEL = list(`vous obliger|t obliger|nous obliger|vous forcer|te forcer|vous contraindre|vous interdire
  |vous empecher|oblige a|obliger a|force you|make you|stop you|forbid you|forbids you|says you have to|says you must
  |requires you|can require you|can force|can make|can stop|vous impose|vous y oblige|vous y contraindre`);

/** A party that could act against you (a landlord, a promoter, an employer): before `POWERLESS`. */
export const PARTY = list(`promoter|promoters|organiser|organisers|organizer|organizers|landlord|landlords|employer
  |employers|your boss|the boss|the seller|the airline|the insurer|your insurer|the council
  |the police|the cops|ticketmaster|the ticket office|the authorities|the taxman
  |proprio|proprietaire|bailleur|employeur|votre patron|ton patron|le patron|le vendeur
  |la compagnie|l assureur|votre assureur|la mairie|la police|les flics|l organisateur|les organisateurs|la salle
  |le syndic|la billetterie|les autorites|le fisc`);
/** … can do nothing against you (not a mere apology: "can't do anything about the delay" stays clean). */
export const POWERLESS = list(`can't do a thing about it|cannot do a thing about it|can't do anything about it
  |cannot do anything about it|can do nothing about it|can't touch you|cannot touch you|can't stop you
  |cannot stop you|won't be able to stop you|has no right to stop you|have no right to stop you|can't do anything to you
  |ne peut rien contre vous|ne peuvent rien contre vous|ne pourra rien contre vous|ne pourront rien contre vous
  |ne peut rien contre toi|ne peut pas vous en empecher|ne peuvent pas vous en empecher|ne pourra pas vous en empecher
  |n a aucun droit de vous|n ont aucun droit de vous|ne peut pas vous toucher|ne peut rien vous faire
  |ne peuvent rien vous faire|ne pourra rien vous faire|ne peut rien faire si vous|ne peuvent rien faire si vous`);
