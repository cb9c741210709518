// Tenth round of the health claims rules (`withHealth10`, laid over HEALTH_LEGAL_RULES with extendRules):
// - many more conditions a product can be said to prevent or treat (joined to `disease`: children's conditions
//   such as "otite", "scoliose", "pieds plats", "bronchiolitis", joints, heart, skin, digestion, sleep, eyes,
//   hormones, infections, cancers by site), leaving out names that are also everyday words ("stress", "fatigue",
//   "fracture") or that name people the brand welcomes ("autisme", "dyslexia", "deafness");
// - prevention and testimony as claims ("n'a plus jamais eu d'otite depuis qu'il porte", "never develop
//   scoliosis"), natural defences, weight loss said plainly ("perdez du poids", "lose weight"), a weight within a
//   time ("-5 kg en 2 semaines") and an authority's approval ("approuvé par la FDA").
import type { CategoryRules } from './lexicon';
import { exact, list } from './word-lists-discrimination';
import { extendRules } from './rule-extension';

/** Conditions the earlier lists lacked (joined to `disease`). */
const CONDITIONS_10 =
  list(`coliques|coliques du nourrisson|colique du nourrisson|poussée dentaire|douleurs dentaires|mal de dents
  |maux de dents|laryngite|laryngites|faux croup|croup|otite|otites|otite moyenne|infection de l'oreille
  |mal d'oreille|bronchiolite|bronchiolites|bronchite|bronchites|scoliose|scolioses|pieds plats|pied plat|pied bot
  |jambes arquées|genoux cagneux|érythème fessier|poux|énurésie|énurésie nocturne|pipi au lit|varicelle|rougeole
  |rubéole|oreillons|scarlatine|coqueluche|syndrome pieds-mains-bouche|gastro-entérite|gastroentérite
  |croûtes de lait|impétigo|verrue|verrues|verrue plantaire|plagiocéphalie|syndrome de la tête plate|torticolis
  |régurgitations|reflux gastro-œsophagien|reflux gastro-oesophagien|strabisme|vers intestinaux|angine|angines
  |rhinopharyngite|conjonctivite|troubles du sommeil|dysplasie de la hanche|arthrose|arthrite
  |polyarthrite rhumatoïde|rhumatismes|tendinite|tendinites|tennis elbow|syndrome du canal carpien|canal carpien
  |douleurs articulaires|douleur articulaire|ostéoporose|fibromyalgie|spondylarthrite ankylosante|sciatique|lumbago
  |lombalgie|cervicalgie|mal de dos|maux de dos|mal au dos|douleurs lombaires|hernie discale|douleurs chroniques
  |courbatures|entorse|entorses|luxation|déchirure musculaire|fasciite plantaire|rupture des ligaments croisés
  |pubalgie|fracture de fatigue|commotion cérébrale|douleurs musculaires|hypertension|hypertension artérielle
  |cholestérol|infarctus|crise cardiaque|crises cardiaques|insuffisance cardiaque|arythmie|fibrillation auriculaire
  |palpitations|avc|accident vasculaire cérébral|athérosclérose|thrombose|phlébite|varices|varice|jambes lourdes
  |mauvaise circulation|maladies cardiovasculaires|maladies cardiaques|maladies du cœur|maladies du coeur|anémie
  |carence en fer|diabète|diabète de type 1|diabète de type 2|diabète gestationnel|hyperglycémie|hypoglycémie
  |résistance à l'insuline|obésité|surpoids|hypothyroïdie|hyperthyroïdie|goitre|eczéma|dermatite atopique|psoriasis
  |acné|acné rosacée|rosacée|urticaire|mycose|mycoses|pied d'athlète|herpès|bouton de fièvre|boutons de fièvre|zona
  |vitiligo|vergetures|démangeaisons|gale|transpiration excessive|engelures|gerçures|escarres|ulcère|ulcères
  |furoncle|ongle incarné|alopécie|chute de cheveux|calvitie|mélanome|insomnie|insomnies|apnée du sommeil
  |apnées du sommeil|ronflement|ronflements|syndrome des jambes sans repos|sueurs nocturnes|reflux gastrique
  |brûlures d'estomac|aigreurs d'estomac|gastrite|ulcère gastrique|ballonnements|flatulences|constipation|diarrhée
  |diarrhées|syndrome de l'intestin irritable|côlon irritable|maladie de crohn|rectocolite hémorragique
  |maladie cœliaque|maladie coeliaque|intolérance au gluten|intolérance au lactose|indigestion|nausées|vomissements
  |mal des transports|mal de mer|hernie hiatale|diverticulite|appendicite|calculs biliaires|hépatite|hépatite b
  |hépatite c|cirrhose|pancréatite|hémorroïdes|candidose|intestin perméable|intoxication alimentaire|mal de ventre
  |maux de ventre|mal au ventre|douleurs abdominales|maux d'estomac|infection urinaire|infections urinaires|cystite
  |cystites|incontinence|incontinence urinaire|fuites urinaires|calculs rénaux|coliques néphrétiques
  |insuffisance rénale|prostatite|hypertrophie de la prostate|vessie hyperactive|mycose vaginale
  |vaginose bactérienne|sécheresse vaginale|dysfonction érectile|troubles de l'érection|éjaculation précoce
  |infertilité|baisse de libido|cataracte|glaucome|dmla|dégénérescence maculaire|myopie|presbytie|hypermétropie
  |astigmatisme|sécheresse oculaire|yeux secs|œil sec|oeil sec|fatigue oculaire|fatigue visuelle
  |rétinopathie diabétique|décollement de rétine|acouphènes|acouphène|bouchon de cérumen|maladie de ménière
  |maladie d'alzheimer|alzheimer|démence|troubles de la mémoire|perte de mémoire|troubles cognitifs|déclin cognitif
  |maladie de parkinson|parkinson|sclérose en plaques|sclérose latérale amyotrophique|maladie de charcot|épilepsie
  |crises d'épilepsie|migraine|migraines|céphalées|mal de tête|maux de tête|neuropathie|neuropathie diabétique
  |paralysie faciale|méningite|syndrome de fatigue chronique|covid long|dépression nerveuse|dépression post-partum
  |dépression saisonnière|syndrome dépressif|trouble anxieux|troubles anxieux|anxiété généralisée|crise d'angoisse
  |crises d'angoisse|attaques de panique|crises de panique|burn-out|trouble bipolaire|troubles bipolaires
  |schizophrénie|troubles obsessionnels compulsifs|stress post-traumatique|syndrome de stress post-traumatique
  |anorexie|anorexie mentale|boulimie|troubles alimentaires|troubles du comportement alimentaire|cancer du sein
  |cancer de la prostate|cancer du poumon|cancer colorectal|cancer du côlon|cancer de la peau
  |cancer du col de l'utérus|cancer de l'ovaire|cancer du pancréas|cancer de la thyroïde|cancer du sang|leucémie
  |lymphome|tumeur cérébrale|métastases|covid-19|coronavirus|sinusite|sinusites|pneumonie|tuberculose|pharyngite
  |mononucléose|vih|sida|infections sexuellement transmissibles|chlamydia|syphilis|hpv|herpès génital
  |maladie de lyme|paludisme|malaria|dengue|tétanos|infection virale|infections virales|infections bactériennes
  |infections respiratoires|infections hivernales|variole du singe|mpox|polio|fièvre jaune|rhinite
  |rhinite allergique|rhume des foins|allergie alimentaire|allergies alimentaires|allergie aux pollens
  |allergies saisonnières|choc anaphylactique|asthme|crise d'asthme|crises d'asthme|bpco|mucoviscidose|toux
  |toux sèche|toux grasse|mal de gorge|maux de gorge|nez bouché|nez qui coule|congestion nasale|syndrome grippal
  |syndrome prémenstruel|règles douloureuses|douleurs menstruelles|endométriose|syndrome des ovaires polykystiques
  |sopk|bouffées de chaleur|fibrome|fibromes|kyste ovarien|mastite|troubles hormonaux|déséquilibre hormonal
  |dérèglement hormonal|andropause|nausées matinales|nausées de grossesse|prééclampsie|pré-éclampsie
  |engorgement mammaire|diastasis des grands droits|descente d'organes|prolapsus|sciatique de grossesse
  |rétention d'eau|œdème|oedème|mauvaise haleine|halitose|caries|carie|gingivite|parodontite|dents sensibles|aphte
  |aphtes|abcès dentaire|gencives qui saignent|sécheresse buccale|drépanocytose|maladie de raynaud
  |maladies auto-immunes|inflammation|inflammations|pieds gonflés|douleurs de croissance|hernie|colic|infant colic
  |teething pain|ear infection|ear infections|otitis media|glue ear|earache|bronchiolitis|whooping cough|chickenpox
  |chicken pox|measles|mumps|rubella|scarlet fever|hand foot and mouth disease|scoliosis|flat feet|fallen arches
  |bow legs|bowlegs|knock knees|clubfoot|flat head syndrome|hip dysplasia|nappy rash|diaper rash|cradle cap
  |head lice|bedwetting|bed-wetting|enuresis|tonsillitis|strep throat|sore throat|conjunctivitis|pink eye|stye
  |lazy eye|jaundice|milk allergy|lactose intolerance|night terrors|molluscum|verruca|impetigo|arthritis
  |osteoarthritis|rheumatoid arthritis|joint pain|tendinitis|tendonitis|frozen shoulder|carpal tunnel syndrome
  |osteoporosis|fibromyalgia|lupus|back pain|backache|lower back pain|neck pain|sciatica|slipped disc
  |herniated disc|muscle pain|muscle aches|sore muscles|muscle cramps|sprain|sprained ankle|torn acl|meniscus tear
  |pulled muscle|shin splints|plantar fasciitis|heel spurs|achilles tendinitis|runner's knee|it band syndrome
  |rotator cuff injury|stress fracture|concussion|whiplash|bunions|ingrown toenail|nail fungus|toenail fungus
  |chronic pain|nerve pain|high blood pressure|low blood pressure|high cholesterol|cholesterol|heart disease
  |cardiovascular disease|heart attack|heart attacks|heart failure|arrhythmia|atrial fibrillation|afib|angina
  |atherosclerosis|blood clots|deep vein thrombosis|varicose veins|poor circulation|heavy legs|swollen ankles|edema
  |oedema|anaemia|anemia|iron deficiency|diabetes|type 1 diabetes|type 2 diabetes|gestational diabetes|prediabetes
  |high blood sugar|low blood sugar|hyperglycemia|hyperglycaemia|hypoglycemia|hypoglycaemia|insulin resistance
  |obesity|hypothyroidism|hyperthyroidism|underactive thyroid|overactive thyroid|eczema|rosacea|acne|dermatitis
  |atopic dermatitis|excessive sweating|itchy skin|skin rash|rashes|skin infections|fungal infections
  |yeast infection|candida|herpes|genital herpes|cold sores|cold sore|fever blisters|athlete's foot|ringworm
  |scabies|melanoma|skin cancer|cellulitis|bedsores|chilblains|alopecia|hair loss|male pattern baldness|baldness
  |dandruff|itchy scalp|stretch marks|pimples|insomnia|sleep apnea|sleep apnoea|snoring|restless legs syndrome
  |narcolepsy|sleep disorders|teeth grinding|night sweats|acid reflux|heartburn|gerd|gastritis|stomach ulcers
  |ulcers|ulcer|bloating|flatulence|diarrhoea|diarrhea|ibs|irritable bowel syndrome|crohn's disease|crohn's
  |ulcerative colitis|celiac disease|coeliac disease|gluten intolerance|leaky gut|nausea|vomiting|motion sickness
  |travel sickness|seasickness|morning sickness|stomach ache|stomachache|tummy ache|stomach cramps|abdominal pain
  |gastroenteritis|stomach flu|food poisoning|gallstones|appendicitis|hepatitis|fatty liver disease|cirrhosis
  |hemorrhoids|haemorrhoids|uti|urinary tract infection|bladder infection|cystitis|urinary incontinence
  |overactive bladder|kidney stones|kidney disease|enlarged prostate|bacterial vaginosis|vaginal dryness
  |erectile dysfunction|impotence|premature ejaculation|infertility|low libido|low testosterone|cataracts|glaucoma
  |macular degeneration|myopia|nearsightedness|farsightedness|presbyopia|astigmatism|dry eyes|eye strain
  |diabetic retinopathy|tinnitus|ringing in the ears|alzheimer's|alzheimer's disease|dementia|memory loss
  |cognitive decline|brain fog|parkinson's|parkinson's disease|multiple sclerosis|motor neurone disease|epilepsy
  |seizures|tension headaches|neuropathy|meningitis|chronic fatigue syndrome|long covid|postnatal depression
  |postpartum depression|seasonal affective disorder|anxiety disorder|generalized anxiety disorder|panic attacks
  |panic attack|obsessive compulsive disorder|ptsd|post-traumatic stress disorder|bipolar disorder|schizophrenia
  |eating disorders|eating disorder|anorexia|bulimia|breast cancer|prostate cancer|lung cancer|colon cancer
  |colorectal cancer|bowel cancer|cervical cancer|ovarian cancer|pancreatic cancer|thyroid cancer|leukaemia
  |leukemia|lymphoma|brain tumour|brain tumor|influenza|common cold|chest infection|respiratory infections
  |sinusitis|sinus infection|pneumonia|bronchitis|tuberculosis|laryngitis|glandular fever|mononucleosis|hiv
  |sexually transmitted infections|gonorrhea|lyme disease|viral infections|bacterial infections|food allergies
  |food allergy|peanut allergy|hay fever|hayfever|allergic rhinitis|rhinitis|anaphylaxis|asthma|asthma attack
  |asthma attacks|copd|cystic fibrosis|dry cough|wheezing|blocked nose|stuffy nose|runny nose|nasal congestion
  |premenstrual syndrome|period pain|menstrual cramps|painful periods|endometriosis|pcos|polycystic ovary syndrome
  |hot flashes|hot flushes|fibroids|hormonal imbalance|irregular periods|mastitis|preeclampsia|pre-eclampsia
  |diastasis recti|prolapse|hyperemesis gravidarum|sore nipples|water retention|sickle cell disease
  |raynaud's disease|autoimmune disease|chronic fatigue|gum disease|periodontitis|gingivitis|bleeding gums
  |tooth decay|toothache|sensitive teeth|dry mouth|mouth ulcers|canker sores|bad breath|hernia
  |vos défenses|vos défenses naturelles|défenses naturelles|défenses immunitaires|leurs défenses|ses défenses
  |your defences|your defenses|natural defences|natural defenses|immune defences|immune defenses|their defences`);

