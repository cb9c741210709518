// Discrimination and harassment (the `discrimination` category), French and English, by class:
// - slurs and hateful slogans, alone ("bougnoule", "tranny", "sale Arabe", "race inférieure");
// - a protected group (word-lists-discrimination.ts) + a derogatory predicate within a few words: incapacity
//   ("ne savent pas gérer", "can't drive"), essentialism ("c'est génétique", "in their blood"), vices and
//   dehumanisation ("voleurs", "vermin", "breed like rabbits"), exclusion ("pas les bienvenus", "we avoid them");
// - exclusion right before a group: "pas de femmes", "no foreigners", "aucun candidat handicapé";
// - hiring criteria: a hiring word + an age limit, a sex, looks, nationality ("moins de 30 ans", "jeune homme",
//   "nationalité française"), or a requirement on a protected trait ("must be straight", "physique avantageux exigé");
// - "go back" + where people come from ("retourne dans ton pays", "go back to where you came from");
// - harassment: threats ("je vais te défoncer"), incitement to suicide, body shaming ("t'es grosse", "you're a
//   whale"), knowing where someone lives or what their children do, exposing their address or messages,
//   "continue … tu vas voir", "nobody likes you".
// The lists are in word-lists-discrimination.ts (who), word-lists-hiring.ts and word-lists-harassment.ts; slurs and
// predicates are here. Compounds (two lists next to each other make a word of a third group) keep lists as lists.
import type { CategoryRules } from './lexicon';
import {
  GROUPS_EN,
  GROUPS_FR,
  ATTIRE,
  DISABLED,
  JEWS,
  JEW_TROPES,
  ORIGIN,
  PEOPLE_ADJ_BEFORE_FR,
  PEOPLE_ADJ_EN,
  PEOPLE_ADJ_FR,
  PEOPLE_EN,
  PEOPLE_FR,
  combos,
  exact,
  list,
} from './word-lists-discrimination';
import {
  DEMONYMS_MORE_FR,
  GROUPS_MORE_EN,
  GROUPS_MORE_FR,
  VALUABLES,
  VANISH,
  WATCH,
} from './word-lists-discrimination';
import {
  AGE_LIMIT_EN,
  AGE_LIMIT_FR,
  CRITERIA_EN,
  CRITERIA_FR,
  HIRE_EN,
  HIRE_FR,
  IDENTITY,
  JOBS,
  LOOKS,
  MUST_BE,
  REQUIRE,
  REQUIRE_STRICT,
  SEEK,
  STAFF,
} from './word-lists-hiring';
import {
  EVERYONE,
  FIND_OUT,
  HARM,
  KNOW,
  LEAK,
  LIKED,
  LIKENESS,
  LIKE_WHAT,
  LOOKS_ADJ,
  LOOKS_NOUN,
  LOOKS_STRICT,
  MOCKED,
  NOBODY,
  PRESS,
  PRIVATE,
  PRIVATE_STRONG,
  PUBLISHER,
  PUBLISH_VERB,
  RELATIVE,
  THREATEN,
  THREATS,
  WARNING,
  WHEREABOUTS,
  YOU_ARE,
  YOU_ARE_A,
  YOU_BARE,
} from './word-lists-harassment';
import { AMBUSH, BODY_PART, FIND_YOU, HAVE, SELF_HARM, SHAME, TRACE } from './word-lists-harassment';
import { CONTEMPT_EXTRA, GROUPS_EXTRA, MOCKED_EXTRA, ORIGIN_JIBE, PUSH_OUT } from './word-lists-exclusion';
import * as St from './word-lists-stereotypes';
import * as Pr from './word-lists-protected';
import * as D4 from './word-lists-discrimination-4';
import * as D8 from './word-lists-discrimination-8';

// ---- Slurs and slogans (enough alone).

const SLURS_FR = `nègre|nègres|négresse|négresses|négro|négros|bamboula|bamboulas|bougnoule|bougnoules|bougnoul|bicot|bicots
  |crouille|crouilles|raton|ratons|chinetoque|chinetoques|chintok|chintoks|niakoué|niakoués|youpin|youpins|youpine|youtre
  |youtres|romano|romanos|sale race|sales races|sous race|sous races|race inférieure|races inférieures|race supérieure|grand remplacement
  |remigration|sous homme|sous hommes|pédé|pédés|pd|tapette|tapettes|tarlouze|tarlouzes|tantouze|tantouzes|fiotte
  |fiottes|gouine|gouines|travelo|travelos|mongolien|mongoliens|gogol|gogols|les attardés|des attardés|un attardé
  |attardé mental|attardés mentaux|espèce d attardé|racaille|racailles|caillera|islamo racaille|gros lard|grosse vache
  |grosse truie|gros porc|gros tas|sac à gras|boule de graisse|grosse baleine|mauviettes|femmelettes
  |retourne à la cuisine|retourne dans ta cuisine|à la cuisine les femmes|avec un nom pareil|nom à consonance
  |consonance étrangère|heil hitler|sieg heil|white power|rital|ritals|polak|polaks|bridé|bridés|yeux bridés|tafiole
  |tafioles|lopette|lopettes|boche|boches|clodo|clodos|cas soc|cas socs|bounty|bountys|youd|youds`;

