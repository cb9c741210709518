// More families of the discrimination rules (lexicon-discrimination.ts combines them), by class rather than by
// sentence: groups named by their situation (mothers, benefit claimants, estates, plus sizes), and what is said of
// a group that the first lists lacked — turning people away ("passez votre chemin", "not our target customer",
// "restez chez vous"), telling them to keep out of sight or quiet ("arrêtez de commenter", "stop tagging us"),
// casting them back to a role ("ferait mieux de rester à la maison", "back to the kitchen"), laziness, suspicion
// ("lock your vans"), and the origin jibe ("conduit comme au bled", "you can tell where he's from"). Pushing a
// person out ("do us all a favour and quit") is harassment. Same syntax as word-lists-discrimination.ts.
import { combos, list } from './word-lists-discrimination';

/** Groups named by a situation or a body (FR and EN; matched exactly). */
export const GROUPS_EXTRA = list(`maman|mamans|mamans à temps partiel|mères à temps partiel|papas solo
  |allocataires|allocataires du rsa|bénéficiaires du rsa|bénéficiaires des minima sociaux|au rsa|au chômage
  |aux grosses|aux gros|des grosses|pour les grosses|pour les gros|les rondes|aux rondes|les ronds|grandes tailles
  |personnes fortes|femmes fortes|les obèses|aux obèses|gens des quartiers|gamins des cités|cassos
  |plus size|plus sized|plus size models|plus size women|curvy women|larger women|larger ladies|big girls|fat people
  |fat women|fat girls|council estate|council estates|kids from council estates|estate kids|council house|chav|chavs
  |people on the dole|on the dole|dole scroungers|scroungers|single dads|working mums|working mothers|part time mums
  |part time mothers|mums on part time|pensioner|grannies|old dears|old biddies|wrinklies|the gays|the trans|trannies
  |travelers|pikeys|the polish|polish lads|polish workers|romanians|eastern european lads|foreign lads|immigrant lads`);

/** What is said of a group: turned away, told to hide or be quiet, sent back to a role, lazy, suspected. */
export const CONTEMPT_EXTRA = list(`passer leur chemin|passez votre chemin|passe ton chemin|passer votre chemin
  |pas le profil|pas le bon profil|pas ce profil|pas notre profil|pas le profil qu on cherche|pas ce qu on cherche
  |pas notre cible|pas notre public|pas notre clientèle|pas faits pour eux
  |ne vous concerne pas|ne vous concernent pas|ne les concerne pas|restez chez vous|restez chez eux|qu ils restent chez eux
  |qu elles restent chez elles|reste chez toi|restez à la maison|reste à la maison|merci d arrêter|arrêtez de commenter
  |arrêtez de nous|arrêtez de nous taguer|arrêtez de nous écrire|ne nous taguez plus|on ne veut pas vous voir
  |on ne veut pas les voir|personne ne veut voir ça|personne ne veut voir|ça ne fait envie à personne
  |sont priés de|sont priées de
  |ferait mieux de|feraient mieux de|ferais mieux de|devrait rester|devraient rester|qu elle reste|qu elles restent
  |à la cuisine|aux fourneaux|à tenir les parapluies|tenir les parapluies|au ménage|à la maison avec les enfants
  |toujours en pause|pauses à rallonge|les plus longues pauses|plus longues pauses|tirent au flanc
  |tire au flanc|glandent|ne foutent rien|foutent rien|bossent pas|ne bossent pas|fermez vos|fermez à clé
  |verrouillez vos|cachez vos|planquez vos|surveillez vos|vont tout voler
  |ne va pas aux|ne vont pas aux|ça ne va pas aux
  |on voit tout de suite d où|on voit bien d où|on voit d où|on reconnaît tout de suite
  |should stick to|better off staying|would be better off|should stay at home|should stay home
  |stay in the kitchen|back to the kitchen|make me a sandwich|holding umbrellas|hold the umbrellas
  |belong in the kitchen|not our target|aren't our target|isn't our target|not our target customer|not our customer
  |not our kind of customer|not our clientele|not our crowd|not our kind|not for them|not happening
  |nobody wants to see that|nobody wants to see|no one wants to see|doesn't concern you|don't concern you|stop tagging
  |stop tagging us|stop commenting|stop posting|stay off our|take your business elsewhere|shop elsewhere
  |longest breaks|longer breaks|long breaks|always on a break|always on break|skiving|skive|slacking|work shy|workshy
  |lazy|lazier|laziest|bone idle|lock your|lock up your|lock your vans|lock your cars|hide your|keep an eye on your
  |you can tell where|can always tell where|trop rigides|trop rigide|dépassés|dépassées|trop vieux|trop vieilles
  |trop âgés|trop âgées|on évite les|nous évitons les|très peu pour nous|sans façon|pas chez nous|too old|too slow
  |set in their ways|past it|over the hill|we avoid|not for us|not in our store|not in our shops|we don't want
  |we do not want|don't want them|make a mess|making a mess|god help us|heaven help us|lord help us|au secours
  |should shop online|should shop elsewhere|aren't built for|not built for|not designed for them|devraient aller ailleurs
  |allez voir ailleurs|devraient acheter en ligne`);

/** Where someone comes from, named as a jibe ("comme au bled", "d'où il vient"): with a contempt, a sneer or a laugh. */
export const ORIGIN_JIBE = list(`au bled|du bled|comme au bled|comme chez eux|comme dans son pays|comme dans leur pays
  |d où il vient|d où elle vient|d où ils viennent|d où elles viennent|d où il sort|d où ils sortent
  |where he's from|where she's from|where they're from|where he comes from|where she comes from|where they come from
  |like back home|like in his country|like in their country|like where they come from`);

/** Pushing a person out: "rends-nous service et démissionne", "do us all a favour and hand in your notice". */
export const PUSH_OUT = combos(
  list(`rends nous service et|rendez nous service et|fais nous plaisir et|faites nous plaisir et|fais nous une faveur et
    |do us all a favour and|do us a favour and|do us all a favor and|do us a favor and|do everyone a favour and
    |do everyone a favor and|do the world a favour and|do the world a favor and`),
  list(`démissionne|démissionnez|pose ta démission|posez votre démission|casse toi|dégage|quitte la boîte|pars
    |hand in your notice|resign|quit|leave|disappear|delete your account|log off|go away|get lost`),
);

/** "everyone thinks you're useless": a harassment verdict on "you" after everyone (word-lists-harassment.ts). */
export const MOCKED_EXTRA =
  list(`thinks you're useless|thinks you are useless|think you're useless|think you are useless
  |thinks you're a joke|think you're a joke|thinks you're pathetic|thinks you're incompetent|wants you gone
  |want you gone|te trouve inutile|te trouve incompétent|te trouve incompétente|pense que tu es nul|pense que tu es nulle
  |pense que tu es inutile|veut que tu partes|veulent que tu partes|attend que tu partes`);
