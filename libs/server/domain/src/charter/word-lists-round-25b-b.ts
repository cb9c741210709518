// Twenty-fifth round, second reading, its second file: the lists of the banter and dog-whistle families of
// word-lists-round-25b.ts (see that file's comment), apart only to keep each file under 500 lines.
import { list } from './word-lists-discrimination';

export const NOBODY_FROM = list(`nobody from|no one from|no ones from|nobody who is from|none of the|personne de|aucun
  |pas de gens de`);
export const NEAR_MONEY =
  list(`gets near the budget|near the budget|near the money|near the till|near the tills|near the cash
  |touches the money|touches the budget|handles the money|near the petty cash|touche au budget|touche à la caisse
  |près de la caisse|approche du budget|approche de la caisse`);

export const EXPLAIN_TWICE = list(`to them twice|explain it twice|explain things twice|explained twice|explain it slowly
  |spell it out for them|say it twice for them|leur expliquer deux fois|leur expliquer lentement
  |leur répéter deux fois|leur faire un dessin`);
export const DEMONYM =
  list(`newfies|newfie|scousers|scouser|geordies|geordie|brummies|brummie|mancs|paddies|jocks|taffs|yanks
  |aussies|kiwis|bogans
  |northerners|southerners|biharis|bihari|belges|les belges|bretons|ch tis|chtis|marseillais|corses|auvergnats
  |our irish|the irish|the welsh|the scots|the poles|polish staff`);

export const ASIAN_PARENTS =
  list(`asian parents|asian mums|asian mothers|asian moms|asian dads|chinese parents|indian parents
  |chinese mums|indian mums|tiger mums|tiger mum|tiger moms|tiger mom|parents asiatiques|mères tigres|mamans asiatiques
  |parents chinois|mamans chinoises`);
export const ACHIEVER = list(`future doctor|future doctors|doctor size|lawyer size|future lawyer|straight a|straight as
  |violin|maths genius|anything less than an a|futur médecin|taille médecin|futurs médecins|que des 20`);

export const RACE_PERSON = list(`first black|our first black|black woman|black man|black colleague|black employee
  |black manager|black engineer|black candidate|black lady|black guy|black girl|black boy|black director
  |first asian|first muslim|first indian|first african|first arab|premier noir|première noire|femme noire
  |premier arabe|premier directeur noir`);
export const SURPRISE =
  list(`articulate|well spoken|not what any of us expected|not what we expected|not what anyone expected
  |surprisingly|so clean|so polite|pas ce qu on attendait|on ne s y attendait pas|s exprime si bien|parle si bien
  |si bien élevé|si bien élevée`);

export const PLUS_SIZE =
  list(`plus size|curvy|fuller figure|bigger ladies|bigger mums|larger ladies|fat|rondes|grandes tailles
  |en surpoids|obèses|grosses`);
export const BRAVE =
  list(`so brave for wearing|brave for wearing|brave to wear|brave enough to wear|courageous for wearing
  |brave of her to wear|brave of them to wear|courageuses de porter|courageuse de porter|ont osé porter|osent porter
  |a osé porter`);

export const FAITH_FOLK = list(`muslim followers|muslim friends|muslim customers|jewish followers|jewish friends
  |hindu followers|hindu friends|muslims|jews|hindus|nos amis musulmans|nos abonnés musulmans|nos amis juifs
  |musulmans|juifs`);
export const BOOK_SCORN = list(`because of a book|because of some book|because of an old book|because of a fairy tale
  |over a book|over an old book|because of a myth|à cause d un livre|pour un vieux livre|à cause d un bouquin
  |pour un bouquin|too short to skip bacon|skip bacon|skip pork|say no to bacon`);

export const PRETTY = list(`pretty|beautiful|gorgeous|stunning|cute|attractive|hot|fit|belle|jolie|mignonne|canon`);
export const FOR_DARK = list(`for a dark girl|for a dark skinned girl|for a dark skinned woman|for a dark woman
  |for a black girl|for a black woman|for a brown girl|for a brown woman|for an asian girl|for a darker girl
  |pour une noire|pour une fille noire|pour une black|pour une rebeu|pour une beurette|pour une fille de couleur`);

export const GIRLS = list(`girls|women|ladies|female|females|filles|femmes|nanas`);
export const EVEN_MATHS = list(`even with the maths|even with the math|even at maths|even the maths|even in maths
  |even with numbers|even with the numbers|même en maths|même avec les maths|même en calcul|même avec les chiffres`);

