// Twenty-sixth round, reading e (`withRound26e` adds it to every topic's rules), from `train-bv`'s misses, by family
// (each with its French wording):
// Politics: "roll on the local elections"; the same-sex marriage law "was a mistake", "whatever Parliament says".
// Religion and discrimination: a woman in a niqab and "we're still looking for the punchline"; suppliers who "share
// the same background… the one that runs the banks".
// Discrimination: a kid who "can't fit a 14, maybe fewer crisps"; "guess which of our biscuits is gay", "can't sit
// up straight"; "skilled workers" "fresh off the ferry"; "you're welcome to go back home and eat your own"; the intern
// found and "go wild"; over-55s and "the future called, it doesn't need you"; a pregnant candidate welcome "somewhere
// else"; same-sex couples and "we're all thinking the same thing"; retirees who "can't work out the QR code"; a
// Geordie dialect "even Google Translate gives up on"; a mum who "put on so much weight"; trans women who "pop on a
// beard and a skirt"; gender-neutral toilets and "if you can't pick a door"; West Africans for whom the heat is "in
// their nature"; a disabled intern for whom folding socks is "already a lot for him"; "people with a future, not a
// pension"; "like we believe everyone from your postcode"; an extra deposit by postcode, "nothing personal"; "Irish
// lads and a free bar"; "single, no kids… why she's so bitter"; "as light as a feminist argument"; socks "big enough
// even for our African friends"; "62 and want a career change? Try bingo"; a reviewer's "reg plate"; a surname
// "ending in -ski" that "doesn't land as well"; a stutter, "just hang up"; a colleague "transitioning", "worth the
// trip"; "prayer breaks", "not here to work", "isn't a mosque"; a "diversity quota" and "get rid of them".
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const POLITICS_ALONE = list(`roll on the local elections|roll on the elections|roll on the next election
  |roll on the general election|roll on the election|roll on election day|roll on polling day
  |roll on the council elections
  |roll on the locals|roll on the by election|bring on the local elections|bring on the next election
  |vivement les élections|vivement les prochaines élections|vivement les municipales|vivement les législatives
  |vivement la présidentielle|vivement les régionales|vivement les départementales`);
const SAME_SEX_LAW = list(`same sex marriage|same sex marriage law|gay marriage|gay marriage law|equal marriage
  |marriage equality|mariage pour tous|mariage gay|mariage homo|loi taubira|mariage homosexuel|same sex marriages`);
const MISTAKE = list(`was a mistake|is a mistake|was an error|a big mistake|a huge mistake|une erreur|était une erreur
  |est une erreur|une grave erreur|whatever parliament says|whatever parliament|whatever the law says
  |whatever the government says|quoi qu en dise le parlement|quoi qu en dise la loi|quoi qu en dise l assemblée
  |should be repealed|must be repealed|repeal it|doit être abrogée|faut l abroger|à abroger`);
const TRADITIONAL = list(`one mum|one dad|one mom|a mum and a dad|a mom and a dad|mum and dad only
  |un papa et une maman
  |une maman et un papa|un papa une maman|une maman un papa|real families|normal families|proper families
  |vraies familles|familles normales|was a mistake|whatever parliament says|whatever parliament|une erreur`);

const VEIL = list(`niqab|full niqab|niqabs|burqa|burqas|burka|burkas|hijab|hijabs|headscarf|headscarves|veiled
  |voilée|voilées|voile intégral|en niqab|en burqa|en hijab|burkini`);
const PUNCHLINE = list(`looking for the punchline|still looking for the punchline|waiting for the punchline
  |the punchline|punchline|the joke writes itself|joke writes itself|couldn make it up|could not make it up
  |on cherche encore la chute|on cherche la chute|on attend la chute|la blague s écrit toute seule
  |on ne peut pas inventer ça|ça ne s invente pas`);
