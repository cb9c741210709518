// Fourth round of families (lexicon.ts, lexicon-health.ts, lexicon-confidential.ts), by construction rather than
// by sentence: a leader's surname next to a policy word ("Streeting's offer", "la réforme Lecornu"), a seat of
// power in a policy context ("Westminster … VAT"), a party at a poll score ("le RN à 35"), a march against a plan;
// a miracle told of "a guy who…" (mocking a founder); an animal insult aimed at a person; a product that corrects
// a condition ("corrige les pieds plats") or replaces a carer ("who needs a podiatrist when…"); impunity ("no
// supplier can take you to court"); an accusation that a trial "will prove"; a lost contract, a float and a
// prospectus as market-sensitive topics. Matched exactly (normalized).
import { list } from './word-lists-discrimination';

/**
 * Surnames of current heads of government, ministers and party leaders of France, Belgium, Switzerland, Québec and
 * Canada, the UK, the US and the EU, written with a capital (`^Carney`): politics only next to a policy word
 * (`POLICY`), so a customer called Rubio or a street named after Lammy stays clean. Surnames that are brands or
 * common words (Ford, Costa, Jambon, Champagne, Cassis, Lombard, Cooper, Johnson, Sturgeon, Albanese, Roussel) are
 * left out, and so are names already strong alone (Macron, Trump: word-lists-politics.ts and lexicon.ts).
 */
export const LEADER_SURNAMES =
  list(`Barrot|Dati|Vautrin|Montchalin|Tondelier|Bompard|Panot|Bregeon|Forissier|Rebsamen|Genevard
  |Pannier Runacher|Kasbarian|Guerini|Vallaud|Bouchez|Francken|Magnette|Vandenbroucke|Dermine
  |Van Peteghem|Clarinval|Keller Sutter|Parmelin|Baume Schneider|Berset|Blocher|Carney|Freeland
  |Legault|Plamondon|Frechette|Guilbault|Drainville|Reeves|Rayner|Lammy|Streeting|Miliband
  |Phillipson|Nandy|Jenrick|Truss|Braverman|Swinney|Sarwar|Polanski|Gove|Philp|McFadden|Vance
  |Rubio|Bessent|Lutnick|Noem|Leavitt|Jeffries|Mamdani|Walz|Pritzker|Whitmer|Kallas|Metsola|Sejourne
  |Merz|Tusk|Schoof|Frederiksen|Stubb`).map((w) => `^${w}`);

/** What a leader makes or does: "Streeting's offer", "Carney's first hundred days", "la réforme Lecornu". */
export const POLICY = list(`offer|plan|plans|policy|policies|budget|budgets|reform|reforms|bill|cuts|tax|taxes
  |tariff|tariffs|deal|proposal|proposals|government|cabinet|administration|first hundred days|first 100 days
  |hundred days|100 days|speech|u turn|manifesto|agenda|pledge|pledges|promise|promises|levy|scheme|crackdown
  |shutdown|mini budget|spending review|autumn statement|spring statement|immigration rules|pay offer|pay deal
  |reforme|reformes|projet de loi|gouvernement|loi|decret|decrets|mesure|mesures|annonce|annonces|taxe|taxes
  |politique|cent premiers jours|100 premiers jours|premiers cent jours|remaniement|programme|promesse|promesses
  |equipe gouvernementale|discours|bouclier|cabinet|executif|majorite|coalition|camp|targets|target|law|laws|rules
  |comments|remarks|statement|mandate|record|tenure|strategy|decision|decisions|ban|bans|orders|executive order
  |deportations|reformes|declarations|propos|mandat|bilan|strategie|decision|interdiction`);

/** Seats of power, with a capital (`^Westminster`): politics in a policy or criticism context (`SEAT_CONTEXT`). */
export const SEATS = list(`Westminster|Whitehall|Holyrood|Stormont|Senedd|Capitol Hill|Ottawa|Parliament Hill
  |Matignon|Elysee|Bercy|Beauvau|Palais Bourbon|Palais federal|Bundeshaus|Rue de la Loi
  |Downing Street|the Beltway|Assemblee nationale`).map((w) => `^${w}`);
