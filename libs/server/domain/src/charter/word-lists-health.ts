// Word families of the health and legal claims rules (lexicon.ts): conditions and body functions a product may
// claim to act on, medicines it may claim to replace, verbs of acting on the body, and legal outcomes, procedures
// and promises of impunity. Matched exactly (normalized); a claim needs a verb and a condition near each other,
// a legal claim a certainty and a legal word, so each list stays a list.
import { list } from './word-lists-discrimination';

export const CONDITIONS_FR = list(`otite|otites|angine|angines|bronchite|bronchites|gastro|gastro enterite|constipation
  |ballonnements|digestion difficile|reflux|brulures d estomac|hemorroides|cystite|cystites|mycose|mycoses|herpes
  |verrues|rosacee|dermatite|urticaire|caries|gingivite|osteoporose|sciatique|tendinite|fibromyalgie|endometriose
  |menopause|bouffees de chaleur|regles douloureuses|infertilite|impuissance|troubles de l erection|prostate|thyroide
  |hypothyroidie|crise cardiaque|maladies cardiovasculaires|maladie cardiovasculaire|cardiovasculaire|triglycerides
  |glycemie|taux de sucre|surpoids|tdah|hyperactivite|dyslexie|epilepsie|sida|vih|hepatite|tuberculose|rougeole
  |varicelle|leucemie|lymphome|melanome|dementia|demence|covid long|defenses naturelles|defenses immunitaires
  |reins|rein|poumons|arteres|tension arterielle|pression arterielle|calculs renaux|goutte aux pieds|arthrite
  |rhumatismes|inflammation|inflammations|bacteries|microbes|germes|cheveux blancs|chute de cheveux|perte de cheveux
  |vergetures|acouphenes|cataracte|glaucome|myopie|troubles du sommeil|apnee du sommeil|depressions
  |brulures|coups de soleil|nausees|nausee|mal des transports|avc|risque d avc|accident vasculaire cerebral|crise d angoisse|crises d angoisse|phobies|tabagisme|sevrage
  |toxines|l organisme|votre organisme|leur organisme|memoire|la memoire|concentration|capacites cognitives|cerveau
  |vieillissement|signes de l age|signes du vieillissement|signes de vieillissement|pied d athlete|mycose des pieds
  |verrue plantaire|poux|mauvaise haleine|transpiration excessive|jambes lourdes|circulation sanguine|fertilite
  |libido|croissance des enfants|ossature|sommeil|le sommeil|troubles de la memoire`);
export const CONDITIONS_EN = list(`ear infection|ear infections|tonsillitis|strep throat|bronchitis|gastroenteritis
  |stomach bug|constipation|bloating|acid reflux|reflux|heartburn|indigestion|haemorrhoids|hemorrhoids|cystitis
  |thrush|yeast infection|herpes|cold sores|warts|rosacea|dermatitis|hives|tooth decay|cavities|gum disease|gingivitis
  |osteoporosis|sciatica|tendinitis|fibromyalgia|endometriosis|menopause|hot flushes|hot flashes|period pain
  |infertility|impotence|erectile dysfunction|prostate|thyroid|hypothyroidism|heart disease|heart attacks|burns|sunburn|scalds|nausea|morning sickness|travel sickness|motion sickness|chronic fatigue|fatigue|cardiovascular disease
  |triglycerides|blood sugar|overweight|adhd|hyperactivity|dyslexia|epilepsy|hiv|hepatitis|tuberculosis|measles
  |chickenpox|leukaemia|leukemia|lymphoma|melanoma|dementia|long covid|natural defences|natural defenses
  |immune defences|immune defenses|kidneys|kidney|lungs|arteries|kidney stones|gout|rheumatism|inflammation
  |bacteria|germs|grey hair|gray hair|hair loss|stretch marks|tinnitus|cataracts|glaucoma|sleep apnoea|sleep apnea
  |risk of stroke|stroke risk|panic attacks|phobias|colds and flu|the flu|sore throat|cough
  |coughs|sinusitis|toxins|memory|concentration|brain power|brainpower|cognitive
  |ageing|aging|signs of ageing|signs of aging|athlete foot|athletes foot|athlete's foot|verruca|verrucas|blisters|nits|head lice
  |bad breath|sweating|heavy legs|blood circulation|fertility|libido|bone density|bones|eyesight|sleep|colds`);

/** Medicines a product may claim to replace ("dites adieu aux statines", "ditch your antidepressants"). */
export const DRUGS = list(`statines|statins|antidepresseurs|antidepressants|insuline|insulin|antibiotiques|antibiotics
  |chimio|chimiotherapie|chemo|chemotherapy|ventoline|inhaler|paracetamol|ibuprofene|ibuprofen|doliprane|aspirine
  |aspirin|xanax|prozac|ritaline|ritalin|ozempic|somniferes|sleeping pills|antihistaminiques|antihistamines
  |anti inflammatoires|anti inflammatories|corticoides|steroids|vaccin|vaccins|vaccine|vaccines|ordonnance|prescription`);