const SLURS_EN = `nigger|niggers|nigga|niggas|negro|negroes|coloureds|darkie|darkies|sambo|golliwog|jungle bunny|porch monkey
  |spic|spics|wetback|wetbacks|beaner|beaners|chink|chinks|chinky|gook|gooks|slant eyes|zipperhead|raghead|ragheads
  |towelhead|towelheads|sand nigger|camel jockey|paki|pakis|kike|kikes|hymie|gyppo|gyppos|pikey|pikeys|subhuman
  |sub human|inferior race|master race|great replacement|white power|white pride|heil hitler|sieg heil|faggot|faggots
  |fag|fags|dyke|dykes|lesbo|lezzer|poof|poofs|poofter|poofters|tranny|trannies|trannie|shemale|she male|he she
  |ladyboy|troon|troons|retarded|retardo|spastic|spaz|spazz|spacker|mongoloid|cripple|cripples|midget|midgets
  |window licker|short bus|sissies|sissy|fatso|fatty|lardass|lard ass|land whale|fat cow|fat pig|ugly cow|fat bitch
  |back to the kitchen|belong in the kitchen|make me a sandwich|welfare scroungers|benefit scroungers|dole scroungers
  |with a name like that|names like that|sounding name|sounding names|christ killers|pansy|pansies|nancy boy
  |batty boy|pajeet|pajeets|curry muncher|wog|wogs|dago|dagos|wop|wops|kraut|krauts|yid|yids|coon|coons|jigaboo
  |sand monkey|cotton picker|redskin|redskins|squaw|half breed|halfbreed|abo|abos|slanty`;

const DIRTY_FR = list(`arabe|arabes|noir|noirs|noire|noires|juif|juifs|juive|juives|musulman|musulmans|musulmane|chinois
  |chinoise|gitan|gitans|gitane|rom|roms|romano|immigré|immigrés|étranger|étrangers|étrangère|pédé|pédés|gouine
  |gouines|portugais|polonais|roumain|roumains|turc|turcs|africain|africains|asiatique|asiat|renoi|rebeu|feuj
  |homo|homos|trans|travelo|handicapé|handicapés|mongol|triso|vieux|vieille|grosse|naine|nain|bougnoule|nègre
  |pédale|pédales`);
const DIRTY_EN = list(`jew|jews|arab|arabs|immigrant|immigrants|gypsy|gypsies|foreigner|foreigners|paki|pakis|muslim
  |muslims|mexican|mexicans|romanian|romanians|chinese|black|blacks|polack|polacks|migrant|migrants|gay|gays|tranny`);

// ---- Who (see word-lists-discrimination.ts) and what is said of them.

/** "ne savent pas" + "gérer": a compound of the `contempt` group (two lists, next to each other). */
const UNABLE_FR = exact(
  list(`ne savent pas|savent pas|ne sait pas|sait pas|ne peuvent pas|peuvent pas|ne peut pas|n arrivent pas à
    |arrivent pas à|n arrive pas à|incapables de|incapable de|pas capables de|pas capable de|pas fichus de|pas foutus de
    |nulles pour|nuls pour`),
);
const SKILL_FR = exact(
  list(`conduire|diriger|gérer|manager|compter|calculer|négocier|vendre|coder|réfléchir|penser|décider|comprendre
    |travailler|porter|soulever|se garer|piloter|commander|encadrer|bosser|lire|parler|s adapter|s intégrer|suivre
    |se débrouiller|utiliser|se servir|cuisiner|apprendre|se concentrer|se tenir|faire des maths`),
);
const UNABLE_EN = exact(
  list(`cannot|can not|don't know how to|do not know how to|are unable to|are incapable of|aren't able to|never learn to
    |are too dumb to|are too stupid to|are too slow to|are too weak to|are too emotional to|are bad at|are terrible at
    |are hopeless at|are useless at|suck at|can never|will never be able to`),
);
const SKILL_EN = exact(
  list(`drive|park|lead|manage|run|count|do maths|do math|negotiate|sell|code|think|decide|understand|work|lift|carry
    |handle|cope|use|be trusted|speak|read|fix|engineer|fly|pilot|integrate|adapt|learn|follow|focus|cook|do the job
    |do this job|do business|run a business|make decisions|keep up|do engineering|doing|driving|managing|negotiating`),
);