export const SEAT_CONTEXT = list(`vat|tax|taxes|tva|impot|impots|taxe|duty|duties|levy|explain why|explain to us
  |can someone explain|someone explain|quelqu un peut expliquer|qui peut expliquer|expliquez nous|explain how
  |policy|rules|regle|regles|law|loi|bill|reform|reforme|budget
  |pensions|retraites|benefits|allocations|tariffs|droits de douane|cuts|coupes|decide|decided|decident|ont decide
  |voted|a vote|ont vote|wake up|reveillez vous|out of touch|deconnecte|deconnectes|hors sol|business rates
  |energy bills|cost of living|minimum wage|national insurance|employer contributions|hasn't fixed|still hasn't
  |still won't|charges patronales|cotisations|cout de la vie|prix de l energie`);

/** A party at a poll score: "le RN à 35", "Reform on 31", "Labour at 20" (a road "RN à 80 km" is a negative). */
export const POLL_SCORES = list(`^RN a {n}|^LFI a {n}|^PS a {n}|^LR a {n}|^RN est a {n}|^RN pointe a {n}
  |^RN grimpe a {n}|^Reform on {n}|^Reform at {n}|^Labour on {n}|^Labour at {n}|^Tories on {n}|^Tories at {n}
  |^Conservatives on {n}|^Conservatives at {n}|^SNP on {n}|^SNP at {n}|^Greens on {n}|^Greens at {n}|^NDP at {n}
  |^NPD a {n}|^PQ a {n}|^CAQ a {n}|^N VA a {n}|^UDC a {n}|^AfD at {n}|^AfD a {n}|^Democrats at {n}|^Republicans at {n}
  |^PVV at {n}|^NDP on {n}|^Liberals at {n}|^Liberals on {n}|^Conservateurs a {n}|^liberaux a {n}`);

/** A march or strike against a plan or law: "march against the Rwanda plan", "grève contre la réforme". */
export const PROTEST =
  list(`march against|marching against|marches against|rally against|rallies against|protest against
  |protesting against|protests against|strike against|striking against|walk out against|walking out against
  |walkout against|demonstrate against|demonstration against|marche contre|marcher contre|manifestation contre
  |manifester contre|manifestons contre|manif contre|greve contre|en greve contre|mobilisation contre|defiler contre
  |rassemblement contre`);
export const PROTESTED = list(`plan|bill|reform|reforms|law|laws|cuts|scheme|policy|tax|deportations|deportation
  |reforme|loi|projet de loi|coupes|taxe|expulsions|budget|decret|mesures`);
/** Named policies and schemes, enough alone. */
export const NAMED_POLICIES = list(`rwanda plan|rwanda scheme|rwanda policy|rwanda bill|rwanda deal|rwanda flights
  |stop the boats|small boats week|one in one out deal|big beautiful bill|one big beautiful bill|liberation day tariffs
  |windsor framework|bedroom tax|poll tax|two child benefit cap|two child limit|winter fuel payment cut
  |winter fuel payments cut|family farm tax|private school vat|vat on private schools|non dom tax|triple lock
  |carbon tax rebate|consumer carbon tax|loi plein emploi|loi kasbarian|loi sapin|loi pacte|loi egalim|reforme touraine
  |retraite a 64 ans|retraites a 64 ans|annee blanche|taxe zucman|impot zucman|loi 96|loi 21|projet de loi 96
  |dogecoin cuts|project 2025|inflation reduction act|obamacare repeal`);

