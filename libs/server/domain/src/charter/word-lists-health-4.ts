// Seventh round of the health and legal claims rules (from the training sets train-a … train-f), by family. Every
// list is matched exactly (normalized); most families count only as a pair or a compound (lexicon-health.ts), so
// each word stays harmless alone.
import { list } from './word-lists-discrimination';

// ---- health ---------------------------------------------------------------------------------------------------

/** Conditions of babies, children and families, and other conditions a food or a garment may claim to act on. */
export const CONDITIONS_4 = list(`transit intestinal|flore intestinale|gut flora|burnout|burn out|gum pain|sore gums
  |douleurs gingivales|iq|quotient intellectuel|colique|coliques|coliques du nourrisson|colic|colics|infant colic
  |poussees dentaires|poussee dentaire|douleurs dentaires|teething pain|teething pains|nappy rash|diaper rash
  |erytheme fessier|erythemes fessiers|troubles digestifs|trouble digestif|digestive problems|digestive issues
  |tummy troubles|tummy ache|tummy aches|maux de ventre|mal de ventre|mort subite|mort subite du nourrisson|sids
  |cot death|listeriose|listeria|salmonellose|salmonella|heatstroke|heat stroke|coup de chaleur|insolation
  |deshydratation|dehydration|metaux lourds|heavy metals|parasites|paludisme|malaria|dengue|maladie de lyme
  |lyme disease|gueule de bois|hangover|hangovers|length of a cold
  |duration of a cold|common cold|the common cold|un rhume|du rhume|d un rhume|short sightedness|shortsightedness
  |myopia|myopie|spine|the spine|your spine|colonne vertebrale|ventre plat|flat tummy|flat stomach|flat belly
  |anemie|anaemia|anemia|anemies|anemies|carence en fer|iron deficiency|type 2 diabetes|diabete de type 2
  |mycose|mycoses|gastro|bronchiolite|bronchiolitis|otite|otites|ear infection|ear infections|eczema`);

/** Verbs of acting on the body, read with a condition within the claim window (beyond lexicon-health.ts' own). */
export const ACT_4 = list(`reversed|reversing|a inverse|unblock|unblocks|unblocking|unclog|unclogs|debouche|debouchent
  |stabilises|stabilizes|stabilised|stabilized|stabilising|stabilizing|cleared|clears up|healed|heals|soothed|eased
  |gueri|guerie|gueris|gueries|a gueri|ont gueri|font passer|fait passer|faire passer|adieu les|adieu la|adieu le
  |fini le|fini la|finie la|finis les|bye bye les|termine les|prevents|prevented|preventing|previent|protects from
  |protege de|protegent de|vaincre|vainc|a vaincu|realigns|realign|straightens|straighten|redresse|redressent
  |clinically tested|cliniquement teste|cliniquement testee|cliniquement testes|cliniquement testees|clinical study
  |clinical studies|clinical trial|etude clinique|essai clinique|backed by science|prouve par la science|it's science
  |c est scientifique|eloigne|eloignent|eloigner|rehydrates|rehydrate|rehydrate plus vite`);

/** Verbs that are ambiguous alone ("beat the heat", "end of season"): a condition must follow within three words. */
export const ACT_TIGHT = list(`beat|beats|beating|end|ends|ending|settle|settles|settling|cut|cuts|halves|halve
  |skip|skips|dodge|dodges|avoid|avoids|kick|kicks|zap|zaps|calm|calms|calme|calment|calmer|apaise|apaisent
  |fewer|moins de|less|bat|battre|chasse|chassent|numb|numbs|engourdit|ne fera plus d|ne fera plus de|ne feront plus d|ne feront plus de
  |n attrapera plus|n attraperont plus|won't catch|will never catch|won't get any more|will never get`);