export const FOR_AGE = list(`good for their age|good for her age|great for her age|great for their age|for their age
  |pour leur âge|pour son âge`);
export const MOST_OF_THEM =
  list(`well most of them|most of them|some of them|most of them anyway|well some of them|well a few of them|pas toutes
  |enfin presque toutes|enfin la plupart|enfin certaines`);

export const PRIDE = list(`pride|pride window|pride month|pride range|pride collection|lgbt|lgbtq|rainbow|fierté|fiertés
  |arc en ciel`);
export const MADE_US =
  list(`corporate made us|head office made us|hq made us|management made us|made us do it|forced on us
  |we had no choice|le siège nous a obligés|on nous a obligés|la direction nous a forcés|on n a pas eu le choix`);

export const REAL_FAMILY =
  list(`every real family|real family|real families|proper family|proper families|normal families
  |a normal family|vraie famille|vraies familles|famille normale|familles normales|vraie famille c est`);
export const MUM_DAD = list(`a mum|a dad|a mum and a dad|a dad and a mum|a mother and a father|a father and a mother
  |a dad and the kids|one mum and one dad|un papa et une maman|une maman et un papa|un père et une mère
  |une mère et un père|un papa|une maman`);

export const CHANGED =
  list(`neighbourhood changed|neighbourhood has changed|neighborhood changed|neighborhood has changed
  |area has changed|area changed|town changed|town has changed|high street has changed|le quartier a changé
  |le quartier a bien changé|la ville a changé|le quartier n est plus ce qu il était`);
export const FOREIGN_AIR = list(`more curry than|curry in the air|smells of curry|smell of curry|more kebab shops than
  |more kebab than|more halal|more mosques than|more hijabs than|more spices than|plus de kebabs que
  |plus de voiles que|ça sent le curry|odeur de curry|plus de mosquées que|plus de halal`);

export const NEWCOMERS = list(
  `new arrivals|new neighbours|new neighbors|nouveaux arrivants|nouveaux voisins|boat people`,
);
export const NEWCOMER_SCORN = list(`shame about|hanging round|hanging around|loitering|had enough of|sick of|fed up with
  |enough of|traînent|marre des|en a assez des|en avons assez des|en ont assez des|dommage pour`);

export const NO_ZERO = list(`zero|no|without|none of the|free of|sans|pas de|aucun|zéro`);
export const CHAV = list(`tracksuit types|chavs|chav types|tracksuit brigade|scallies|neds|bogans|racailles|cassos|kékés
  |beaufs|gens en survêt|survêt casquette`);

export const BOYS_ARE = list(`boys are boys|boys will be boys and girls|les garçons sont des garçons`);
export const GIRLS_ARE = list(`girls are girls|les filles sont des filles`);

export const SAME_SEX = list(`same sex couples|gay couples|lesbian couples|same sex parents|gay men|lesbians|gay dads
  |two mums|two dads|couples homos|couples de même sexe|couples gays|couples lesbiens|couples homosexuels`);
export const DISCREET = list(`keep affection to a minimum|keep the affection|keep affection|tone down the affection
  |tone it down|keep it low key|keep it discreet|be discreet|no kissing|no pda|keep pda|displays of affection
  |restez discrets|soyez discrets|rester discrets|limiter les démonstrations|pas de bisous`);

export const COINS = list(`entirely in 5p coins|in 5p coins|in 1p coins|in 2p coins|in pennies|in coppers|in coins
  |en pièces jaunes|en centimes|en pièces de {n} centimes`);
export const TOUGH_IN =
  list(`times must be tough in|times must be hard in|must be tough in|must be skint in|must be broke in
  |must be hard up in|c est la crise à|ça doit être dur à|c est la misère à`);
export const CANT_AFFORD = list(`cannot afford the real thing|can not afford the real thing|cannot afford the good stuff
  |cannot afford the proper stuff|cannot afford real|who cannot afford|who can not afford
  |qui n ont pas les moyens de s offrir le vrai|qui ne peuvent pas se payer le vrai|qui n ont pas les moyens`);
export const HALF_OF = list(`half of|most of|the whole of|basically all of|la moitié de|tout le nord|toute la ville
  |la moitié du`);

export const REAL_NATIONALS =
  list(`real canadians|real brits|real british people|real britons|real australians|real aussies
  |real americans|real english people|real irish people|real kiwis|real south africans|real scots|real locals
  |vrais français|de vrais français|vrais belges|français de souche|vrais québécois`);
export const HIRE_AGAIN = list(`hire|employ|again|at last|finally|embaucher|recruter|à nouveau|enfin|de nouveau`);