/** Miracles told of someone (religion when mocking: "un type qui marchait sur l'eau", "a guy who turned water into wine"). */
export const MIRACLES =
  list(`marchait sur l eau|marche sur l eau|a marche sur l eau|marcher sur l eau|marchait sur les eaux
  |changeait l eau en vin|change l eau en vin|a change l eau en vin|changer l eau en vin|transformait l eau en vin
  |transforme l eau en vin|a transforme l eau en vin|multipliait les pains|a multiplie les pains|multiplie les pains
  |ressuscitait les morts|ressuscite les morts|a ressuscite lazare|est ressuscite au bout de trois jours|ressuscite au bout de trois jours
  |est revenu d entre les morts|revenu d entre les morts|a ouvert la mer rouge|ouvrait la mer rouge|a separe la mer
  |separait la mer|a fendu la mer|fendait la mer|parlait a un buisson|parle a un buisson|parlait a un buisson en feu
  |a fendu la lune|fendait la lune|est monte au ciel sur un cheval|montait au ciel sur un cheval|ne d une vierge
  |est ne d une vierge|guerissait les lepreux|medite sous un arbre|meditait sous un arbre|s est assis sous un arbre
  |walked on water|walks on water|walk on water|turned water into wine|turns water into wine|turn water into wine
  |turning water into wine|multiplied the loaves|multiplied loaves|fed the five thousand|fed five thousand
  |raised lazarus|raised the dead|raises the dead|came back from the dead|rose from the dead|rose again after three days
  |parted the red sea|parted the sea|parts the red sea|split the sea|split the red sea|talked to a burning bush
  |talks to a burning bush|talked to a bush|split the moon|flew to heaven on a horse|rode a winged horse
  |born of a virgin|born to a virgin|healed lepers|sat under a tree|sat under a fig tree|meditated under a tree`);
/** Who the miracle is told of, mockingly: "un type qui", "a guy who". */
export const MOCK_PERSON = list(`un type qui|un mec qui|un gars qui|un gus qui|un bonhomme qui|un barbu qui
  |un charpentier qui|un hippie qui|un vieux qui|un berger qui|le barbu qui|a guy who|a bloke who|a dude who
  |a man who|some guy who|some bloke who|some dude who|a fella who|a carpenter who|a hippie who|a beardy guy who
  |an old man who|un prophete qui|a prophet who|a shepherd who|a sky wizard who`);
/** Mocking names for God or a founder, enough alone. */
export const MOCK_NAMES = list(`sky daddy|sky fairy|zombie jesus|magic sky man|ami imaginaire dans le ciel
  |imaginary friend in the sky|flying spaghetti monster|jesus le zombie|le barbu d en haut|big man upstairs`);

/** Animal nouns that insult a person only when aimed at them ("t'es un porc", "you're a disgusting pig"). */
export const ANIMALS = list(`porc|porcs|cochon|cochons|goret|gorets|pourceau|pig|pigs|swine|hog|hogs|serpent|serpents
  |vipere|viperes|snake|snakes|viper|vipers|chacal|chacals|hyene|hyenes|hyena|hyenas|cafard|cafards|cockroach
  |cockroaches|sangsue|sangsues|limace|limaces|slug|slugs|ane|anes|bourrique|bourriques|mule|crapaud|crapauds|toad
  |toads|asticot|asticots|maggot|maggots|larve|larves|skunk|skunks|putois|vermin|chienne|mongrel|rat
  |rats|sale bete|brute|brutes|singe savant|dinde|dindes|oie|pintade|mollusque|mollusques`);
/** Second-person address before an animal noun (not "is a" or "what a": "our mascot is a pig" is clean). */
export const YOU_ANIMAL = list(`t es|tu es|t es un|t es une|tu es un|tu es une|t es qu un|t es qu une|espece de
  |espece d|vous etes des|vous etes un|vous etes une|you re a|you re an|you are a|you are an|you re such a
  |you are such a|you absolute|you utter|you dirty|you filthy|you disgusting|you little|you greedy|you lazy|you stupid
  |you re nothing but a|t es qu une sale|t es vraiment un|quel gros|quelle grosse|what a disgusting
  |what a filthy|filthy|disgusting|degoutant|degoutante|degueulasse|immonde|repugnant|repugnante|dirty|greedy
  |gros|vieux|old|sneaky|lying|fourbe|menteur|traitre|sournois|ungrateful|ingrat|ingrate`);