const CONTEMPT_FR = `ne savent rien|savent rien|incapable|incapables|ne comprennent rien
  |comprennent rien|ne comprend rien|comprend rien|nuls en|nulles en|nul en|nulle en|bons à rien|bonnes à rien
  |bon à rien|bonne à rien|bons qu à|bonnes qu à|bon qu à|bonne qu à|juste bons à|juste bonnes à|rien d autre
  |pas faits pour|pas faites pour|pas fait pour|pas faite pour|n ont rien à faire|ont rien à faire|n a rien à faire
  |a rien à faire|pas leur place|pas sa place|leur place est|sa place est|à la cuisine
  |conduisent comme|conduisent mal|conduit comme|ça fait deux|font deux|incompétents|incompétentes|moins productifs
  |moins productives|moins intelligents|moins intelligentes|moins compétents|moins compétentes|moins fiables
  |c est génétique|génétique|génétiquement|dans les gènes|dans leurs gènes|dans le sang|dans leur sang|par nature
  |dans leur nature|c est culturel|culturel chez eux|c est dans leur culture|voleurs nés|menteurs nés|c est bien connu
  |on le sait tous|tout le monde le sait|toujours les mêmes|sont tous les mêmes|tous pareils|toutes pareilles
  |voleur|voleurs|voleuse|voleuses|volent|délinquants|délinquantes|criminels|terroristes|violeurs|fraudeurs|profiteurs
  |profiteuses|parasites|parasite|fainéants|fainéantes|fainéant|feignants|feignasses|paresseux|paresseuses|sont sales
  |a volé|ont volé|sont dangereux|sont dangereuses|tous dangereux
  |puent|sentent mauvais|bruyants|sauvages|barbares|arriérés|arriérées|primitifs|inférieur|inférieurs|inférieure
  |inférieures|hystériques|hystérique|stupides|débiles|abrutis|sournois|fourbes|radins|rapaces|menteurs|menteuses
  |tricheurs|racailles|sauvageons|une plaie|fléau|un fléau|calamité|nuisance|nuisibles|boulets
  |un boulet|fardeau|poids mort|à vomir|dégoûtants|dégoûtantes|dégueulasses|répugnants|répugnantes|immondes
  |pleurnicher|pleurnichent|pleurniche|pleurnichardes|pleurnichards|chialent|chialer|pleure à chaque|pleurent à chaque
  |pleure pour un rien|pleurent pour un rien|trop émotives|trop émotifs|trop sensibles|émotives
  |lunatiques|chochottes|soumises|incompatible|incompatibles|s intègrent pas|ne s intègrent pas|s intègrent jamais
  |communautaristes|contre nature|anormaux|anormales|c est une maladie|est une maladie|ça se soigne|déviants|pervers|perverses|dégénérés|tarés|sous hommes
  |singes|guenons|macaques|gorilles|comme des animaux|sont des animaux|ce sont des animaux|bêtes sauvages|rats|cafards|vermine|porcs|sangsues|cancrelats|bétail
  |comme des lapins|se reproduisent|pullulent|prolifèrent|envahissent|envahisseurs|invasion|contrôlent tout
  |contrôlent la finance|contrôlent les médias|contrôlent le monde
  |dirigent le monde|tiennent la finance|tiennent les banques|tirent les ficelles|vivent des aides|vivent des allocs
  |aux crochets|nous coûtent|plombent|ralentissent|ralentit|lents|lentes|trop lents|trop lentes|trop lent|trop lente
  |pas les bienvenus|pas les bienvenues|pas bienvenus|pas bienvenues|indésirables|interdit aux|interdite aux
  |interdits aux|interdites aux|interdire|on n en veut pas|on en veut pas|n en veut pas|on ne veut pas de|on veut pas de
  |on ne veut pas d|on ne veut plus de|on n en veut plus|jamais de la vie
  |non merci|pas dans nos magasins|pas dans notre magasin|pas dans nos boutiques|pas dans nos pubs|file à part
  |caisse à part|entrée à part|cachez vous|qu ils se cachent|gardez vos histoires|gardez ça pour vous
  |gardez le pour vous|gardez les pour vous|restez discrets|pas devant les enfants|on les évite|les éviter
  |on préfère éviter|on les surveille|les surveiller|surveillez les|on les suit|préfère ne pas|on préfère ne pas
  |ne pas embaucher|pas embaucher|ne pas en embaucher|ne pas recruter|pas recruter|ne recrutons pas|n embauchons pas
  |on n embauche pas|on n embauche plus|on embauche pas|pousser vers la sortie|pousse vers la sortie
  |poussent vers la sortie|on les pousse|se débarrasser|s en débarrasser|les virer|virer les|les dégager|dehors les
  |foutez les dehors|jetez les dehors|dégagez|qu ils rentrent chez eux|qu ils retournent|renvoyez les|les renvoyer
  |renvoyer chez eux|expulser|expulsez les|ne seront pas servis
  |ne seront pas reçus|ne seront pas reçues|ne seront pas acceptés|pas servis|pas servies|pas reçus|pas reçues
  |pas acceptés|refusés|refusées|ne prenons pas|on ne prend pas|on prend pas|faire fuir|fait fuir|font fuir
  |ça fait tache|font tache|mauvais pour l image|pas vendeur|pas vendeurs|pas vendeuse|pas notre cible
  |pas notre clientèle|pas notre image|nuit à l image|les vraies familles|vraies familles|vrais hommes|vraies femmes
  |familles normales|gens normaux|s abstenir|dealers|trafiquants|drogués|alcooliques|escrocs|arnaqueurs
  |voyous|casseurs|bagarreurs|sont violents|sont agressifs|mendiants|squatteurs|pour les quotas|que pour les quotas
  |parce que c est une femme|parce qu elle est une femme|parce qu il est noir|infestation|infestent
  |exterminer|éradiquer|karcher|kärcher|dératiser|ne louons pas|on ne loue pas|on ne loue plus|n accueillons pas
  |on n accueille pas|on n accepte pas|n acceptons pas|ne sont pas admis|non admis|on ne leur vend plus|on ne leur vend pas|on ne les sert plus
  |on ne les sert pas|plus servis|préfère embaucher|préférons embaucher|on embauche que des|on n embauche que des
  |n embauchons que des|on ne les embauche plus|on ne les embauche pas|ne les embauche plus|personne ne veut acheter à
  |ne devraient pas travailler|ne devraient pas avoir le droit|ne devraient pas être embauchés|ne devraient pas conduire
  |crêpage de chignon|crêpages de chignon|on ne la prend pas|on ne le prend pas|on ne les prend pas
  |on la prend pas|on le prend pas|on les prend pas|juste une phase|ça leur passera|c est une mode|c est la mode
  |ont tous la même tête|ont tous la même gueule|se ressemblent tous|une maladie mentale|malades mentaux|malade mental|ne respectent rien|respectent rien|aucun respect|saccagent|saccagé
  |s intègrent ils pas|s intègrent elles pas|mangent n importe quoi|mangent de tout|mangent du chien|mangent des chiens
  |mangent du chat|sentent le curry|allez bosser|va bosser|allez travailler|trouvez vous un travail
  |trouve toi un travail|sont bons en|sont bonnes en|sont doués pour|sont douées pour|devraient payer|payer double
  |payer deux places|pays chrétien|pays de blancs|ne seront pas invités|ne seront pas invitées|qu on les dégage
  |ne rentrent pas|n entrent pas|ne mettent pas les pieds|ne remettent pas les pieds|restent dehors|ou tu restes chez toi
  |ou reste chez toi|ou restez chez vous|au vestiaire|enlève ton|retire ton|pas question d embaucher
  |hors de question d embaucher|pas question de recruter|on évite de les embaucher|on évite d embaucher|évite d embaucher
  |évitons d embaucher|éviter d embaucher|on évite de recruter|trop de galères|que des galères|toujours un enfant malade
  |enfant malade|toujours malades|toujours absentes|toujours absents|toujours en arrêt|arrêter de manger|arrêtent de manger
  |manger moins|mangent trop|toujours une catastrophe|c est la catastrophe|une vraie catastrophe|catastrophe ambulante
  |bagarre|bagarres|couteau|couteaux|faut nettoyer|il faut nettoyer|nettoyer le quartier|faire le ménage|coup de balai
  |rire d eux|se moquer d eux|moquez vous d eux|pas honnêtes|malhonnêtes|jamais honnêtes|pas fiables
  |on ne peut pas leur faire confiance|aucune confiance|rien à attendre|rien de bon
  |on ne peut rien leur confier|rien leur confier|nos clients partiraient|les clients partiraient|perdre des clients
  |fuiraient|perte de temps|aucune notion|aucun sens de|aucune idée de|inutile de les embaucher|inutile de les recruter
  |pas la peine de les embaucher|gêne la clientèle|gênent la clientèle|dérange les clients|dérangent les clients
  |piquent tout|chourent|chouravent|fauchent tout|pour les quotas|que des quotas|rendre leur permis|vivent des aides
  |c est nous qui payons|on paie pour eux|pas devant nos clients|pas devant les clients|qu ils fassent ce qu ils veulent
  |les clients vont fuir|clients vont partir|vont fuir|pas pour le service client|pas pour la vente|les chasser
  |faut les chasser|font la manche|mendient|jamais à l heure|toujours en retard|coûtent trop cher|coûte trop cher
  |trop fragiles|trop fragile|trop faibles|trop faible|créer des problèmes|crée des problèmes|créent des problèmes
  |fauteurs de troubles|fouteurs de merde`;

