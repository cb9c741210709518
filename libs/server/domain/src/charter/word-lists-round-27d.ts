// Twenty-seventh round, reading d (`withRound27d` adds it to every topic's rules), from `train-ce`'s English misses
// for discrimination, by family (each written in both languages):
// Class: hiring that favours "the nicer postcodes"; a casting of "kids from the estate" swapped for "more nice
// families"; families "on benefits" who "somehow afford" a big telly; "private school, that's where we look first",
// roles that "go to Oxbridge", the rest "try the call centre".
// Sex: "men can't match colours anyway" ("bless him"); "like a girl" with half of it on the floor; "girls tend to drop
// out", so few places for them; "on merit", so the board is "still all men"; the kitchen "still your happy place" on
// Women's Day; "Boys build, girls bake"; "not mums who vanish"; "must not be pregnant"; maternity or sick leave
// answered with "someone permanent for your desk" or "your job ad is already live".
// Gender and orientation: "doesn't do pronouns"; "hasn't decided if he's a he or a she"; "men in suits, women in
// dresses, no in-between"; trans staff sent by "birth sex" to "the door you came in"; an advert with two dads pulled
// for "proper families"; "no rainbow armbands", rainbow flags "not allowed".
// Age: "if you remember the 90s you won't fit in"; "young, trendy vibe only" or a "perfect-teeth Instagram look" in a
// job ad; "still hasn't retired", we'd like a promotion; "counting down to retirement like the dinosaurs"; the
// elderly holding up the queue; grandparents, "the technologically hopeless generation"; "older palates can't tell
// the difference".
// Bodies and disability: "big bodies put off the paying members", "no XXL membership"; "no applicants over a size
// 16"; photoshopped "down a dress size"; "one biscuit isn't your problem" to who asks for the diet version; "shame
// about the lad with the lisp"; a colleague's hearing aid and "no more shouting across the control room"; "mental
// health days are for the weak".
// Origin: "even the Scots paid"; the Welsh who "still need help counting to two"; "certain communities don't
// understand paying"; a crew "from Eastern Europe", so no purses lying around; a "Chinese waiter accent"; "the camel
// ride to work"; customers refused who "look like they won't buy anything".
// Critics harassed: a complaint "forwarded to your employer" for tweeting "during work hours"; a number passed on,
// "enjoy their feedback on your harassment claim".
// Negatives: the same words said kindly or negated ("we don't photoshop her", "not for the weak", "paid tribute", "no
// rainbow laces needed", "all men and women", "a proper family too", "not taking it down").
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

const DISC_ALONE = list(`doesn do pronouns|don do pronouns|didn do pronouns|won do pronouns|not do pronouns
  |no pronouns here|not into pronouns|pronoun nonsense|pronouns nonsense|pronoun rubbish|pronoun police
  |fait pas dans les pronoms|pas de pronoms ici|délire des pronoms|no xxl membership|no xxl rule|no xxl policy
  |no plus size membership|no plus size rule|camel ride to work|chameau pour venir au travail|tight as a scot
  |stingy scots|scots are tight|scots are stingy|radin comme un écossais|radins comme des écossais`);