/** Farm and pet talk that shares those words. */
export const ANIMAL_NEGATIVES = list(`pig farmer|pig farmers|pig farm|pig farms|pig breeder|pig breeders|guinea pig
  |guinea pigs|cochon d inde|cochons d inde|eleveur de porcs|eleveurs de porcs|porc bio|filet de porc|cote de porc
  |roti de porc|pulled pork|hot dog|hot dogs|dog friendly|dog walker|dog walkers|old dog|sea dog|top dog|lucky dog
  |dirty dog bed|gros chien|vieux chien|sale chien mouille|old dogs|chien guide|guide dog|greedy pig bank|piggy bank
  |pig lover|pig lovers|pig fan|pig fans|dirty dog|rat race|gym rat|gym rats|mall rat|desert rat|dirty dogs|vieux singe`);
/** Silencing with "ferme-la" (not "ferme la porte"): the imperative with what comes after it. */
export const SHUT_IT = list(`ferme la un peu|fermez la un peu|ferme la donc|fermez la donc|mais ferme la|oh ferme la
  |allez ferme la|ferme la toi|toi ferme la|ferme la stp|ferme la s te plait|ferme la s il te plait|ferme la pour une fois
  |ferme la deux minutes|ferme la cinq minutes|la ferme toi|tais toi un peu|taisez vous un peu|mais tais toi|oh tais toi
  |shut it will you|shut it you|just shut it|shut up will you|just shut up|oh shut up|shut up already|do shut up`);

/** A product correcting a condition of the body ("corrige les pieds plats", "fixes flat feet"). */
export const CORRECT = list(`corrige|corrigent|corriger|corrigera|corrigeront|redresse|redressent|realigne|realignent
  |fix|fixes|fixed|fixing|correct|corrects|corrected|correcting|realigns|realign|straighten|straightens|cure|cures
  |treat|treats|soulage|soulagent|relieve|relieves|resolve|resolves|resout|resolvent|repare|reparent|remedie a`);
export const CORRECTABLE = list(`pieds plats|pied plat|voute plantaire affaissee|affaissement de la voute|hallux valgus
  |oignons aux pieds|scoliose|mauvaise posture|troubles de la posture|genoux cagneux|jambes arquees|fasciite plantaire
  |epine calcaneenne|tendinite|strabisme|myopie|presbytie|astigmatisme|mal de dos|lombalgie|hernie discale|cervicalgie
  |flat feet|flat foot|fallen arches|collapsed arches|bunions|bunion|scoliosis|bad posture|poor posture|knock knees
  |bow legs|bowed legs|plantar fasciitis|heel spurs|heel spur|lazy eye|squint|short sightedness|shortsightedness
  |long sightedness|astigmatism|back pain|lower back pain|slipped disc|sciatica|overpronation|over pronation`);
/** "Who needs a podiatrist when…", "qui a besoin d'un kiné quand…": asked, then answered by the product (`WHEN`). */
export const WHO_NEEDS = list(`qui a besoin d un|qui a besoin d une|qui a encore besoin d un|qui a encore besoin d une
  |pourquoi aller chez le|pourquoi payer un|who needs a|who needs an|who needs the|who needs|why see a|why pay a|why visit a`);
export const WHEN = list(
  `quand|lorsque|maintenant que|alors que|avec nos|avec notre|when|now that|if you have|with our`,
);
/** Replacing a carer: "plus besoin de kiné", "no need for a physio", "better than a doctor". */
export const NO_CARER =
  list(`plus besoin d un|plus besoin d une|plus besoin de|pas besoin d un|pas besoin de|oubliez le|oubliez votre|oubliez
  |adieu le|adieu au|fini le|fini les visites chez le|no need for a
  |no need for an|no need for|no more need for a|forget the|forget your|skip the|ditch the|ditch your|bye bye
  |cancel your appointment with the|say goodbye to your|mieux qu un|mieux que le`);