const SAME_ORIGIN = list(`share the same|always share the same|all share the same|same background|same origins
  |you know the one|you know which one|you know which|vous voyez lesquels|vous voyez laquelle|suivez mon regard
  |haggle hardest|haggle the hardest|négocient le plus dur|toujours la même origine|la même origine
  |les mêmes origines|tous de la même|toutes de la même|de la même communauté|la même communauté`);
const BANKS = list(`runs the banks|run the banks|control the banks|controls the banks|own the banks|owns the banks
  |runs the media|run the media|control the media|controls the media|runs hollywood|run hollywood|tient les banques
  |tiennent les banques|contrôle les banques|contrôlent les banques|dirige les banques|dirigent les banques
  |contrôlent les médias|tiennent les médias`);

const DISC_ALONE = list(`as light as a feminist|as weak as a feminist|as thin as a feminist|as empty as a feminist
  |as shallow as a feminist|a feminist argument|aussi léger qu un argument féministe|argument de féministe
  |aussi creux qu un argument féministe|isn a mosque|is not a mosque|n est pas une mosquée
  |n est pas une salle de prière
  |isn a prayer room`);
const DIET = list(`fewer crisps|less crisps|fewer chips|fewer sweets|fewer pies|fewer cakes|less cake|fewer burgers
  |fewer doughnuts|fewer donuts|lay off the crisps|lay off the pies|lay off the sweets|lay off the burgers
  |put down the crisps|put the crisps down|skip the crisps|skip dessert|maybe fewer|moins de chips|moins de bonbons
  |moins de gâteaux|moins de frites|moins de sucreries|lâche les chips|lâcher les chips|arrête les chips
  |arrêter les chips|moins de hamburgers`);
const FABRIC = list(`not more fabric|more fabric|bigger sizes|a bigger size|bigger clothes|plus size|plus sizes
  |xl sizes|xxl sizes|cannot fit|plus de tissu|pas plus de tissu|taille au dessus|grandes tailles
  |ne rentre pas dans|rentre plus dans|rentre pas dans`);
const WHICH = list(`guess which|which one|which of our|which of them|devinez lequel|devinez laquelle|lequel de nos
  |laquelle de nos|lequel est|laquelle est`);
const IS_GAY = list(`is gay|is the gay one|the gay one|est gay|est homo|est le gay|est la gay|is a bit gay
  |looks gay|is so gay`);
const GAY = list(`gay|gays|homo|homos|queer|is gay|est gay`);
const STRAIGHT = list(`cannot sit up straight|cannot sit straight|cannot walk straight|cannot stand up straight
  |cannot stand straight|cannot think straight|never sits up straight|limp wristed|limp wrist|ne tient pas droit
  |tient pas droit|ne marche pas droit|poignet cassé`);
const ARRIVALS =
  list(`fresh off the ferry|fresh off the boat|straight off the boat|straight off the ferry|just off the boat
  |just off the ferry|off the dinghy|fresh off the dinghy|another van load|another vanload|another boatload
  |another busload|another coach load|fraîchement débarqués|tout juste débarqués|à peine débarqués`);
const SNEER_WORK = list(`skilled at what|skilled workers|asking for change|begging for change|asking for money
  |on benefits|living off benefits|on the dole|qualifiés en quoi|travailleurs qualifiés|qui mendient
  |qui font la manche
  |faire la manche|à mendier|vivre des aides|vivent des aides`);
const GO_BACK =
  list(`welcome to go back|free to go back|go back home|go back to your country|go back where you came from
  |back to your own country|back where you came from|retourne chez toi|retournez chez vous|retourne dans ton pays
  |retournez dans votre pays|rentre dans ton pays|rentrez dans votre pays|rentre chez toi|rentrez chez vous
  |retourner manger
  |retourne manger|retournez manger`);
const EAT_OWN = list(`eat your own|your own biscuits|your own cuisine|your own cooking
  |your own curry|ta propre bouffe|ta propre cuisine|votre propre cuisine|votre propre bouffe|manger la vôtre
  |manger la tienne|manger les vôtres|manger les tiens|manger ta bouffe|manger votre bouffe|les tiens au bled
  |les vôtres au bled|au bled`);