/** "Who needs a flu jab?", "better than cough syrup", "skip the pharmacy": medicines and care a product replaces. */
export const MEDS = list(`cough syrup|sirop contre la toux|sirop pour la toux|painkiller|painkillers|antidouleur
  |antidouleurs|anti douleur|pharmacy|the pharmacy|la pharmacie|pharmacie|flu jab|flu jabs|flu shot|flu shots
  |vaccin contre la grippe|vitamin|vitamins|vitamine|vitamines|complement|complements|complement alimentaire|complements alimentaires|supplement
  |supplements|prescribes|prescribed|prescrit|prescrits|medecine|medicine|medicines|medication|medications|meds
  |medicament|medicaments|remedes|pills|pilules|cachets|midwife|sage femme|sages femmes
  |antibiotique|antibiotiques|antibiotic|antibiotics|antidepressants|antidepresseurs|inhaler|ventoline|statins|statines
  |insulin|insuline|ritalin|ritaline|xanax|prozac|ozempic|viagra|paracetamol|ibuprofen|ibuprofene|doliprane|aspirin
  |aspirine|chemo|chimio|sleeping pills|somniferes|antihistamines|antihistaminiques|vaccine|vaccines|vaccin|vaccins`);
/** Dropping or beating a medicine: before it (`MEDS`), a few words apart. */
export const REPLACE = list(`better than|works better than|mieux que|plus efficace que|aussi efficace que|as good as
  |as effective as|does the same job as|same job as|fait le meme effet que|remplace|remplacent|replaces|replace
  |swap your|swap the|instead of|au lieu de|a la place de|ditch|ditch the|ditch your|skip the|skip your|oubliez le
  |oubliez les|oubliez la|forget the|forget your|plus besoin de|plus besoin d|pas besoin de|no need for|no more
  |who needs|who needs a|qui a besoin d un|qui a besoin d une|qui a encore besoin|adieu les|adieu le|bye bye`);
/** "Antibiotique naturel", "nature's antibiotic": nature as a medicine. */
export const NATURAL = list(`naturel|naturelle|naturels|naturelles|natural|nature's|nature s|de la nature`);
export const NATURE_DRUGS =
  list(`antibiotique|antibiotic|antibiotics|antibiotiques|painkiller|antidouleur|antidepressant
  |antidepresseur|xanax|prozac|ozempic|viagra|botox|insuline|insulin|anxiolytique|medicine cabinet|armoire a pharmacie
  |pharmacie|pharmacy|paracetamol|ibuprofen|aspirin|aspirine|doliprane|statine|statin|chimio|chemo|vaccin|vaccine`);

/** "No need to check with your GP", "sans consulter": advice to skip a doctor (`CARERS` after it). */
export const SKIP_CARER =
  list(`no need to check with your|no need to check with a|no need to ask your|no need to see your
  |no need to see a|no need to consult|no need to consult your|don't need to see your|don't need to see a|don't bother your
  |pas besoin de consulter|pas besoin de demander a votre|pas besoin de voir votre|pas besoin de voir un|inutile de consulter
  |inutile de voir votre|sans passer par votre|sans passer par le|sans consulter|sans consulter votre|without seeing your
  |without seeing a|without asking your|moins de|fewer trips to the|fewer visits to the|less trips to the`);
/** "Ask your doctor? No need", "votre cardiologue va être jaloux": a carer made redundant (after `CARERS`). */
export const CARER_OUT = list(`no need|pas besoin|inutile|pas la peine|va etre jaloux|vont etre jaloux|sera jaloux
  |seront jaloux|will be jealous|is going to be jealous|will be out of a job|out of a job|au chomage|va s ennuyer
  |won't see you again|ne vous reverra plus|ne vous verra plus|hates us|nous deteste|nous detestent`);

/** Safety promised to a vulnerable person: pregnancy, a condition, a baby (`VULNERABLE`). */
export const SAFE =
  list(`sans danger|sans aucun danger|sans risque|aucun risque|zero risque|safe during|safe in|perfectly safe
  |totally safe|completely safe|100 safe|won't hurt|will not hurt|can't hurt|ne fera pas de mal|ne fait pas de mal
  |perfectly fine|totally fine|completely fine|fine in|fine for|fine during|no risk|zero risk|aucun effet|zero effet
  |no effect on|no effect|zero effect|won't raise|won't spike|doesn't spike|ne fait pas monter|aucun impact sur`);
/** Fit for a condition ("parfaites pour les diabétiques", "fine for coeliacs"): only with a medical condition. */
export const FIT_FOR = list(`parfait pour les|parfaite pour les|parfaits pour les|parfaites pour les|ideal pour les
  |ideale pour les|ideaux pour les|ideales pour les|perfect for|ideal for|recommande pour les
  |recommandes pour les|recommended for`);