const CONTEMPT_EN = `inutile de postuler|pas la peine de postuler|don't understand|have no business|has no business
  |don't belong|do not belong|no place in|only good for|only good at|good for nothing|are useless|is useless|useless at
  |useless on|useless for|so useless|incompetent|inferior|aren't cut out|not cut out|are not cut out|not made for
  |weren't made for|don't mix|do not mix|too emotional|so emotional|overly emotional|too sensitive|hormonal|hysterical
  |cry at|cries at|cries in|cry in|cries every|cry every|crying every|crybabies|it's genetic|genetic|genetically
  |in their blood|in their genes|in their dna|by nature|in their nature|it's cultural|it's in their culture
  |born thieves|born liars|everyone knows that|as everyone knows|we all know|always the same people|always them
  |they're all the same|are all the same|all alike
  |all look the same|all look alike|just naturally|naturally lazy|naturally good at|naturally better at
  |thieves|thief|steal|stealing|steals|shoplifters|shoplifting|pickpockets|pickpocket|criminals|crooks|thugs
  |terrorists|rapists|are dangerous|so dangerous|lazy|dirty|filthy|smell bad|smelly|stink|stinks|stinky|savages|primitive|backward
  |stupid|dumb|idiots|too slow|so slow|are slow|is slow|slow everyone|slow us down|slow the team|slow down the|cost us
  |a burden|burden on|a drain|drain on|a liability|plague|a plague|nuisance|parasites|leeches|vermin|scroungers
  |freeloaders|spongers|benefit cheats|invading|invasion|invaders|taking over our country|take over our country
  |taking over the country|taking over everything|flooding in|swarming|breed|breeding|like rabbits|control everything|control the banks|control the media|run the world
  |run the banks|pull the strings|greedy|sneaky|liars|disgusting|repulsive|revolting|abnormal|unnatural
  |against nature|perverts|perverted|deviants|degenerates|a sin|are animals|like animals|behave like animals|apes
  |monkeys|gorillas|rats|cockroaches|are pigs|like pigs
  |not welcome|aren't welcome|are not welcome|unwelcome|banned|ban them|should be banned|keep out|stay out
  |stay away from our store|stay away from our shop|stay out of our store|keep away from our
  |no thanks|no thank you|not on our watch|over my dead body|hell no|not in our stores|not in our store
  |not in my store|won't be served|will not be served|not be served|refuse to serve|refused|segregate|segregated
  |queue at the back|sit at the back|stay at the back|put them at the back|their own queue|their own entrance|their own section|separate entrance|separate queue
  |keep it to yourselves|keep it private|keep it at home|out of sight|we avoid|avoid them|avoid hiring|watch them
  |follow them|follow any of them|keep an eye on them|don't hire|do not hire|won't hire|will not hire|never hire
  |rather not hire|not hire|stop hiring|get rid of|ease them out|easing them out|push them out|shouldn't be allowed
  |should not be allowed|not allowed|aren't allowed|should pay more|should pay|should stay home|should stay at home
  |scare customers away|scare off|scares off|put customers off|puts customers off|bad for business|bad for the brand
  |bad for our image|not our target|not our image|not the image|not our kind of customers|real families|real men
  |real women|proper families|normal families|normal people|need not apply|should not apply|don't bother applying
  |get out of our country|get out of here|get them out|kick them out|throw them out|chuck them out|don't respect
  |no respect|respect nothing|dealers|drug dealers|junkies|drunks|scammers|fraudsters|are violent|are aggressive
  |beggars|squatters|just for the quota|for the quotas|diversity hire|diversity hires|token hire|quota hire
  |affirmative action hire|because she's a woman|because she is a woman|because he's black|because he is black
  |infestation|infest|exterminate|eradicate|wipe them out|we don't rent|we won't rent|we do not rent|we don't host
  |we won't host|we don't accept|we won't accept|we do not accept|not admitted|won't sell to them|don't sell to them|we don't serve them|won't serve them
  |no longer serve|prefer to hire|prefer hiring|only hire|we only hire|rather hire|nobody wants to buy from
  |no one wants to buy from|nobody wants to be served by|shouldn't work|should not work|shouldn't be allowed to
  |should not be allowed to|shouldn't be hired|should not be hired|shouldn't drive|shouldn't have kids|expect drama
  |lots of drama|so much drama|always drama|full of drama|catfight|catfights|won't take her|won't hire her|not hiring her|won't hire him|just a phase
  |grow out of it|just a trend|a fad|mentally ill|a mental illness|sick in the head|eat anything|eat dogs|eat cats|eat bats|smell of curry|get a job
  |go get a job|get a real job|are good at|are great at|are all good at|pay for two seats|pay double
  |christian country|white country|clear them out|clear them off|move them on|won't be invited|will not be invited
  |not be invited|won't be interviewed|not be interviewed|not be considered|won't be considered|will not be considered|ne seront pas retenus
  |ne seront pas retenues|ne sera pas retenue|ne sera pas retenu|didn't come in|don't come in|didn't come into
  |not come into|not come in|never come in|stay outside|or stay home|in the locker|take it off|leave it at home
  |not hiring|no way we're hiring|avoid employing|nightmare to employ|nightmare to hire|nightmare to manage
  |nightmare to work with|too much hassle|more hassle than|not worth the hassle|always a sick kid|a sick kid
  |always off sick|always absent|stop eating|eat less|put the fork down|always a disaster|a total disaster
  |a complete disaster|walking disaster|fights|brawls|brawling|knives|stabbings|time for a clean up|clean them out
  |laugh at them|make fun of them|mock them|don't expect honesty|no honesty|never honest|not honest|dishonest
  |can't be trusted|cannot be trusted|untrustworthy|not trustworthy|expect nothing|nothing good
  |can't trust|cannot trust|trust them with|customers would walk|customers would leave|clients would leave
  |lose customers|a waste of|waste of time|no sense of|no concept of|no idea of|no point hiring|no point in hiring
  |pointless hiring|bothers the customers|bother customers|upsets customers|puts off customers|nicking|nailed down
  |rob|robs|robbing|quota hires|quota hiring|token hires|tokens|hand in their licence|hand in their license
  |lose their licence|live on benefits|live off benefits|sponge off|live off us|we pay for it|we pay for them
  |not in front of our customers|in front of our customers|can do what they want but|customers will run
  |customers will leave|not for customer service|not for sales|chased off|chase them off|chase them away|begging
  |never on time|always late|cost too much|costs too much|too fragile|too weak|causing trouble|cause trouble
  |causes trouble|troublemakers|make trouble`;