export const CARERS = list(`podologue|podologues|medecin|medecins|docteur|dentiste|kine|kinesitherapeute|osteo
  |osteopathe|dermato|dermatologue|pharmacien|psy|psychologue|nutritionniste|cardiologue|pediatre|ophtalmo
  |ophtalmologue|orthopediste|orthoptiste|rhumatologue|generaliste|chirurgien|podiatrist|podiatrists|doctor|doctors
  |dentist|physio|physiotherapist|chiropractor|osteopath|dermatologist|pharmacist|therapist|gp|nutritionist
  |cardiologist|optician|chiropodist|orthopaedist|orthopedist|surgeon|pediatrician|paediatrician|rheumatologist`);

/** Impunity: nobody can sue or take you to court ("no supplier can ever take you to court"). */
export const IMPUNITY =
  list(`can ever take you to court|can take you to court|cannot take you to court|can't take you to court
  |can never take you to court|will never take you to court|won't take you to court|can ever sue you|cannot sue you
  |can't sue you|can never sue you|nobody can sue you|no one can sue you|can do nothing against you
  |ne peut pas vous poursuivre|ne peuvent pas vous poursuivre|ne pourra jamais vous poursuivre|ne pourront jamais vous poursuivre
  |personne ne peut vous poursuivre|ne peut rien contre vous|ne peuvent rien contre vous|ne pourra rien contre vous
  |ne peut pas vous trainer en justice|ne pourra jamais vous trainer en justice|ne peuvent pas vous trainer en justice
  |ne peut pas vous trainer au tribunal|ne pourra jamais vous attaquer en justice|ne peut pas vous attaquer en justice`);
/** An accusation of a crime ("is a thief", "est un escroc"): legal when a trial or proof is promised (`PROOF`). */
export const ACCUSE = list(`is a thief|is a crook|is a fraud|is a fraudster|is a con artist|is a criminal|is a liar
  |is guilty|are thieves|are crooks|are criminals|stole from us|has been stealing|was stealing|est un voleur
  |est une voleuse|est un escroc|est une escroc|est un menteur|est une menteuse|est un criminel|est coupable
  |sont des voleurs|sont des escrocs|nous a vole|nous volait|a pique dans la caisse|had his hand in the till`);
export const PROOF = list(`the trial will prove|trial will prove|will prove it|will prove that|will prove|the court will
  |court will prove|court will show|the judge will|justice will prove|le proces le prouvera|le prouvera|prouvera|va le prouver
  |la justice le prouvera|le tribunal le prouvera|le juge le dira|la justice tranchera|the verdict will|in court
  |see you in court|au tribunal|rendez vous au tribunal|devant le juge|the trial|le proces|his trial|her trial|son proces`);

/** Market-sensitive topics: a lost contract or client, a stock-market float and its prospectus. */
export const LOST_CONTRACT = list(`lost the contract|lost a contract|lost our contract|lost the big|lost our biggest
  |lost the account|lost our biggest client|lost our biggest customer|lost the tender|losing the contract
  |losing our biggest|contract loss|loss of the contract|perdu le contrat|perdu le marche|perdu notre plus gros
  |perdu l appel d offres|perdu notre contrat|perdu le client|perte du contrat|perte de notre plus gros client
  |float is pencilled|float is planned|float is scheduled|float is set|float is slated|float is due|float date
  |float timetable|float on the stock|float on aim|stock market float|market float|flotation|ipo prospectus
  |listing prospectus|the prospectus is out|until the prospectus|before the prospectus|stock market listing
  |stock exchange listing|market debut|prospectus d introduction|mise en bourse|date de cotation`);
/** Secrecy cues that the market has not been told. */
export const NOT_PUBLIC =
  list(`isn't public yet|is not public yet|aren't public yet|are not public yet|not yet been made public
  |hasn't been made public|hasn't gone public yet|isn't official yet|not announced to the market|not yet announced to the market
  |hasn't been announced to the market|the market hasn't been told|before the market knows|keep mum|mum is the word
  |hush hush|on the hush|n est pas encore public|n est pas encore publique|pas encore communique|pas encore communiquee
  |pas encore annonce au marche|le marche n est pas au courant|pas encore rendu public|pas encore rendue publique
  |n est pas encore officiel|n est pas encore officielle|pas encore officialise|pas encore officialisee`);