/** Each group's words, by family (see the file's comment). */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  // Class.
  prefer27d: list(`prioritise|prioritize|prefer|preference|favour|favor|priority|only take|only hire|only recruit
    |mostly hire|tend to hire|privilégions|privilégie|préférons|préférence|priorité|on prend|on recrute`),
  niceAreas27d: list(`nicer postcodes|nicer postcode|posher postcodes|better postcodes|good postcodes|nice postcodes
    |right postcodes|nicer areas|posher areas|nicer neighbourhoods|posher neighbourhoods|better neighbourhoods
    |nicer parts of town|beaux quartiers|bons quartiers|quartiers chics|bons codes postaux|bonnes adresses`),
  niceFamilies27d: list(`more nice families|more nice kids|more respectable families|more posh kids|more posh families
    |more middle class families|nicer families|plus de familles bien|familles comme il faut|enfants comme il faut
    |plus de jolies familles`),
  estate27d: list(`kids from the estate|children from the estate|kids from estates|estate kids|council estate kids
    |gamins de cité|gamins des cités|gosses de cité|gosses des cités|enfants des cités|jeunes des cités`),
  benefits27d: list(`on benefits|on the dole|on universal credit|on welfare|benefit claimants|benefits claimants
    |scroungers|au rsa|aux allocs|aux allocations|assistés|cassos`),
  luxury27d: list(`somehow still afford|somehow afford|somehow find money|always find money for|still find money for
    |inch telly|inch tv|big telly|massive telly|giant telly|designer trainers|latest iphone|écran plat|écran géant
    |dernier iphone|télé géante`),
  school27d: list(`private school|private schools|public school|public schools|eton|harrow|oxbridge|russell group
    |grammar school|grammar schools|posh school|posh schools|école privée|écoles privées|grandes écoles|grande école`),
  elite27d: list(`where we look first|we look first|look there first|only hire from|only recruit from
    |try the call centre|try a call centre|need not apply|needn apply|don bother applying|on regarde d abord
    |on recrute d abord|on ne recrute que|passez votre chemin|les autres au centre d appels`),
  goTo27d: list(`roles go to|jobs go to|places go to|positions go to|internships go to|postes vont aux
    |postes sont pour les|places vont aux`),
  // Sex.
  sex27d: list(`men|dads|blokes|husbands|boys|guys|lads|women|ladies|girls|mums|wives|hommes|papas|mecs|maris|garçons
    |femmes|filles|mamans|nanas|meufs`),
  cannot27d: list(`cannot match colours|cannot match clothes|cannot match an outfit|cannot dress themselves
    |cannot read a map|cannot read maps|cannot park|cannot reverse park|cannot parallel park|cannot drive
    |cannot multitask|cannot do maths|cannot throw|cannot cook|cannot boil an egg|cannot change a tyre
    |cannot change a nappy|cannot follow a recipe|ne savent pas assortir|savent pas assortir|ne savent pas s habiller
    |savent pas s habiller|ne savent pas conduire|savent pas conduire|ne savent pas se garer|savent pas se garer
    |ne savent pas cuisiner|savent pas cuisiner|ne savent pas lire une carte|incapables d assortir
    |incapables de se garer`),
  sneer27d: list(`anyway|bless him|bless her|bless them|bless em|typical|obviously|of course|let face it|we all know
    |everyone knows|de toute façon|évidemment|forcément|on le sait|tout le monde sait|comme d hab|le pauvre|la pauvre
    |les pauvres`),
  likeAGirl27d: list(`like a girl|like a little girl|like a woman|like a lady|like a granny|like your nan
    |comme une fille|comme une gonzesse|comme une fillette|comme une meuf|comme une mamie`),
  mess27d: list(`half of it on the floor|all over the floor|all over the kitchen|all over the ceiling|on the ceiling
    |drop it|dropped it|burn it|burnt it|la moitié par terre|par terre|au plafond|partout dans la cuisine`),
  womenStaff27d: list(`girls|women|ladies|female apprentices|female applicants|female engineers|female staff|filles
    |femmes|apprenties|mamans`),
  dropOut27d: list(`tend to drop out|always drop out|drop out anyway|tend to quit|always quit|quit anyway
    |leave to have babies|leave to have kids|go off to have babies|get pregnant and leave|get pregnant and quit
    |finissent par abandonner|abandonnent toujours|abandonnent de toute façon|partent faire des bébés
    |tombent enceintes et partent|finissent toujours par partir`),
  quota27d: list(`places for them|spots for them|places for girls|places for women|kept {n} places|only {n} places
    |fewer places|waste of a place|not worth training|not worth hiring|why bother training|places pour elles
    |que {n} places|moins de places|pas la peine de les former|pas la peine de les embaucher`),
  merit27d: list(`on merit|merit|meritocracy|best person for the job|best man for the job|au mérite|méritocratie`),
  allMen27d: list(`all men|all male|all blokes|all white|all white men|male pale and stale|pale male and stale
    |board is men|board is male|que des hommes|uniquement des hommes|100 masculin|entièrement masculin|que des mecs`),
  women27d: list(`ladies|women|girls|wives|mums|women day|womens day|mesdames|les filles|femmes|mamans|épouses
    |journée de la femme|journée des femmes|journée des droits des femmes`),
  kitchen27d: list(`kitchen is still your happy place|kitchen is still your place|still belong in the kitchen
    |belong in the kitchen|back to the kitchen|barefoot and pregnant|chained to the stove|make me a sandwich
    |la cuisine reste votre|votre place est à la cuisine|retournez à la cuisine|retourne à la cuisine
    |votre place est derrière les fourneaux`),
  boysDo27d: list(`boys build|boys fix|boys code|boys invent|boys lead|boys engineer|les garçons construisent
    |garçons construisent|garçons bricolent|garçons codent`),
  girlsDo27d: list(`girls bake|girls cook|girls clean|girls shop|girls gossip|girls sew|girls tidy|les filles cuisinent
    |filles cuisinent|filles pâtissent|filles font des gâteaux|filles font le ménage|filles cousent`),
  notMums27d: list(`not mums|no mums|not mothers|no mothers|not working mums|no working mums|pas de mamans
    |pas des mamans|pas de mères`),
  vanish27d: list(`who vanish|who disappear|who knock off early|who leave early|who clock off early|qui disparaissent
    |qui s éclipsent|qui partent tôt|qui filent`),
  absent27d: list(`maternity leave|mat leave|maternity|calling in sick|calls in sick|call in sick|off sick|sick leave
    |invisible illness|chronic illness|mental health days|long covid|congé maternité|congé mat|arrêt maladie|en arrêt
    |maladie invisible|burn out`),
  replaced27d: list(`someone permanent|found someone permanent|permanent replacement|your replacement starts
    |found your replacement|hired your replacement|replaced you|your job ad|job ad is already live|job ad is live
    |job advert is live|advertised your job|your p45|don bother coming back|no need to come back|won need you back
    |filled your role|filled your position|given your desk to|given your job to|remplaçant définitif
    |remplaçante définitive|pas la peine de revenir|pas besoin de revenir|votre poste est pris
    |votre annonce est en ligne|votre poste est déjà en ligne|on a déjà publié votre poste`),
  hire27d: list(`wanted|hiring|recruiting|applicants|candidates|vacancy|role|position|manager|assistant|recrute
    |recrutons|candidats|poste|cdi|cdd|postuler`),
  notPregnant27d: list(`must not be pregnant|mustn be pregnant|not be pregnant|not pregnant or planning
    |no plans to get pregnant|no plans to start a family|no plans for a baby|no plans for children
    |not planning to start a family|not planning a baby|not planning to have a baby|not planning to have children
    |pas enceinte|ni enceinte|pas de projet de grossesse|sans projet de grossesse|pas de projet bébé
    |pas de projet d enfant|sans projet d enfant`),
  // Gender and orientation.
  decided27d: list(`decided if he|decided if she|decided whether he|decided whether she|made up his mind
    |made up her mind|make up his mind|make up her mind|figured out if he|figured out if she|sait toujours pas si
    |a pas décidé si|a toujours pas décidé si`),
  heOrShe27d: list(`a he or a she|a him or a her|a she or a he|un il ou une elle|une elle ou un il|un mec ou une meuf`),
  dressCode27d: list(`men in suits|women in dresses|ladies in dresses|men in trousers|girls in dresses|hommes en costume
    |femmes en robe|hommes en costume cravate|femmes en robes`),
  inBetween27d: list(`no in between|no in betweens|no in between outfits|no non binary|no gender fluid|pas d entre deux
    |rien entre les deux|pas de non binaire|pas de non binaires|pas de genre fluide`),
  trans27d: list(`trans staff|trans employees|trans colleagues|trans workers|trans customers|trans people|trans women
    |trans men|transgender|non binary staff|salariés trans|personnes trans|employés trans|collègues trans|femmes trans
    |hommes trans`),
  shownOut27d: list(`by birth sex|by biological sex|assigned by birth|exit is the same door|door you came in
    |if you cannot live with that|selon le sexe de naissance|par sexe de naissance|selon le sexe biologique
    |la porte est là|si ça ne vous plaît pas la porte`),
  twoDads27d: list(`two dads|two mums|two mothers|two fathers|same sex|gay couple|gay couples|lesbian couple
    |lesbian couples|gay dads|gay parents|same sex parents|rainbow family|rainbow families|deux papas|deux mamans
    |couple gay|couple homo|couples homos|parents homos|famille homoparentale|familles homoparentales`),
  pulled27d: list(`proper families|proper family|stick to proper|stick to normal|stick to traditional
    |so we taking it down|so we are taking it down|so we took it down|so we pulling it|so we pulled it|so we removed it
    |taking the ad down|pulling the ad|pulled the ad|pulled the advert|pulling the advert|alors on la retire
    |donc on la retire|alors on le retire|donc on le retire|on revient aux familles classiques
    |on s en tiendra aux familles|retirons la pub|on retire la pub`),
  no27d: list(`no|ban|banned|leave your|please leave|sans|pas de|interdits`),
  rainbow27d: list(`rainbow armbands|rainbow armband|rainbow flags|rainbow flag|rainbow badges|rainbow pins
    |rainbow lanyards|rainbow laces|pride flags|pride flag|pride badges|pride pins|pride armbands|brassards arc en ciel
    |drapeaux arc en ciel|drapeau arc en ciel|drapeaux lgbt|drapeau lgbt|badges arc en ciel`),
  notAllowed27d: list(`not allowed|aren allowed|are banned|banned|not welcome|aren welcome|not permitted|interdits
    |interdit|pas autorisés|pas les bienvenus`),
  // Age.
  remember27d: list(`remember the 90s|remember the 80s|remember the 70s|remember the nineties|remember the eighties
    |remember dial up|remember life before smartphones|remember life before the internet|remember cassettes
    |remember vhs|souvenez des années {n}|rappelez des années {n}|souviens des années {n}|souvenez du minitel
    |souvenez du franc|connu le minitel|connu le franc`),
  wontFit27d: list(`won fit in|wouldn fit in|need not apply|needn apply|too old for us|not our vibe|collerez pas
    |colleras pas|correspondrez pas|passez votre chemin|trop vieux pour nous|trop vieille pour nous`),
  hireLook27d: list(`brand ambassador|ambassador|wanted|hiring|recruiting|applicants|candidates|casting|model wanted
    |ambassadeur|ambassadrice|recrute|recrutons|candidats|postulez`),
  looks27d: list(`trendy vibe only|young vibe only|young vibes only|trendy vibes only|youthful vibe only
    |young crowd only|young faces only|young team only|perfect teeth|instagram look|model looks|model figure
    |slim figure|flawless skin|no wrinkles|no grey hair|dents parfaites|look instagram|physique de mannequin
    |silhouette de mannequin|sans rides|pas de cheveux blancs|esprit jeune uniquement|vibe jeune uniquement`),
  notRetired27d: list(`hasn retired|hasn retired yet|not retired yet|still not retired|won retire|refuses to retire
    |refusing to retire|won step aside|won make way|clinging on to his job|clinging on to her job
    |toujours pas à la retraite|toujours pas parti à la retraite|refuse de partir à la retraite
    |s accroche à son poste`),
  impatient27d: list(`promotion|make way|make room|step aside|our turn|fresh blood|new blood|une promotion
    |laisser la place|place aux jeunes|sang neuf|notre tour`),
  countdown27d: list(`counting down to retirement|counting the days to retirement|counting down to their pension
    |waiting for retirement|waiting for their pension|comptent les jours avant la retraite
    |compte les jours avant la retraite|attendent la retraite|attendent leur retraite`),
  dinosaurs27d: list(`like the dinosaurs|like dinosaurs|like the old fossils|like old fossils|like the fossils
    |like the relics|like the coffin dodgers|the dinosaurs on|the dinosaurs in|comme les dinosaures
    |comme des dinosaures|comme les fossiles|comme les vieux croûtons|les dinosaures du`),
  elderly27d: list(`elderly|elderly ladies|elderly customers|pensioners|oaps|old ladies|old dears|old folk|old people
    |grannies|grandads|personnes âgées|petits vieux|petites vieilles|mamies|papys|vieux|vieilles`),
  holdUp27d: list(`queue behind them was|queue was growing old|growing old too|holding up the queue|hold up the queue
    |held up the queue|holding everyone up|bloquent la file|bloquait la file|bloquent la caisse|la file vieillissait
    |la queue vieillissait`),
  olderGen27d: list(`grandparents|grannies|grandads|nans|older customers|elderly|pensioners|boomers|oldies
    |older generation|grands parents|papys|mamies|seniors|anciens`),
  techHopeless27d: list(`technologically hopeless|technically hopeless|hopeless generation|clueless generation
    |génération dépassée|génération larguée|nuls en numérique|largués du numérique`),
  oldPalates27d: list(`older palates|older taste buds|old palates|old taste buds|palais âgés|vieux palais|papilles âgées
    |vieilles papilles`),
  cannotTell27d: list(`cannot tell the difference|cannot taste|cannot taste anything|font pas la différence
    |ne font plus la différence|sentent plus rien|goûtent plus rien`),
  // Bodies and disability.
  bigBodies27d: list(`big bodies|bigger bodies|big people|fat people|larger people|overweight people|overweight members
    |overweight customers|plus size members|plus size customers|bigger customers|larger customers|larger members
    |fatties|personnes grosses|personnes en surpoids|gens en surpoids|clients en surpoids|grands gabarits
    |gros gabarits`),
  putOff27d: list(`put off the paying|put off paying members|put off other members|put off other customers
    |put off our members|put off the members|put off our customers|put off the customers|bad for our image
    |ruin the vibe|spoil the view|font fuir les clients|font fuir nos clients|font fuir les membres|gâchent la vue
    |nuisent à l image`),
  nobody27d: list(`no applicants|no candidates|no drivers|no staff|no hires|no new starters|no recruits|pas de candidats
    |aucun candidat|pas de candidates|aucune candidate`),
  overSize27d: list(`over a size {n}|above a size {n}|bigger than a size {n}|larger than a size {n}|over size {n}
    |above size {n}|au dessus du {n}|au delà du {n}|au dessus d une taille {n}|au delà d une taille {n}`),
  photoshop27d: list(`photoshop her|photoshop him|photoshop them|photoshopped her|photoshopped him|airbrush her
    |airbrush him|airbrushed her|retouch her|slim her down|slim him down|la photoshoper|le photoshoper|la retoucher
    |le retoucher|l amincir`),
  slimmer27d: list(`down a dress size|down a size|down two sizes|dress size|thinner|slimmer|skinnier|a few pounds
    |few stone|double chin|une taille de moins|deux tailles|quelques kilos|plus mince|plus fine|double menton`),
  shame27d: list(`shame about|pity about|dommage pour|quel dommage pour`),
  trait27d: list(`lisp|stutter|stammer|wonky teeth|hearing aid|squint|lazy eye|acne|double chin|her weight|his weight
    |beer belly|zozote|bégaie|bègue|appareil auditif|strabisme|acné|son poids|son double menton|ses bourrelets`),
  hearingAid27d: list(`his hearing aid|her hearing aid|his hearing aids|her hearing aids|son appareil auditif
    |ses appareils auditifs|sa prothèse auditive`),
  mock27d: list(`deaf as a post|deaf as|say that again mate|speak up mate|no more shouting across the control room
    |no more shouting across the office|no more shouting across the shop floor|no more shouting across the warehouse
    |no more shouting across the depot|no more shouting across the site|sourd comme un pot
    |plus besoin de crier dans l atelier|plus besoin de hurler dans l atelier`),
  diet27d: list(`diet version|the diet|diet one|low fat version|low cal version|sugar free version|skinny version
    |light version|diet biscuit|diet biscuits|version light|version allégée|version régime`),
  notTheProblem27d: list(`isn your problem|is not your problem|isn the problem|is not the problem|least of your worries
    |won save you|won help you now|bit late for that|ship has sailed|c est pas ton problème|n est pas ton problème
    |c est pas le problème|un peu tard pour ça|ne te sauvera pas|ne vous sauvera pas`),
  mentalHealth27d: list(`mental health days|mental health day|mental health|therapy|anxiety|depression|burnout
    |stress leave|duvet days|santé mentale|jours de santé mentale|dépression|burn out|anxiété|arrêt pour stress`),
  weak27d: list(`for the weak|for wimps|for snowflakes|for softies|are for babies|man up|toughen up|grow a pair
    |harden up|plenty of others can|pour les faibles|pour les mauviettes|pour les chochottes|pour les fragiles
    |endurcissez vous|d autres le feront`),
  // Origin.
  evenNation27d: list(`even the scots|even a scot|even the scottish|even the jews|even the yorkshiremen
    |even yorkshiremen|even the aberdonians|même les écossais|même les auvergnats|même les juifs`),
  paid27d: list(`paid|paid for|pay for|actually paid|opened their wallets|open their wallets
    |put their hands in their pockets|left a tip|tipped|spent money|ont payé|a payé|payé|ont sorti leur portefeuille
    |ont laissé un pourboire|ont dépensé`),
  natives27d: list(`wales|the welsh|welsh|the irish|irish|scousers|geordies|cornish|belgians|les belges|belges|corses
    |bretons|ch tis|auvergnats`),
  cannotCount27d: list(`still need help counting|still needs help counting|help counting to two|cannot count to two
    |cannot count to three|cannot count to ten|can barely count|can barely spell|inbred
    |encore besoin d aide pour compter|besoin d aide pour compter jusqu à deux|savent pas compter jusqu à deux
    |comptent sur leurs doigts|consanguins`),
  communities27d: list(`certain communities|some communities|certain people|those communities|that community
    |certain groups|certain cultures|some cultures|certain families|certaines communautés|certaines cultures
    |certaines familles|certaines populations`),
  notPaying27d: list(`don understand paying|doesn understand paying|don quite understand paying
    |understand paying for things|concept of paying|the concept of paying|sticky fingers|light fingered
    |helping themselves|five finger discount|ne comprennent pas le concept de payer|comprennent pas qu il faut payer
    |doigts crochus|se servent sans payer`),
  east27d: list(`from eastern europe|eastern europeans|eastern european|romanians|romanian|albanians|albanian|bulgarians
    |gypsies|lithuanians|foreigners|immigrants|migrants|des pays de l est|de l est|roumains|albanais|bulgares|étrangers
    |immigrés`),
  purses27d: list(`purses lying around|wallets lying around|handbags lying around|phones lying around
    |valuables lying around|lock your lockers|lock up your valuables|lock up the valuables|hide your purses
    |hide your wallets|hide your valuables|count the spoons|laissez pas traîner|laissez pas vos sacs
    |ne laissez pas traîner|planquez vos sacs|fermez vos casiers|cachez vos portefeuilles|cachez vos sacs`),
  ethnic27d: list(`chinese|indian|asian|japanese|korean|pakistani|african|jamaican|mexican|arab|chinois|indien|asiatique
    |japonais|africain|arabe|pakistanais`),
  accent27d: list(`waiter accent|shopkeeper accent|takeaway accent|taxi driver accent|cabbie accent|accent impression
    |accent impressions|funny accent|silly accent|fake accent|accent de serveur|accent d épicier|faux accent
    |accent à la con`),
  camel27d: list(`camel ride to work|camel to work|camel commute|his camel|her camel|son chameau
    |en chameau au travail`),
  homeland27d: list(`reminds him of home|reminds her of home|reminds them of home|where he comes from
    |where she comes from|his homeland|her homeland|au bled|lui rappelle le pays|lui rappelle son pays`),
  refuse27d: list(`refuse entry to|refuse service to|deny entry to|turn away|turn them away|ask them to leave
    |follow them around|refuser l entrée|refuser l accès|refuser de servir|refoulez|suivez les dans les rayons`),
  lookPoor27d: list(`look like they won buy|look like they cannot afford|don look like they can afford
    |look like they don belong|look like they might steal|look like shoplifters|look poor|look scruffy|look dodgy
    |look a bit dodgy|n ont pas l air d acheter|ont pas l air d acheter|ont pas l air d avoir les moyens
    |ont l air pauvres|tête de voleur|têtes de voleurs`),
  // Critics harassed.
  sent27d: list(`forwarded your complaint|forwarded your tweet|forwarded your tweets|forwarded your review
    |forwarded your post|forwarded your posts|forwarded your comments|sent your complaint|sent your tweets
    |passed your complaint|passed your tweets|passed your personal number|passed your number|passed your address
    |passed your home address|passed your details|given your address|given your number|shared your address
    |shared your number|transmis votre plainte|transféré votre plainte|transmis votre avis|transféré votre tweet
    |transmis vos tweets|transmis votre numéro|donné votre numéro|donné votre adresse|transmis votre adresse
    |filé votre numéro|filé votre adresse`),
  target27d: list(`to your employer|your employer|to your boss|your boss|your line manager|your hr department
    |tweet during work hours|tweeting during work hours|post during work hours|posting during work hours
    |on company time|enjoy their feedback|enjoy the calls|enjoy the visit|expect a visit|harassment claim
    |your harassment|à votre employeur|votre employeur|à votre patron|votre patron
    |tweetez pendant vos heures de travail|postez pendant vos heures de travail|profitez de leurs retours
    |attendez vous à une visite`),
};