/** Said of a group as the subject only ("les clientes voilées font peur", not "les factures font peur aux seniors"). */
const CONTEMPT_AFTER = `dangers publics|danger public|public danger|public dangers|copient|copient tout
  |copy everything|n inventent rien|inventent rien|invent nothing|traîner|traînent|à traîner|hanging around|hang around
  |loitering|font peur|fait peur|effraient|effraie|mettent mal à l aise|met mal à l aise|scare|scares|frighten
  |frightens|make customers uncomfortable|makes customers uncomfortable|make people uncomfortable`;

// ---- "Go back where you come from".

const GO_BACK = `retourne|retournes|retournez|rentre|rentres|rentrez|repars|repartez|reparte|repartent|renvoyez les
  |renvoie les|expulsez les|dégage|dégagez|casse toi|cassez vous|qu ils rentrent|qu ils retournent|qu elle rentre
  |qu il rentre|qu elles rentrent|go back|fuck off back|piss off back|sod off back|send them back|send him back
  |send her back|ship them back|deport them|go home|go back home`;
const HOMELAND = `dans ton pays|dans votre pays|dans leur pays|dans ton propre pays|ton pays|votre pays|leur pays
  |au bled|dans ton bled|dans ta brousse|dans la brousse|en afrique|dans ton désert|dans le désert|dans ta jungle
  |dans la jungle|d où tu viens|d où vous venez|d où ils viennent|d où elle vient|d où il vient|sur ton chameau
  |to your country|your country|your own country|where you came from|where you come from|where they came from
  |where they come from|the desert|the jungle|your desert|your jungle|your village|their country
  |their own country|on the boat|on a boat|on your boat`;