const FOUND = list(`found the intern|found the guy|found the person|found the culprit|found the employee
  |found the reviewer|found the woman|found the man|found the girl|found the lad|found the driver
  |tracked down the|we tracked down|tracked him down|tracked her down|on a retrouvé le stagiaire|on l a retrouvé
  |on l a retrouvée|on l a trouvé|on l a trouvée
  |on a identifié le|on a identifié la|on a trouvé le stagiaire|identified the intern|identified the guy`);
const INCITE = list(`go wild|comments are open|have at him|have at her|have at them|do your worst|you know what to do
  |go get him|go get her|sortez les fourches|lâchez vous|vous savez quoi faire
  |have fun with him|have fun with her|faites vous plaisir dans les commentaires
  |lâchez vous dans les commentaires|défoulez vous dans les commentaires`);
const PREGNANT = list(`pregnant|enceinte|enceintes|mum to be|mom to be|future maman|futures mamans`);
const ELSEWHERE = list(`somewhere else|look elsewhere|apply elsewhere|try elsewhere|luck elsewhere|happiness elsewhere
  |success elsewhere|the best elsewhere|career elsewhere|future elsewhere|but elsewhere|just elsewhere
  |another employer|un autre employeur|just not here|but not here|mais pas chez nous|not with us|anywhere but here
  |n importe où sauf ici|bonheur ailleurs|chance ailleurs|réussite ailleurs|avenir ailleurs|mais ailleurs
  |voir ailleurs|aller voir ailleurs|postuler ailleurs`);
const SAME_SEX = list(`same sex couples|same sex couple|gay couples|gay couple|two dads|two mums|two moms
  |lesbian couple|lesbian couples|couples homos|couple homo|couples gays|couple gay|couples de même sexe
  |deux papas|deux mamans|same sex parents`);
const SILENT_SNEER = list(`thinking the same thing|all thinking the same|we smile politely|smile politely
  |on sourit poliment|on pense tous la même chose|on n en pense pas moins|on pense tous pareil`);
const OLDIES = list(`retirees|the retirees|retired folk|elderly|the elderly|old people|older people|oaps|grannies
  |grandads|grandpas|grandmas|les personnes âgées|les petits vieux|les anciens`);
const CLUELESS =
  list(`cannot work out the qr code|cannot work out a qr code|cannot scan a qr code|cannot scan the qr code
  |it a qr code|cannot even scan|cannot even work out|cannot even use|pas fichus de scanner|incapables de scanner
  |the future called|it doesn need you|doesn need you anymore|l avenir n a pas besoin de vous|l avenir a appelé
  |try bingo|try the bingo
  |more your speed|more your pace|stick to bingo|essayez le bingo|essayez le loto|plutôt le bingo|more your age`);
const OLDER_AGE = list(`{n} and want|{n} and looking for|{n} and thinking of|{n} and fancy|{n} and still
  |{n} and want to
  |{n} ans et envie|{n} ans et vous voulez|{n} ans et vous cherchez|à {n} ans vous voulez`);
const WITH_FUTURE = list(`with a future|people with a future|avec un avenir|des gens d avenir|des profils d avenir`);
const PENSION = list(`not a pension|not a pensioner|not pensioners|not retirees|pas une retraite|pas des retraités
  |pas un retraité|pas une pension`);
const DIALECT = list(`geordie|geordies|scouse|scouser|scousers|brummie|brummies|glaswegian|glaswegians|cockney
  |dialect|dialects|patois|accent|accents|ch ti|chtis|ch tis`);
const TRANSLATE = list(`google translate gives up|even google translate|google translate gives up on|need subtitles
  |needs subtitles|need a translator|needs a translator|need an interpreter|english test|an english test
  |proper english|besoin de sous titres|besoin d un traducteur|test de français|un test de français`);