/** Verbs of acting on the body, beyond the claim group's own ("fait baisser", "clears", "say goodbye to"). */
export const ACT_FR = list(`fait baisser|font baisser|abaisse|abaissent|diminue|diminuent|regule|regulent
  |normalise|normalisent|stabilise|stabilisent|dites adieu|adieu a|adieu aux|fini les|finies les|plus jamais de
  |chasse|chassent|purifie|purifient|draine|drainent|desintoxique|desintoxiquent|assainit|repare|reparent|restaure
  |restaurent|reequilibre|debouche|dissout|dissolvent|tue|tuent|detruit|detruisent|neutralise|neutralisent
  |fait maigrir|font maigrir|plus resistants aux|plus resistant aux|resistants aux|immunise|repousser|fait repousser|font repousser|reconstruit|reconstruisent|fait fondre|remplace votre|remplace vos|a la place de|au lieu de vos|au lieu de votre
  |libere|liberent|nettoient|nettoie|renforcent|stimulent|vient a bout de|viennent a bout de|debarrasse de
  |bloque|bloquent|stoppe|stoppent|arrete|inverse|inversent|ralentit|ralentissent|rajeunit|rajeunissent|booste|boostent
  |dope|dopent|ameliore|ameliorent|augmente|augmentent|optimise|optimisent|aiguise|decuple|multiplie|attrapent moins
  |tombent moins|moins de rhumes|moins malades|moins souvent malades|elimine|eliminent|evacue|evacuent`);
export const ACT_EN = list(`clears|clear up|clears up|banish|banishes|say goodbye to|goodbye to|bye bye|no more|ward off
  |wards off|fight off|fights off|beats|soothes|soothe|eases|ease|alleviates|alleviate|purifies|purify|repairs
  |repair|restores|restore|rebalances|regulates|regulate|normalises|normalizes|shrinks|dissolves|unclogs|drains
  |flushes|flush out|kills|kill|destroys|neutralises|neutralizes|ditch your|instead of your|replace your|get rid of
  |gets rid of|strengthens|strengthen|stimulates|knocks out|knock out|wipes out|wipe out|tackles|cleanses|detoxifies|disappear|vanish|make disappear|goodbye|regrow|regrows|rebuild|rebuilds|more resistant to|resistant to|immunises|immunizes
  |blocks|block|reverses|reverse|turns back|turn back|slows|slow down|rejuvenates|sharpens|enhances|enhance|increases
  |improves|boosts|catch fewer|get fewer|less often ill|fall ill less|sick less|flushes out|clears out|detoxes`);

/** Legal certainty and impunity ("sûr de gagner", "inattaquable", "no tax audit can touch you"). */
export const CERTAIN_FR = list(`sur de gagner|surs de gagner|sure de gagner|assure de gagner|assures de gagner
  |certain de gagner|certains de gagner|ne pouvez pas perdre|impossible de perdre|inattaquable|inattaquables
  |tiendra devant|tiendra face a|n importe quel juge|n importe quel tribunal|aucun juge|aucun tribunal|aucun controle
  |peut vous toucher|intouchable|intouchables|en toute impunite|aucune sanction|regle sans risque
  |100 legaux|100 legales|legal a 100|totalement legaux|parfaitement legaux|sans avocat
  |vous n aurez rien a payer|rien a craindre|ne craignez rien|aucune chance de perdre|gain de cause assure
  |gain de cause garanti|relaxe assuree|acquittement assure|il ira en prison|elle ira en prison|est un escroc
  |sont des escrocs|est un voleur|est un fraudeur|a tous les coups|vous fera gagner|la loi vous protege|aucun droit de vous|ne pourra saisir|ne pourront saisir|ne pourra rien saisir
  |vous avez parfaitement le droit|vous avez tout a fait le droit|en toute legalite|sans aucune consequence`);
export const CERTAIN_EN =
  list(`sure to win|sure of winning|certain to win|certain of winning|guaranteed to win|can't lose
  |cannot lose|can not lose|bound to win|unassailable|watertight|bulletproof|will hold up|hold up in any|any court
  |any judge|no judge|no tax audit|can touch you|can't touch you|untouchable|impunity|no penalty
  |no penalties|zero legal risk|legally bulletproof|no need for a lawyer|don't need a lawyer|without a lawyer
  |nothing to fear|nothing to pay|win your case|winning your case|will be convicted|will be jailed|is a crook|is a fraud
  |is a thief|are crooks|every single time|wins every time|will win you|the law protects you|the law fully protects you|no right to evict|can seize|can't seize|cannot seize|will never seize
  |you have every right|you are fully within your rights|fully within your rights|no consequences|legally can't`);