/** Prevention and testimony, read before or after a condition (joined to `claim`). */
const CLAIM_10 = list(`n auront jamais|n aura jamais|n auront plus jamais|n aura plus jamais|n a plus jamais eu
  |n ont plus jamais eu|n a jamais eu|n ont jamais eu|n ai plus jamais eu|plus jamais de|plus jamais d|never get
  |never gets|never got|never develop|never develops|never had|hasn't had|haven't had|has not had|no more|dites adieu
  |say goodbye to|éloigne|éloignent|wards off|ward off|keeps away|keep away|corrige|corrigent|corrects|straightens
  |redresse|redressent|strengthens|strengthen|fights off|fight off|banishes|banish|soothes|soothe|helps heal
  |helps cure|speeds recovery|accélère la guérison|accélèrent la guérison|depuis qu il porte|depuis qu elle porte
  |depuis qu ils portent|depuis qu il mange|depuis qu elle mange|depuis qu ils mangent|depuis que je porte
  |depuis que je mange|since he started|since she started|since they started|since i started|since wearing
  |since eating|since switching to`);

/** Enough alone: weight loss promised, a weight within a time, an authority's approval. */
const STRONG_10 = list(`perdez du poids|perdre du poids grâce|perdre du poids avec|perdez des kilos|perdez vos kilos
  |lose weight with|lose weight fast|lose weight while|lose the weight|shed the pounds|shed pounds|drop pounds
  |drop the pounds|brûle graisses|brûle graisse|brûleur de graisse|brûleurs de graisse|crème amincissante
  |gel amincissant|effet minceur garanti|minceur garantie|fat burner|fat burners|{n} kg en {n} semaines
  |{n} kg en {n} jours|{n} kg en {n} mois|{n} kg en un mois|{n} kg en une semaine|{n} kilos en {n} semaines
  |{n} kilos en {n} jours|{n} kilos en {n} mois|{n} kilos en un mois|{n} kg in {n} weeks|{n} kg in {n} days
  |{n} kg in a month|{n} kilos in {n} weeks|{n} kilos in a month|{n} lbs in {n} weeks|{n} lbs in {n} days
  |{n} lbs in a week|{n} pounds in {n} weeks|{n} pounds in {n} days|{n} pounds in a week|{n} stone in {n} weeks
  |approuvé par la fda|approuvée par la fda|approuvés par la fda|validé par la fda|validée par la fda
  |homologué par la fda|agréé par la fda|fda approved|approved by the fda|fda cleared|cleared by the fda
  |validé par l ansm|approuvé par l ansm|recommandé par l ansm|nhs approved|approved by the nhs`);