const SHAME = list(`shame mum|shame she|shame he|shame your|shame his|shame her|shame about|pity she|pity mum
  |pity your
  |dommage qu elle|dommage qu il|dommage que ta|dommage que votre|dommage que sa|dommage que maman
  |dommage que la maman|dommage que la mère`);
const WEIGHT = list(`put on weight|put on so much weight|put on a few pounds|gained a few pounds|gained weight
  |gained so much weight|piled on the pounds
  |let herself go|let himself go|pris du poids|pris autant de kilos|pris tant de kilos|pris des kilos
  |a pris du poids|grossi|a grossi|s est laissée aller
  |s est laissé aller`);
const TRANS = list(`trans women|trans woman|trans men|trans man|trans people|trans athletes|trans players|trans kids
  |transgender|transwomen|femmes trans|femme trans|hommes trans|personnes trans|athlètes trans|des trans|les trans`);
const TRANSITIONING = list(
  `transitioning|is transitioning|en transition|changement de sexe|changer de sexe|sex change`,
);
const COSTUME = list(`pop on a beard|a beard and a skirt|put on a skirt|pop on a skirt|pop on a wig|wig and a skirt
  |man in a dress|men in a dress|men in dresses|call yourself a woman|call yourself a man|mettre une jupe
  |mettre une perruque|une barbe et une jupe|mettez une barbe|mettez une jupe|un homme en robe|des hommes en robe`);
const GAWK = list(`worth the trip|pop in and have a look|come and have a look|come and stare|come and gawk
  |ça vaut le détour|ça vaut le déplacement|passez le voir|passez la voir|venez voir ça|venez voir le phénomène
  |freak show|the freak show`);
const NON_BINARY = list(`gender neutral toilets|gender neutral loos|gender neutral bathrooms|gender neutral toilet
  |toilettes non genrées|toilettes neutres|non binary|nonbinary|non binaire|non binaires|unisex toilets`);
const PICK_DOOR = list(`cannot pick a door|pick a door|choose a door|pick a toilet|pick a loo|choisir une porte
  |choisis une porte|choisissez une porte|make up your mind|décide toi|décidez vous`);
const ETHNIC =
  list(`african|africans|west african|west africans|afrique|d afrique|afrique de l ouest|asian|asians|indian
  |indians|chinese|latino
  |latinos|caribbean|jamaican|jamaicans|nigerian|nigerians|africains|africaines|africain|noirs|noires|asiatiques
  |antillais|maghrébins|arabs|arabes|mexicans|filipino|filipinos|ghanaian|somali|somalis|pakistani|pakistanis`);
const NATURE = list(`in their nature|in their blood|in their dna|in their genes|built for it|built for the heat
  |built for hard work|born for it|natural rhythm|dans leur nature|dans leur sang|dans le sang
  |dans leur adn|dans leurs gènes|faits pour ça|faits pour la chaleur|naturellement doués|they built for
  |they are built for|ils sont faits pour`);
const EVEN_FOR = list(`big enough even for|even for our|assez grand même pour|assez grandes même pour|même pour nos
  |large enough even for|big enough for our|wide enough even for|même les grands pieds de nos amis
  |même les pieds de nos amis|les grands pieds de nos amis|même les gros pieds de nos amis`);
const DISABLED = list(`disabled|handicapped|handicapé|handicapée|wheelchair|autistic|autiste|down syndrome
  |trisomique|learning disability|learning disabilities`);
const A_LOT_FOR = list(`already a lot for him|already a lot for her|about all he can
  |about all she can|all he can manage|all she can manage|déjà beaucoup pour lui|déjà beaucoup pour elle
  |déjà bien pour lui|déjà bien pour elle|c est déjà pas mal pour lui|c est déjà pas mal pour elle`);