export const LEGAL_FR = list(`controle fiscal|controles fiscaux|fisc|urssaf|divorce|contentieux
  |recours|redressement fiscal|sanction|sanctions|condamnation|acquitte|acquittement|cour d appel|cassation
  |huissier|inspection du travail|gendarmerie|impots|administration fiscale|cnil|dgccrf
  |expulser|expulsion|proprietaire|bailleur|procureur|mise en examen|garde a vue|jugement|prudhommes|prud hommes|penal|au penal|fraude
  |la loi|legalement|vos droits|tes droits`);
export const LEGAL_EN = list(`tax audit|irs|hmrc|divorce|proceedings|litigation|appeal court|court of appeal
  |supreme court|bailiff|bailiffs|tax office|taxman|the taxman|evict|eviction|landlord|appeal|prosecutor|prosecution|indictment
  |employment tribunal|conviction|convicted|acquitted|penalty|penalties|sanctions|regulator|fca
  |ftc|lawsuit|lawsuits|the law|uk law|eu law|french law|consumer law|legally`);

/** Weight and doctor promises, enough alone ("fait maigrir sans effort", "keeps the doctor away"). */
export const BODY_PROMISES =
  list(`fait maigrir sans effort|maigrir sans effort|perdre du poids sans effort|mincir sans effort
  |brule les graisses|brulent les graisses|brule graisse|fait fondre les graisses|plus besoin de medecin|plus besoin du medecin
  |fini le medecin|lose weight without|weight loss without|melts fat|melts belly fat|burns fat|fat burning|fat burner
  |keeps the doctor away|keep the doctor away|no more doctor|no need for a doctor|no more trips to the doctor
  |supports your immune system|support your immune system|supports the immune system|supports immunity
  |supports immune health|soutient le systeme immunitaire|soutient vos defenses immunitaires|soutient l immunite
  |soutient votre immunite|renforce les defenses immunitaires|renforce vos defenses immunitaires`);

/** Legal advice given as certain ("la loi est de votre côté", "UK law guarantees you can…"): enough alone. */
export const LEGAL_ADVICE =
  list(`la loi est de votre cote|la loi est de ton cote|la loi est avec vous|la loi est pour vous
  |la loi vous garantit|la loi garantit que vous|la loi vous autorise a|la loi vous permet de|la loi dit que vous pouvez
  |le droit est de votre cote|legalement vous pouvez|legalement vous avez le droit|vous etes dans votre bon droit
  |the law is on your side|the law is with you|law guarantees you|law guarantees that you|the law says you can
  |the law lets you|the law allows you to|legally you can|you are legally entitled to keep|you're legally entitled to keep
  |law says you can keep|you can legally keep|vous pouvez legalement garder`);

/** Acting on a level or a number of the body ("aide à faire baisser le cholestérol", "brings down blood sugar"). */
export const LOWER =
  list(`faire baisser|aide a faire baisser|aident a faire baisser|faire chuter|fait chuter|font chuter
  |faire diminuer|fait diminuer|abaisser|reduire|diminuer|reguler|equilibrer|equilibre|normaliser|stabiliser
  |faire fondre|faire disparaitre|renforcer|booster|stimuler|proteger|soulager|apaiser|ameliorer|purifier|detoxifier
  |soigner|guerir|prevenir|combattre|eliminer|baisse|baisser|bring down|brings down|bringing down|helps lower
  |help lower|helps reduce|help reduce|drop your|drops your|slash your|slashes|balance your|balances|keeps in check
  |keep in check|in check|supercharges|supercharge|strengthen your|support your immune|supports your immune
  |supports healthy|support healthy|maintain healthy|maintains healthy`);
export const LEVELS = list(`cholesterol|mauvais cholesterol|bad cholesterol|ldl|glycemie|taux de glycemie|taux de sucre
  |sucre dans le sang|blood sugar|blood sugar levels|blood glucose|tension arterielle|blood pressure|triglycerides
  |insulin resistance|resistance a l insuline|inflammation|immunite|immunity|immune system|systeme immunitaire
  |defenses immunitaires|metabolisme|metabolism|body fat|belly fat|digestion|testosterone|thyroid|thyroide`);

/** Weight loss with a number and a unit: a loss verb a few words before the unit ("lose up to 7 lbs"). */
export const LOSS = list(`lose|loses|losing|lost|shed|sheds|shedding|burn|burns|perdez|perdre|perdu
  |perdue|perdent|perdrez|perdront|perte de|maigrir de|mincir de|fondre de|eliminez|eliminer|en moins|melt|melts
  |melt away|get rid of|goodbye to|adieu a|dites adieu a`);