/** Enough alone, second part: a result promised on the body, fertility, a cause of cancer, a legal shield. */
const STRONG_10B =
  list(`perte de poids assurée|perte de poids garantie|minceur assurée|weight loss guaranteed|guaranteed weight loss
  |brûler {n} fois plus de graisses|brûle {n} fois plus de graisses|burn {n}x more fat|burns {n}x more fat|burn twice as much fat
  |brûler deux fois plus de graisses|posture corrigée|corrige la posture|corrige sa posture|fixed my daughter's posture
  |fixed my son's posture|fixes posture|fixes your posture|corrects posture|inches slimmer|centimètres en moins en
  |gets you pregnant|vous fait tomber enceinte|tomber enceinte en {n}|doubles sperm count|double la fertilité
  |immune to every|immune to all|immunisé contre tous|immunisés contre tous|validée par l ansm|approuvée par l ansm
  |validés par l ansm|which cause cancer|that cause cancer|qui donnent le cancer|qui causent le cancer|causent le cancer
  |le fisc n y verra que du feu|hmrc can't check|hmrc won't check|the taxman will never know|le fisc ne saura rien
  |nobody will ever sue you|personne ne vous sanctionnera|personne ne vous poursuivra|any claim will fail
  |aucun recours ne marchera|vous n avez aucun recours|you have no rights whatsoever|no rights whatsoever
  |legally we're not liable|juridiquement on n est pas responsables|la loi interdit tout remboursement
  |the law bans any refund|on n a jamais perdu un dossier|we've never lost a case|never lost a case|une vue parfaite en
  |vue parfaite en {n}|restore perfect sight|restores perfect sight|perfect sight in {n}|plus besoin de lunettes
  |no more glasses|no need for glasses|no need for your glasses`);