const SPEECH = list(`stutter|stammer|a stutter|a stammer|bègue|bégaie|bégaye|lisp|a lisp|speech impediment`);
const HANG_UP = list(`just hang up|or just hang up|raccrochez|raccrochez lui au nez|allow five minutes per call
  |allow {n} minutes per call|prévoyez {n} minutes par appel|prévoyez cinq minutes par appel`);
const LIKE_WE_BELIEVE =
  list(`like we believe|just like we believe|as much as we believe|like we trust|as much as we trust
  |comme on croit|autant qu on croit|comme on fait confiance à|like we believe everyone`);
const POSTCODE = list(`everyone from your postcode|everyone from your area|everyone from your estate
  |everyone from your neighbourhood|people from your postcode|people from your area|everyone from your country
  |everyone from your part of town|everyone from round your way|tous ceux de ton quartier|tous ceux de votre quartier
  |les gens de ton quartier|les gens de votre quartier|tous ceux de ta cité|tous les gens de ta cité`);
const DEPOSIT = list(`extra security deposit|extra deposit|additional deposit|higher deposit
  |caution supplémentaire|dépôt de garantie supplémentaire|caution plus élevée`);
const NOTHING_PERSONAL = list(`nothing personal|just the statistics|it just the statistics|just statistics
  |rien de personnel|c est statistique|ce sont les statistiques|juste les statistiques|the numbers don lie`);
const NATIONAL = list(`irish lads|irish men|irishmen|irish fans|the irish|irish lot|irish guys|scottish lads
  |scots lads
  |polish lads|russian lads|les irlandais|les polonais|les russes|des irlandais|des polonais|des russes`);
const BOOZE = list(`free bar|open bar|what could go wrong|extra buckets|drink the bar dry|drink us dry|bar gratuit
  |vider le bar|ce qui pourrait mal tourner|qu est ce qui pourrait mal tourner`);
const NO_KIDS = list(`no kids|no children|childless|sans enfants|pas d enfants|no husband|no boyfriend|still single
  |toujours célibataire|spinster|vieille fille|sans mari`);
const BITTER = list(`she so bitter|she bitter|she so grumpy|she so miserable|she so cranky|she so uptight|bitter old
  |elle est aigrie|elle est si aigrie|qu elle soit aigrie|elle est frustrée|elle est si frustrée|si aigrie
  |tellement aigrie`);
const REVIEWER = list(`whoever left that|whoever left the|whoever wrote that|who left that review|who left us that
  |star review|1 star|one star|avis 1 étoile|avis une étoile|à celui qui a laissé|celui qui a laissé
  |celle qui a laissé|negative review|bad review|mauvais avis`);
const TRACE = list(`reg plate|number plate|registration plate|licence plate|license plate|plaque d immatriculation
  |ta plaque|votre plaque|we got the footage|we have the footage|we got you on camera|we have you on camera
  |on a les images|on t a filmé|on vous a filmé`);
const SURNAME = list(`surname ending in|surname ends in|surnames ending in|name ending in|names ending in
  |foreign surname|foreign sounding name|foreign sounding surname|unpronounceable name|unpronounceable surname
  |nom à consonance|nom étranger|nom imprononçable|noms imprononçables|nom en ski|nom finissant en`);
const BAD_FIT = list(`doesn land|does not land|doesn land as well|doesn go down well|doesn sound right|not a good look
  |clients prefer|ça passe moins bien|ça passe mal|passe moins bien|pas très vendeur|let be honest|soyons honnêtes`);
const PRAYER = list(`prayer breaks|prayer break|prayer times|pauses prière|pause prière|prayer room|to pray|pour prier
  |salle de prière|prayer mat`);
const NOT_HERE = list(`not here to work|not here to pray|pas là pour travailler|pas là pour prier|isn a mosque
  |not a mosque|pas une mosquée|isn a church|pas une église`);
const DIVERSITY = list(`diversity quota|diversity quotas|diversity hire|diversity hires|quota de diversité
  |quotas de diversité|quotas ethniques|discrimination positive|quotas d embauche|quota d embauche`);