export const VULNERABLE =
  list(`grossesse|pendant la grossesse|enceinte|enceintes|femmes enceintes|pregnancy|in pregnancy
  |pregnant|during pregnancy|pregnant women|diabetiques|diabetique|diabetics|diabetic|coeliaques|coeliaque|coeliacs
  |coeliac|celiac|celiacs|intolerant au lactose|intolerants au lactose|intolerante au lactose|lactose intolerant
  |lactose intolerant child|intolerant au gluten|intolerants au gluten|gluten intolerant|allergiques|allergic
  |allergic children|glycemie|blood sugar|listeriose|listeria|hypertendus|epileptiques|epileptics|anemies|anemic
  |anaemic`);
/** The only ones of `VULNERABLE` that a product "perfect for" them makes a claim: conditions, not pregnancy. */
export const CONDITION_PEOPLE = list(`diabetiques|diabetique|diabetics|diabetic|coeliaques|coeliaque|coeliacs|coeliac
  |celiac|celiacs|intolerants au lactose|lactose intolerant|intolerants au gluten|gluten intolerant|allergiques
  |allergy sufferers|hypertendus|epileptiques|epileptics|anemies|anemic|anaemic`);

/** Enough alone: slimming teas, regrowing hair, "clearer lungs", sobering up, "anti-cholestérol". */
export const BODY_PROMISES_4 =
  list(`fait grandir|font grandir|faire grandir|grandir plus vite|font dormir bebe|fait dormir bebe
  |font dormir les bebes|font dormir les enfants|fait dormir les enfants|font dormir toute la nuit|fait dormir toute la nuit
  |infusion minceur|infusions minceur|the minceur|thes minceur|tisane minceur|tisanes minceur|cure minceur|cure detox
  |slimming tea|slimming teas|skinny tea|detox tea|detox teas|thes detox|tisane detox|tisanes detox
  |regrow hair|regrows hair|regrowing hair|hair regrowth|fait repousser les cheveux|font repousser les cheveux
  |repousse des cheveux|clearer lungs|stronger bones|os plus solides|sharper memory|memoire d elephant
  |stronger immune system|immunite de fer|sober up|sobers you up|desaouler|dessouler|anti cholesterol
  |anti diabete|anti grippe|anti rhume|anti migraine|anti allergie|anti allergies|anti inflammatoire naturel
  |anti diabetes|anti flu|anti cold|anti ageing pill`);
/** A help verb + growth, sleep or focus a few words on ("helps kids grow taller", "aide vos enfants à se concentrer"). */
export const HELP = list(`help|helps|helping|make|makes|aide|aident|aider|fait|font`);
export const GROWTH = list(`grow taller|grandir plus vite|sleep through the night|faire leurs nuits|faire sa nuit
  |fait ses nuits|font leurs nuits|se concentrer en classe|se concentrer a l ecole|concentrate in class
  |concentrate at school|focus in class|focus at school|concentrate better in class|focus better in class`);
/** Hangover and driving ("fine to drive in an hour"). */
export const DRIVE = list(`fine to drive|safe to drive|ok to drive|okay to drive|good to drive|pret a conduire
  |prete a conduire|pouvez reprendre le volant|reprendre le volant|pouvez conduire|peux conduire|can drive`);
export const ALCOHOL = list(`hangover|hangovers|gueule de bois|pints|beers|bieres|alcool|alcohol|apero|ivre|drunk|tipsy
  |pompette|too many drinks|un verre de trop`);
/** "The antibiotic Big Pharma doesn't want you to know about": a conspiracy cue near a medicine or a condition. */
export const CONSPIRACY = list(`big pharma|qu on vous cache|que l on vous cache|ne veulent pas que vous sachiez
  |doesn't want you to know|don't want you to know|the drug companies|les labos|les laboratoires ne|doctors won't tell you
  |doctors don't want|ce que les medecins ne`);

/** "Keep colds away", "keeps the family virus-free", "keep your immune system strong": after a keep verb. */
export const KEEP = list(`keep|keeps|keeping|kept|tient|tiennent|garde|gardent`);
export const KEPT = list(`away|at bay|a distance|a l ecart|loin|strong|en forme|au top|fort|forte|healthy all winter`);
export const KEPT_FREE = list(`virus free|flu free|cold free|germ free|illness free|sickness free|sick free|sans rhume
  |sans grippe|sans virus`);