/** Claims, second part: gone for good, a barrier against a disease. */
const CLAIM_10B = list(`gone forever|gone for good|make them disappear|makes them disappear|makes it disappear
  |disparu pour toujours|l a fait disparaître|barrier against|barrière contre|bouclier contre|shield against`);
/** A treatment put aside (with the ninth round's `h9meds`), and more of what can be put aside. */
const SKIP_MED_10 = list(`arrêtez vos|arrêtez votre|arrête tes|arrête ton|stop your|stop taking your|throw away your`);
const MEDS_10 = list(`statines|vos statines|your statins|appareils auditifs|your hearing aids|metformine|metformin
  |vos médicaments|your pills`);
/** What a court will do (with `legal`), and more legal words. */
const CERTAIN_10 = list(`will be prosecuted|will be convicted|will all be convicted|sera poursuivie|sera poursuivi
  |seront poursuivis|seront condamnés|sera condamnée|victoire assurée|acquise à coup sûr`);
const LEGAL_10 = list(`contrefaçon|counterfeit|diffamation|defamation|fraudsters|escrocs|prud hommes|garde des enfants
  |custody`);

/** Not a promise: "pas besoin de perdre du poids pour porter nos maillots". */
const NEGATIVE_10 = list(`pas besoin de perdre du poids|nul besoin de perdre du poids|sans perdre du poids
  |no need to lose weight|don't need to lose weight|without losing weight|not about losing weight`);

/** The health rules with this round's lists. */
export function withHealth10(base: CategoryRules): CategoryRules {
  return extendRules(base, {
    groups: {
      disease: { fr: exact(CONDITIONS_10) },
      claim: { fr: exact(CLAIM_10, CLAIM_10B) },
      strong: { fr: exact(STRONG_10, STRONG_10B) },
      h9skipMed: { fr: exact(SKIP_MED_10) },
      h9meds: { fr: exact(MEDS_10) },
      certain: { fr: exact(CERTAIN_10) },
      legal: { fr: exact(LEGAL_10) },
    },
    negative: { fr: exact(NEGATIVE_10) },
  });
}