const RID = list(`get rid of them|get rid of those|get rid of that lot|se débarrasser d eux|nous débarrasser d eux
  |s en débarrasser|les dégager|qu on se débarrasse|se débarrasse de lui|se débarrasser de lui
  |se débarrasse d eux`);
const NEWCOMERS = list(`new communities|their new communities|nouvelles populations|nouveaux arrivants|these people
  |those people|ces gens là|immigrants|migrants|foreigners|étrangers|immigrés`);
const NOT_DISCRIMINATION = list(`en transition énergétique|en transition écologique|en pleine transition énergétique
  |en pleine transition écologique|en transition numérique`);

const ROUND_26E: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      alone26e: { fr: exact(POLITICS_ALONE) },
      sameSexLaw26e: { fr: exact(SAME_SEX_LAW) },
      mistake26e: { fr: exact(MISTAKE) },
    },
    alone: ['alone26e'],
    pairs: [['sameSexLaw26e', 'mistake26e', { window: 10, ordered: true }]],
  },
  religion: {
    groups: {
      veil26e: { fr: exact(VEIL) },
      punchline26e: { fr: exact(PUNCHLINE) },
      sameOrigin26e: { fr: exact(SAME_ORIGIN) },
      banks26e: { fr: exact(BANKS) },
    },
    pairs: [
      ['veil26e', 'punchline26e', { window: 20, ordered: true }],
      ['sameOrigin26e', 'banks26e', { window: 16, ordered: true }],
    ],
  },
  discrimination: {
    groups: {
      alone26e: { fr: exact(DISC_ALONE) },
      sameSexLaw26e: { fr: exact(SAME_SEX_LAW) },
      traditional26e: { fr: exact(TRADITIONAL) },
      veil26e: { fr: exact(VEIL) },
      punchline26e: { fr: exact(PUNCHLINE) },
      sameOrigin26e: { fr: exact(SAME_ORIGIN) },
      banks26e: { fr: exact(BANKS) },
      diet26e: { fr: exact(DIET) },
      fabric26e: { fr: exact(FABRIC) },
      which26e: { fr: exact(WHICH) },
      isGay26e: { fr: exact(IS_GAY) },
      gay26e: { fr: exact(GAY) },
      straight26e: { fr: exact(STRAIGHT) },
      arrivals26e: { fr: exact(ARRIVALS) },
      sneerWork26e: { fr: exact(SNEER_WORK) },
      goBack26e: { fr: exact(GO_BACK) },
      eatOwn26e: { fr: exact(EAT_OWN) },
      found26e: { fr: exact(FOUND) },
      incite26e: { fr: exact(INCITE) },
      pregnant26e: { fr: exact(PREGNANT) },
      elsewhere26e: { fr: exact(ELSEWHERE) },
      sameSex26e: { fr: exact(SAME_SEX) },
      silentSneer26e: { fr: exact(SILENT_SNEER) },
      oldies25f: { fr: exact(OLDIES) },
      clueless25f: { fr: exact(CLUELESS) },
      olderAge26e: { fr: exact(OLDER_AGE) },
      withFuture26e: { fr: exact(WITH_FUTURE) },
      pension26e: { fr: exact(PENSION) },
      dialect26e: { fr: exact(DIALECT) },
      translate26e: { fr: exact(TRANSLATE) },
      shame26e: { fr: exact(SHAME) },
      weight26e: { fr: exact(WEIGHT) },
      trans26e: { fr: exact(TRANS) },
      transitioning26e: { fr: exact(TRANSITIONING) },
      costume26e: { fr: exact(COSTUME) },
      gawk26e: { fr: exact(GAWK) },
      nonBinary26e: { fr: exact(NON_BINARY) },
      pickDoor26e: { fr: exact(PICK_DOOR) },
      ethnic26e: { fr: exact(ETHNIC) },
      nature26e: { fr: exact(NATURE) },
      evenFor26e: { fr: exact(EVEN_FOR) },
      disabled26e: { fr: exact(DISABLED) },
      aLotFor26e: { fr: exact(A_LOT_FOR) },
      speech26e: { fr: exact(SPEECH) },
      hangUp26e: { fr: exact(HANG_UP) },
      likeWeBelieve26e: { fr: exact(LIKE_WE_BELIEVE) },
      postcode26e: { fr: exact(POSTCODE) },
      deposit26e: { fr: exact(DEPOSIT) },
      nothingPersonal26e: { fr: exact(NOTHING_PERSONAL) },
      national26e: { fr: exact(NATIONAL) },
      booze26e: { fr: exact(BOOZE) },
      noKids26e: { fr: exact(NO_KIDS) },
      bitter26e: { fr: exact(BITTER) },
      reviewer26e: { fr: exact(REVIEWER) },
      trace26e: { fr: exact(TRACE) },
      surname26e: { fr: exact(SURNAME) },
      badFit26e: { fr: exact(BAD_FIT) },
      prayer26e: { fr: exact(PRAYER) },
      notHere26e: { fr: exact(NOT_HERE) },
      diversity26e: { fr: exact(DIVERSITY) },
      rid26e: { fr: exact(RID) },
      newcomers26e: { fr: exact(NEWCOMERS) },
    },
    alone: ['alone26e'],
    negative: { fr: exact(NOT_DISCRIMINATION) },
    pairs: [
      ['sameSexLaw26e', 'traditional26e', { window: 20, ordered: true }],
      ['veil26e', 'punchline26e', { window: 20, ordered: true }],
      ['sameOrigin26e', 'banks26e', { window: 16, ordered: true }],
      ['diet26e', 'fabric26e', { window: 14 }],
      ['which26e', 'isGay26e', { window: 8, ordered: true }],
      ['gay26e', 'straight26e', { window: 16, ordered: true }],
      ['arrivals26e', 'sneerWork26e', { window: 20 }],
      ['goBack26e', 'eatOwn26e', { window: 8, ordered: true }],
      ['found26e', 'incite26e', { window: 24, ordered: true, variant: 'harassment' }],
      ['pregnant26e', 'elsewhere26e', { window: 16, ordered: true }],
      ['sameSex26e', 'silentSneer26e', { window: 20, ordered: true }],
      ['olderAge26e', 'clueless25f', { window: 12, ordered: true }],
      ['withFuture26e', 'pension26e', { window: 6, ordered: true }],
      ['dialect26e', 'translate26e', { window: 16 }],
      ['shame26e', 'weight26e', { window: 10, ordered: true }],
      ['trans26e', 'costume26e', { window: 14, ordered: true }],
      ['transitioning26e', 'gawk26e', { window: 14, ordered: true }],
      ['nonBinary26e', 'pickDoor26e', { window: 16, ordered: true }],
      ['ethnic26e', 'nature26e', { window: 16, ordered: true }],
      ['evenFor26e', 'ethnic26e', { window: 4, ordered: true }],
      ['disabled26e', 'aLotFor26e', { window: 16, ordered: true }],
      ['speech26e', 'hangUp26e', { window: 16, ordered: true }],
      ['likeWeBelieve26e', 'postcode26e', { window: 8, ordered: true }],
      ['deposit26e', 'nothingPersonal26e', { window: 20 }],
      ['national26e', 'booze26e', { window: 14 }],
      ['noKids26e', 'bitter26e', { window: 16, ordered: true }],
      ['reviewer26e', 'trace26e', { window: 16, ordered: true, variant: 'harassment' }],
      ['surname26e', 'badFit26e', { window: 24, ordered: true }],
      ['prayer26e', 'notHere26e', { window: 16, ordered: true }],
      ['diversity26e', 'rid26e', { window: 24, ordered: true }],
      ['rid26e', 'newcomers26e', { window: 6, ordered: true }],
    ],
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26e = roundByTopic(ROUND_26E);