// Negatives: the same words said kindly or with a negation.
const NOT_PHOTOSHOP = combos(
  list(`don|doesn|never|won|not|didn|no need to|ne|jamais`),
  list(`photoshop her|photoshop him|photoshop them|airbrush her|airbrush him|retouch her|la retoucher|le retoucher
    |la photoshoper|le photoshoper`),
);
const NOT_WEAK = list(`not for the weak|aren for the weak|isn for the weak|never for the weak|pas pour les faibles`);
const NOT_PAID = list(`paid tribute|paid a visit|paid attention|paid off|pay tribute|pay a visit|pay attention
  |paid us a compliment|paid a compliment|paid their respects|paid homage|pay homage`);
const NOT_RAINBOW = combos(
  list(`no rainbow laces|no rainbow flags|no rainbow badges|no pride flags|pas de drapeaux arc en ciel`),
  list(`needed|required|left|yet|in stock|nécessaires|en stock`),
);
const NOT_DISC = list(`no permanent replacement|never a permanent replacement|no perfect teeth
  |perfect teeth not required|no model looks|no instagram look|all men and women|all men or women|all women and men
  |proper family too|proper families too|are proper families|is a proper family|are a proper family|not taking it down
  |won be taking it down|aren taking it down|never taking it down|won take it down|not take it down`);