/** "Your asthma will thank you", "votre angine n'y survivra pas", "your liver's back to factory settings". */
export const BODY_REACTS = list(`will thank you|vous remerciera|vous remercieront|vous dira merci|vous diront merci
  |n y survivra pas|n y resistera pas|won't survive|will not survive|doesn't stand a chance|won't stand a chance
  |back to factory settings|comme neuf|as good as new|good as new`);

/** A size lost ("drop a dress size"): with the loss verbs of word-lists-health.ts, and "drop". */
export const WEIGHT_4 = list(
  `a dress size|one dress size|two dress sizes|a jean size|une taille|deux tailles|a belt notch
  |a stone|two stone|half a stone|kilos en trop|extra kilos|extra pounds|the extra pounds
  |baby weight|les kilos en trop|the baby weight`,
);
/** The weight going by itself ("les kilos s'envolent", "watch the extra pounds melt away"): after `WEIGHT_4`. */
export const FALL_OFF = list(`fall off|falling off|melt off|melt away|melting away|fly off|disappear|vanish|s envolent
  |fondent|disparaissent|partent tout seuls`);
export const LOSS_4 = list(`drop|drops|dropping|dropped|flatten`);

// ---- legal ----------------------------------------------------------------------------------------------------

/** A case (brought, pending, threatened) named loosely, for outcomes predicted about it (`DOOMED`, `WIN`). */
export const CASE = list(`proces|tribunal|plainte|plaintes|litige|prud hommes|prudhommes|action de groupe
  |recours collectif|class action|lawsuit|lawsuits|suing|suing us|sue us|sued us|sued|sues|poursuivre|nous poursuit
  |nous poursuivent|nous attaque|nous attaquent|his claim|her claim|their claim|dismissal claim|unfair dismissal
  |copyright claim|dossier|le dossier|avocats|lawyers|affaire|procedure|appeal|injunction|injonction
  |tribunal de commerce`);
/** An outcome said in advance. */
export const DOOMED = list(`sera deboute|sera deboutee|seront deboutes|seront deboutees|deboute|deboutee|debouter
  |will be thrown out|be thrown out|throw out|thrown out|throws out|laughed out of court|dead in the water
  |dead on arrival|doesn't stand a chance|don't stand a chance|do not stand a chance|does not stand a chance
  |won't stand a chance|stand no chance|zero chance|no chance|aucune chance|n ont aucune chance|perdu d avance
  |gagne d avance|ecrit d avance|joue d avance|couru d avance|affaire classee|affaire pliee|case closed|got nothing
  |will get nothing|won't get a penny|won't see a penny|n auront rien|n obtiendra rien|n obtiendront rien
  |ne toucheront rien|ne touchera rien|will go nowhere|going nowhere|n aboutira pas|n aboutira jamais
  |won't succeed|will fail|va echouer|will collapse|nos avocats sont formels|nos avocats sont categoriques
  |notre avocat est formel|our lawyers are certain|our lawyers are sure|our lawyers confirm|our lawyer confirms
  |we'll win easily|gagner facilement|will side with us|sera rejete|sera rejetee
  |will be dismissed|will be rejected|va condamner|vont condamner|condamnera|will convict
  |will find him guilty|will find her guilty|will find them guilty|plie d avance|c est plie|toucherez au moins|will get at least|vous toucherez|you'll get at least
  |sera annule|sera annulee|will be cancelled|will be canceled|will be quashed`);

/** Nobody with authority will act: "aucun juge ne …", "no court would …" (`NOBODY` + `AUTHORITY`, then `WILL`). */
export const NOBODY = list(`aucun|aucune|no|not one|not a single|pas un|jamais un|never a`);
export const AUTHORITY = list(`juge|juges|tribunal|tribunaux|cour|court|courts|judge|judges|inspector|inspectors
  |inspecteur|inspecteurs|controleur|controleurs|huissier|huissiers|bailiff|bailiffs|policier|policiers|magistrate
  |magistrat|magistrats|jury|regulator|regulateur|agent du fisc|taxman|tax inspector|prosecutor|procureur`);
export const WILL = list(`will|would|ever|ne vous|ne te|ne nous|ne pourra|ne condamnera|ne donnera|n osera
  |in the land|au monde|en france|in the uk|in britain|in this country`);
/** An authority that will never know or act ("le fisc ne vous dira jamais rien", "HMRC will never know"). */
export const AUTHORITY_NEVER = list(`fisc|le fisc|impots|les impots|urssaf|hmrc|irs|taxman|the taxman|tax office
  |police|la police|les flics|the police|the cops|huissier|bailiff|bailiffs|inspector|inspecteur|the council|your council
  |la mairie|le juge|the judge|the court|le tribunal|votre proprietaire|your landlord|le proprio`);