/** "2 kg of flour", "3 kilos de pommes": an amount of something, not of the body. */
export const AMOUNT_OF = list(`kg of|kgs of|kilos of|lbs of|pounds of|kg de|kilos de|livres de|grammes de`).map(
  (u) => `{n} ${u}`,
);
export const WEIGHT_UNITS = list(`lbs|lb|pounds|kg|kgs|kilo|kilos|kilogrammes|stone|livres|dress sizes|dress size
  |tailles|inches|pouces|cm|centimetres|jean sizes|belt notches`)
  .map((u) => `{n} ${u}`)
  // Glued to the number: "7lbs", "5kg".
  .concat(Array.from({ length: 40 }, (_, i) => ['kg', 'kgs', 'kilos', 'lbs', 'lb'].map((u) => `${i + 1}${u}`)).flat());

/** Predicting a case's outcome ("on va gagner ce procès", "we'll win this lawsuit"): a win or lose near a case. */
export const WIN = list(`on va gagner|nous allons gagner|on gagnera|nous gagnerons|vous allez gagner|vous gagnerez
  |tu vas gagner|tu gagneras|allons gagner|va gagner|vont gagner|gagnera|gagneront|on va perdre|va perdre|vont perdre
  |perdra|perdront|on l emporte|on l emportera|l emportera|va l emporter|allons l emporter|va etre condamne
  |va etre condamnee|vont etre condamnes|sera relaxe|sera relaxee|sera acquitte|we'll win|we will win|we're going to win
  |we are going to win|we re gonna win|gonna win|going to win|will win|you'll win|you will win|they'll lose|they will lose
  |will lose|going to lose|gonna lose|we'll beat them|we will beat them|will be convicted|will be acquitted|will walk free
  |we've already won|already won|on va le gagner|nous allons le gagner|on le gagnera|nous le gagnerons|va le perdre
  |vont le perdre|vont la perdre|nous donnera raison|nous donneront raison|va nous donner raison|donnera raison
  |will rule for us|will rule in our favour|will rule in our favor|will side with us|will find in our favour
  |will find for us|we'll win it|we will win it|they'll lose it|they will lose it`);
export const SUIT =
  list(`proces|ce proces|le proces|tribunal|au tribunal|devant le tribunal|en justice|en appel|en cassation
  |aux prud hommes|prud hommes|prudhommes|jugement|litige|affaire judiciaire|plainte|lawsuit|this lawsuit|the lawsuit
  |lawsuits|in court|the court|the courts|the court case|court case|court battle|legal battle|bataille judiciaire|on appeal|the appeal
  |this appeal|at tribunal|the tribunal|employment tribunal|the trial|this trial|the verdict|le verdict|the hearing
  |l audience|the judge|le juge`);

/** The law given as the reason for advice ("…, c'est la loi", "that's the law", "legally entitled to skip rent"). */
export const LAW_SAYS = list(`c est la loi|c est la loi point|la loi l autorise|la loi le permet|la loi vous y autorise
  |c est legal|vous en avez le droit|vous etes en droit de|tu es en droit de|legalement en droit de
  |votre droit le plus strict|the law says so|that's the law|it's the law|that is the law|it is the law
  |the law allows it|legally entitled|it's your legal right|you have the legal right|perfectly within your rights
  |the law backs you`);
/** What such advice is about: rent, deposits, employers, fines, taxes, and not paying. */
export const ADVICE = list(`loyer|loyers|caution|depot de garantie|proprio|proprietaire|bailleur|locataire|bail|preavis
  |ne payez pas|ne paie pas|ne payez plus|ne pas payer|arretez de payer|refusez de payer|employeur|patron
  |amende|amendes|pv|contravention|contraventions|impots|redevance|landlord|rent|deposit|tenant|lease|skip|withhold
  |stop paying|don't pay|do not pay|refuse to pay|employer|fines|parking ticket|speeding ticket|council tax
  |tv licence|notice period`);

/**
 * Sayings ("c'est la loi du marché", "the law of the jungle"), courts that are places ("food court"), figurative cures ("cures the Monday blues", "le
 * remède à la flemme"): not health or legal claims.
 */
export const FIGURATIVE_CURES =
  list(`c est la loi du|c est la loi de|c est la loi des|the law of|that's the law of|it's the law of|food court
  |food courts|tennis court|tennis courts|basketball court|basketball courts|padel court|squash court|court de tennis
  |cures the monday blues|cure the monday blues|cure for the monday blues|cures the blues
  |cures the winter blues|cure for the blues|cures boredom|cure for boredom|cures the sunday scaries|guerit le blues
  |guerit le blues du lundi|soigne le blues|remede au blues|remede contre le blues|remede a la flemme|guerit la flemme
  |soigne la flemme|remede contre l ennui|guerit l ennui`);