/** Hostile imperatives only ("rentrez", "go back" are also travel), + a country: "dégage en Algérie", "send them back to Poland". */
const GO_BACK_NOW = `casse toi|cassez vous|dégage|dégagez|barre toi|barrez vous|fous le camp|foutez le camp
  |renvoyez les|renvoie les|renvoyons les|expulsez les|qu ils rentrent|qu ils retournent|fuck off back|piss off back
  |sod off back|fuck off|piss off|send them back|send him back|send her back|ship them back|deport them`;
const COUNTRY = combos(
  ['en', 'au', 'aux', 'to', 'back to'],
  list(`afrique|algérie|maroc|tunisie|sénégal|mali|côte d ivoire|congo|cameroun|guinée|comores|somalie|soudan
      |érythrée|nigeria|niger|tchad|syrie|irak|iran|afghanistan|pakistan|inde|bangladesh|chine|vietnam|turquie
      |roumanie|bulgarie|albanie|kosovo|pologne|portugal|antilles|haïti|mexique|philippines|africa|algeria|morocco
      |tunisia|senegal|nigeria|somalia|sudan|eritrea|syria|iraq|iran|afghanistan|pakistan|india|bangladesh|china
      |vietnam|turkey|romania|bulgaria|albania|poland|jamaica|mexico|the philippines|the caribbean`),
);

const EXCLUDE = `pas de|pas d|aucun|aucune|jamais de|no|zero|pas de cv de|pas de cv d|pas de candidatures de|pas de candidature de
  |no cvs from|no applications from|ne va pas|ne vont pas|doesn't suit|don't suit|not for|ne pas nous envoyer de cv de
  |n envoyez pas de cv de|ne pas envoyer de cv de|don't send cvs from|do not send cvs from|don't send applications from`;