export const NEVER = list(`ne verifie jamais|ne controle jamais|ne controlent jamais|never checks|never check
  |won't chase it|won't chase you|will never chase you|never chase you|ne relance jamais|ne vous dira jamais|ne vous diront jamais|ne vous diront rien|ne diront jamais rien|ne te dira jamais|ne dira jamais rien|ne vous dira rien|ne viendra jamais
  |ne viendront jamais|n en saura rien|n en sauront rien|ne saura jamais|ne sauront jamais|ne verra rien|ne verra jamais
  |will never know|won't ever know|will never find out|won't find out|won't notice|will never notice|won't care
  |will never come|won't come after you|will never come after you|can't do anything|can do nothing|ne peut rien faire
  |ne peuvent rien faire|ne pourra rien faire|won't ever|will never`);

/** Legality assured to the reader, enough alone ("it's fully legal", "not legally required", "within your rights"). */
export const LEGIT = list(`fully legal|completely legal|entirely legal|100 legit|totally legit|completely legit
  |perfectly legit|fully legit|entirely legit|totalement legit|tout a fait legal|tout a fait legale|completement legal
  |entierement legal|parfaitement legit|not illegal for|isn't illegal for|is not illegal for|pas illegal pour
  |n est pas illegal pour|within your rights|dans vos droits|dans ton droit|dans votre droit
  |not legally required|aren't legally required|are not legally required|isn't legally required|legally required to do
  |pas legalement oblige|pas legalement obligee|pas legalement obliges|n etes pas oblige legalement|aucune obligation legale
  |no legal obligation|not legally enforceable|aren't legally enforceable|isn't legally enforceable|not enforceable
  |aren't enforceable|isn't enforceable|unenforceable|pas opposable|pas opposables|can't legally|cannot legally
  |ne peut pas legalement|ne peuvent pas legalement|n a pas le droit de vous|n ont pas le droit de vous|has no right to
  |have no right to|no right to charge|aucun droit de vous|can't get sued|won't get sued|will never get sued
  |can't be fined|won't get fined|won't be fined|never been fined|ever been fined|won't be prosecuted|can't be prosecuted
  |can't fire you|cannot fire you|can't sack you|can't evict you|cannot evict you|ne peut pas vous licencier
  |ne peut pas te licencier|ne peut pas vous virer|ne peut pas te virer|ne peut pas vous expulser|ne peut pas t expulser
  |your legal right|legally exempt|ne risquez rien|vous ne risquez rien|tu ne risques rien|ne risquez strictement rien|ne risquez absolument rien
  |rien juridiquement|legally nothing|la loi t autorise|la loi t autorise a|la loi te permet|la loi te garantit|la loi vous protege
  |la loi te protege|the law protects you|the law protects your|no risk of a fine|aucun risque d amende|aucun risque de proces
  |exposera a aucun|ne vous exposera a aucun|exposera a aucune|legalement le droit|avez legalement le droit
  |vous pouvez legalement|you can legally|can legally|copyright doesn't apply|copyright does not apply
  |le droit d auteur ne s applique pas|don't need any permit|no permit needed|don't need a permit|no need for a permit
  |don't need planning permission|no planning permission needed|pas besoin de permis de construire|sans rien declarer
  |without declaring|no need to declare|pas besoin de declarer|pas la peine de declarer|no need to tell hmrc
  |no need to tell the taxman|no need to tell the tax office|pas besoin de le dire au fisc|legal tip|free legal tip
  |legal hack|astuce juridique|astuce legale|conseil juridique gratuit|petit conseil juridique`);

/** Advice to ignore a fine, a letter, the rent (`IGNORE` + `LEGAL_OBJECT`). */
export const IGNORE = list(`just ignore|ignore it|ignore them|ignore their|ignore the|ignore that|ignorez|ignorez le
  |ignorez la|ignorez les|ne repondez pas|don't even reply|don't reply|don't respond|bin it|bin the|jetez le|jetez la
  |n en tenez pas compte|whatever your|whatever they say|quoi qu en dise|quoi qu en disent|installez la quand meme
  |faites le quand meme|regardless
  |keep using it|just keep using|continuez a l utiliser|stop paying|arretez de payer|ne payez pas|ne payez plus
  |refusez de payer|don't pay|don't bother paying|refuse to pay|skip rent|withhold rent|ne la payez pas|ne le payez pas`);