const ROUND_27D: Readonly<Record<string, RuleExtension>> = {
  discrimination: {
    groups: {
      alone27d: { fr: exact(DISC_ALONE) },
      ...Object.fromEntries(Object.entries(GROUPS).map(([name, terms]) => [name, { fr: exact(terms) }])),
    },
    alone: ['alone27d'],
    compounds: [
      ['sex27d', 'cannot27d', 'sexCannot27d', 2],
      ['womenStaff27d', 'dropOut27d', 'girlsDropOut27d', 3],
    ],
    pairs: [
      ['prefer27d', 'niceAreas27d', { window: 8 }],
      ['estate27d', 'niceFamilies27d', { window: 10 }],
      ['benefits27d', 'luxury27d', { window: 14 }],
      ['school27d', 'elite27d', { window: 12 }],
      ['goTo27d', 'school27d', { window: 3, ordered: true }],
      ['sexCannot27d', 'sneer27d', { window: 8 }],
      ['likeAGirl27d', 'mess27d', { window: 10 }],
      ['girlsDropOut27d', 'quota27d', { window: 16 }],
      ['merit27d', 'allMen27d', { window: 14 }],
      ['women27d', 'kitchen27d', { window: 10 }],
      ['boysDo27d', 'girlsDo27d', { window: 4 }],
      ['notMums27d', 'vanish27d', { window: 2, ordered: true }],
      ['absent27d', 'replaced27d', { window: 18 }],
      ['hire27d', 'notPregnant27d', { window: 16 }],
      ['decided27d', 'heOrShe27d', { window: 5, ordered: true }],
      ['dressCode27d', 'inBetween27d', { window: 14 }],
      ['trans27d', 'shownOut27d', { window: 16 }],
      ['twoDads27d', 'pulled27d', { window: 20 }],
      ['no27d', 'rainbow27d', { window: 1, ordered: true }],
      ['rainbow27d', 'notAllowed27d', { window: 3, ordered: true }],
      ['remember27d', 'wontFit27d', { window: 10, ordered: true }],
      ['hireLook27d', 'looks27d', { window: 16 }],
      ['notRetired27d', 'impatient27d', { window: 16 }],
      ['countdown27d', 'dinosaurs27d', { window: 6 }],
      ['elderly27d', 'holdUp27d', { window: 20 }],
      ['olderGen27d', 'techHopeless27d', { window: 24 }],
      ['oldPalates27d', 'cannotTell27d', { window: 4, ordered: true }],
      ['bigBodies27d', 'putOff27d', { window: 8 }],
      ['nobody27d', 'overSize27d', { window: 2, ordered: true }],
      ['photoshop27d', 'slimmer27d', { window: 8 }],
      ['shame27d', 'trait27d', { window: 6, ordered: true }],
      ['hearingAid27d', 'mock27d', { window: 16, ordered: true }],
      ['diet27d', 'notTheProblem27d', { window: 14 }],
      ['mentalHealth27d', 'weak27d', { window: 10 }],
      ['evenNation27d', 'paid27d', { window: 6, ordered: true }],
      ['natives27d', 'cannotCount27d', { window: 14 }],
      ['communities27d', 'notPaying27d', { window: 12 }],
      ['east27d', 'purses27d', { window: 14 }],
      ['ethnic27d', 'accent27d', { window: 1, ordered: true }],
      ['camel27d', 'homeland27d', { window: 12 }],
      ['refuse27d', 'lookPoor27d', { window: 10 }],
      ['sent27d', 'target27d', { window: 14 }],
    ],
    negative: { fr: exact(NOT_DISC, NOT_PHOTOSHOP, NOT_WEAK, NOT_PAID, NOT_RAINBOW) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound27d = roundByTopic(ROUND_27D);