export const DISCRIMINATION_RULES: CategoryRules = {
  groups: {
    slur: { fr: exact(SLURS_FR), en: exact(SLURS_EN) },
    dirty: { fr: exact('sale|sales|dirty|filthy') },
    dirtyTarget: { fr: exact(DIRTY_FR), en: exact(DIRTY_EN) },
    threat: { fr: exact(THREATS, SELF_HARM, PUSH_OUT, St.MISGENDER_ALONE, St.VEILED, St.BEING_VERDICT) },
    have: { fr: exact(HAVE) },
    findYou: { fr: exact(FIND_YOU) },
    ambush: { fr: exact(AMBUSH) },
    trace: { fr: exact(TRACE) },
    watch: { fr: exact(WATCH) },
    valuables: { fr: exact(VALUABLES) },
    vanish: { fr: exact(VANISH) },
    threaten: { fr: exact(THREATEN) },
    harm: { fr: exact(HARM) },
    youAre: { fr: exact(YOU_ARE) },
    looksAdj: { fr: exact(LOOKS_ADJ) },
    youAreA: { fr: exact(YOU_ARE_A) },
    looksNoun: { fr: exact(LOOKS_NOUN) },
    you: { fr: exact(YOU_BARE) },
    looksStrict: { fr: exact(LOOKS_STRICT) },
    likeness: { fr: exact(LIKENESS) },
    likeWhat: { fr: exact(LIKE_WHAT) },
    publisher: { fr: exact(PUBLISHER) },
    publishVerb: { fr: exact(PUBLISH_VERB) },
    group: {
      fr: exact(GROUPS_FR, AGE_LIMIT_FR, DEMONYMS_MORE_FR, GROUPS_MORE_FR, GROUPS_EXTRA, St.GROUPS_STEREO),
      en: exact(GROUPS_EN, AGE_LIMIT_EN, GROUPS_MORE_EN),
    },
    // "clients âgés", "older workers": people + a trait, in the language's order (compounds below).
    peopleFr: { fr: exact(PEOPLE_FR) },
    traitFr: { fr: exact(PEOPLE_ADJ_FR) },
    traitEn: { en: exact(PEOPLE_ADJ_EN) },
    peopleEn: { en: exact(PEOPLE_EN) },
    unable: { fr: UNABLE_FR, en: UNABLE_EN },
    skill: { fr: SKILL_FR, en: SKILL_EN },
    staff: { fr: exact(STAFF) },
    mustBe: { fr: exact(MUST_BE) },
    contempt: { fr: exact(CONTEMPT_FR, CONTEMPT_EXTRA, St.CONTEMPT_MORE), en: exact(CONTEMPT_EN) },
    ...St.STEREOTYPE_GROUPS,
    ...Pr.PROTECTED_GROUPS,
    ...D4.DISCRIMINATION_4_GROUPS,
    ...D8.DISCRIMINATION_8_GROUPS,
    originJibe: { fr: exact(ORIGIN_JIBE) },
    disabled: { fr: exact(DISABLED) },
    origin: { fr: exact(ORIGIN) },
    jews: { fr: exact(JEWS) },
    jewTrope: { fr: exact(JEW_TROPES) },
    attire: { fr: exact(ATTIRE) },
    bodyPart: { fr: exact(BODY_PART, St.BODY_PART_MORE) },
    shame: { fr: exact(SHAME, St.SHAME_MORE) },
    contemptAfter: { fr: exact(CONTEMPT_AFTER, St.CONTEMPT_AFTER_MORE) },
    exclude: { fr: exact(EXCLUDE) },
    hire: { fr: exact(HIRE_FR), en: exact(HIRE_EN) },
    seek: { fr: exact(SEEK) },
    job: { fr: exact(JOBS) },
    relative: { fr: exact(RELATIVE) },
    findOut: { fr: exact(FIND_OUT) },
    criterion: { fr: exact(CRITERIA_FR, St.CRITERIA_MORE), en: exact(CRITERIA_EN) },
    traitBeforeFr: { fr: exact(PEOPLE_ADJ_BEFORE_FR) },
    dontGet: { en: exact("don't get|do not get|never get|just don't get|can never get") },
    subject: {
      en: exact(
        'digital|technology|tech|maths|math|engineering|science|computers|it|the internet|business|cars|mechanics',
      ),
    },
    require: { fr: exact(REQUIRE) },
    identity: { fr: exact(IDENTITY) },
    requireStrict: { fr: exact(REQUIRE_STRICT) },
    looks: { fr: exact(LOOKS) },
    goBack: { fr: exact(GO_BACK) },
    goBackNow: { fr: exact(GO_BACK_NOW) },
    country: { fr: exact(COUNTRY) },
    homeland: { fr: exact(HOMELAND) },
    know: { fr: exact(KNOW) },
    whereabouts: { fr: exact(WHEREABOUTS, St.WHEREABOUTS_MORE) },
    leak: { fr: exact(LEAK) },
    private: { fr: exact(PRIVATE) },
    privateStrong: { fr: exact(PRIVATE_STRONG) },
    press: { fr: exact(PRESS) },
    warning: { fr: exact(WARNING) },
    nobody: { fr: exact(NOBODY) },
    liked: { fr: exact(LIKED) },
    everyone: { fr: exact(EVERYONE) },
    mocked: { fr: exact(MOCKED, MOCKED_EXTRA) },
  },
  // 🙄 🤮: a sneer; 😂 🤣 at a disability: ridicule; 🐒 🦍 with an origin: racist.
  signs: { sneer: ['🙄', '🤮', '🤢'], laugh: ['😂', '🤣'], ape: ['🐒', '🐵', '🦍'], pig: ['🐷', '🐖', '🐽'] },
  alone: ['slur', 'threat', 'backhanded4', 'alone4'],
  variants: { threat: 'harassment' },
  compounds: [
    ['dirty', 'dirtyTarget', 'slur'],
    ['threaten', 'harm', 'threat'],
    ['youAre', 'looksAdj', 'threat'],
    ['youAreA', 'looksNoun', 'threat'],
    ['you', 'looksStrict', 'threat'],
    ['likeness', 'likeWhat', 'threat'],
    ['publisher', 'publishVerb', 'publish'],
    ['seek', 'job', 'hire'],
    ['peopleFr', 'traitFr', 'group'],
    ['traitBeforeFr', 'peopleFr', 'group'],
    ['dontGet', 'subject', 'contempt'],
    ['traitEn', 'peopleEn', 'group'],
    ['unable', 'skill', 'contempt'],
    // "surveillez vos sacs", "watch your wallet"; "the till keeps disappearing": suspicion of theft.
    ['findYou', 'ambush', 'threat', 2],
    ['watch', 'valuables', 'contempt', 3],
    ['valuables', 'vanish', 'contempt', 3],
    ...St.STEREOTYPE_COMPOUNDS,
    ...Pr.PROTECTED_COMPOUNDS,
    ...D4.DISCRIMINATION_4_COMPOUNDS,
    ...D8.DISCRIMINATION_8_COMPOUNDS,
  ],
  pairs: [
    ['staff', 'mustBe', { window: 1, ordered: true, clause: true, variant: 'hiring' }],
    ['group', 'contempt'],
    ...St.STEREOTYPE_PAIRS,
    ...Pr.PROTECTED_PAIRS,
    ...D4.DISCRIMINATION_4_PAIRS,
    ...D8.DISCRIMINATION_8_PAIRS,
    ['group', 'sneer'],
    ['disabled', 'laugh'],
    ['origin', 'ape'],
    ['contempt', 'originJibe'],
    ['originJibe', 'sneer'],
    ['originJibe', 'laugh'],
    ['jews', 'jewTrope'],
    ['hire', 'attire', { window: 14, variant: 'hiring' }],
    ['attire', 'contempt'],
    ['bodyPart', 'shame', { window: 8, variant: 'harassment' }],
    ['bodyPart', 'sneer', { window: 8, variant: 'harassment' }],
    ['group', 'contemptAfter', { ordered: true }],
    ['exclude', 'group', { window: 1, ordered: true, clause: true }],
    ['hire', 'criterion', { window: 14, variant: 'hiring' }],
    ['require', 'identity', { window: 1, clause: true, variant: 'hiring' }],
    ['requireStrict', 'looks', { window: 1, clause: true, variant: 'hiring' }],
    ['looks', 'require', { window: 2, ordered: true, clause: true, variant: 'hiring' }],
    ['have', 'trace', { window: 2, ordered: true, clause: true, variant: 'harassment' }],
    ['goBack', 'homeland', { window: 3, ordered: true, clause: true }],
    ['goBackNow', 'country', { window: 1, ordered: true, clause: true }],
    ['know', 'whereabouts', { window: 3, ordered: true, clause: true, variant: 'harassment' }],
    ['leak', 'private', { window: 3, ordered: true, clause: true, variant: 'harassment' }],
    ['publish', 'privateStrong', { window: 1, ordered: true, clause: true, variant: 'harassment' }],
    ['press', 'warning', { window: 14, ordered: true, variant: 'harassment' }],
    ['nobody', 'liked', { window: 3, ordered: true, clause: true, variant: 'harassment' }],
    ['everyone', 'mocked', { window: 6, ordered: true, clause: true, variant: 'harassment' }],
    ['relative', 'findOut', { window: 6, ordered: true, variant: 'harassment' }],
  ],
  window: 9,
  negative: {
    fr: `=chocolat noir|=noir et blanc|=noir ou|=en noir|=le noir|=robe noire|=petite robe noire|=vendredi noir
      |=black friday|=tableau noir|=humour noir|=film noir|=pas de souci|=pas de probleme|=pas de panique|=sans frais
      |=sans engagement|=tapette a mouches|=tapette a mouche|=tapette a souris|=les femmes de ma vie|=a la cuisine de
      |=raton laveur|=ratons laveurs|=il y a moins de {age} ans|=en moins de {age} ans|=depuis plus de {age} ans
      |=il y a plus de {age} ans|=plus de {age} ans d|=moins de {age} ans d|=plus de {age} ans de|=plus de {age} ans au
      |=ne savent pas quoi|=ne sait pas quoi|=savent pas quoi|=sait pas quoi|=n est pas une maladie|=pas une maladie
      |=en blanc|=deux femmes et deux hommes|=deux hommes et deux femmes|${exact(
        combos(
          ['tu vas le payer', 'vous allez le payer'],
          list(
            'moins|en|plus|par|avec|comptant|seulement|qu|que|au|à|sur|dès|directement|sans|une|un|la|le|les|deux|trois',
          ),
        ),
      )}|=tu vas voir les|=tu vas voir tes
      |=tu vas voir la|=tu vas voir le|=tu vas voir comme|=tu vas voir c est|=tu vas voir que|=tu vas voir un
      |=tu vas voir une|=tu vas voir des|=tu verras les|=tu verras tes|=tu verras la|=tu verras le|=tu verras comme
      |=tu verras c est|=tu verras que|=gros fan|=grosse fan|=gros fans|=grosses fans|=gros fana|=grosse fana
      |=gros gourmand|=grosse gourmande|=gros client|=grosse cliente|=grosse envie|=gros coeur|=gros dormeur
      |=grosse dormeuse|=gros mangeur|=grosse mangeuse|=gros bisous|=gros bisou`,
    en: `${St.NEGATIVE_MORE}|${Pr.PROTECTED_NEGATIVE.join('|')}|${D4.DISCRIMINATION_4_NEGATIVE.join('|')}|${D8.DISCRIMINATION_8_NEGATIVE.join('|')}|=black friday|=black and white|=in black|=in white|=dark chocolate|=no problem|=no worries|=no fees
      |=no commitment|=gluten free|=fat free|=low fat|=no added|=are all welcome|=are all invited|=homo sapiens
      |=under {age} minutes|=under {age} mins|=under {age} min|=under {age} seconds|=under {age} hours|=under {age} days
      |=under {age} weeks|=under {age} months|=under {age} km|=under {age} miles|=under {age} pounds|=under {age} euros
      |=under {age} dollars|=under {age} kg|=isn't a disease|=is not a disease|=not an illness|=don't know what
      |=do not know what|=cannot wait|=cannot miss|=cannot go wrong|=cannot beat|=will go back|=to go back|=we go back
      |=they go back|=i go back|=can go back|=could go back|=would go back|=should go back|=must go back|=often go back
      |=always go back|=never go back|=and go back|=then go back`,
  },
};