export const LEGAL_OBJECT = list(`fines|parking fine|parking ticket|parking tickets|penalty notice|pv|amende|amendes
  |contravention|contraventions|letter|their letter|courrier|mise en demeure|recall|recall letter
  |council|council tax|permit|rent|loyer|landlord|proprietaire|proprio|bailiff|huissier|summons|convocation|injonction
  |jury duty|tv licence|redevance|hmrc|fisc|impots|urssaf`);

/** Guilt asserted: a crime (`CRIME`) with a certainty (`KNOWN`). */
export const KNOWN = list(`tout le monde le sait|everyone knows|everybody knows|we all know|c est evident
  |c est une certitude|c est certain|c est sur|croyez nous|trust us|believe us|mark my words|on vous le dit
  |book it|mark our words|the jury will|le jury verra|you heard it here first|il n y a aucun doute|no doubt about it|no doubt|sans aucun doute|for a fact
  |n aura plus qu a confirmer|will only confirm|will confirm it|and he knows it|and she knows it|and they know it
  |et il le sait|et elle le sait|definitely|for sure|forcement|a coup sur|c est garanti|guaranteed|aucun doute
  |aucun doute la dessus|pas de doute|nous en sommes certains|nous en sommes surs|on en est certains|on en est sur
  |on en est surs|we're certain|we are certain|we're certain of it|we're sure of it|we are sure of it`);
export const CRIME = list(`delinquant|delinquante|delinquants|deja ete condamne|deja ete condamnee|casier judiciaire
  |criminal record|crook|escroc|fraudeur|fraudster|pique dans la caisse|hand in the till
  |a vole|ont vole|embezzled|a detourne|detournement|etait ivre|was drunk|chauffard|drink driver
  |drunk driver|iront en prison|ira en prison|finira en prison|finiront en prison|end up in jail|end up in prison
  |go to jail|go to prison|behind bars|derriere les barreaux|be prosecuted|etre poursuivi|etre poursuivis
  |seront poursuivis|sera poursuivi|it's theft|c est du vol|gross misconduct|faute grave|sera condamne|seront condamnes
  |will be convicted|will be jailed|guilty as sin|nicked|stole|has stolen|have stolen|nous a vole|nous ont vole
  |robbed us|robbed our|a cambriole|ont cambriole`);
/** "C'est lui le délinquant", "he's the real crook": a person named as the criminal. */
export const HE_IS = list(`c est lui le|c est elle la|c est eux les|he's the real|she's the real|he is the real
  |she is the real|they're the real`);
export const CRIMINAL = list(`delinquant|delinquante|voleur|voleuse|escroc|criminel|criminelle|coupable|fraudeur
  |crook|thief|criminal|fraudster|culprit|liar|menteur`);

// ---- clean -----------------------------------------------------------------------------------------------------

/**
 * Not claims: charity against a disease ("lutte contre le cancer du sein", "raising money for a diabetes charity"),
 * figurative trials ("le procès du biscuit"), a "cure-all for" a mood, priests ("les curés"), vaccination days.
 */
export const NEGATIVE_4 = list(`lutte contre le cancer|lutte contre les cancers|recherche contre le cancer
  |ligue contre le cancer|contre le cancer du sein|association de lutte|cancer research|cancer charity|cancer charities
  |cancer support|cancer screening|depistage du cancer|breast cancer awareness|breast cancer research|diabetes charity
  |diabetes research|alzheimer's society|alzheimer society|help beat|helps beat|helping beat|to beat cancer
  |aider a vaincre|pour vaincre le|fight against cancer|for cancer|pour le cancer|fait le proces|faire le proces
  |font le proces|le proces du siecle|court case of the year|cure all for
  |les cures|des cures|aux cures|nos cures|cures thermales|cure thermale|flu jab|flu jabs|flu shot|flu shots
  |flu season|the flu season|saison de la grippe|la saison de la grippe|cold night|cold nights|cold day|cold days|skip the queue|end of|moins de sel
  |moins de sucre|moins de gras|less sugar|less salt|less fat|a pain|such a pain|pain in the|royal pain
  |falls for|fall for|falling for|fell for`);
