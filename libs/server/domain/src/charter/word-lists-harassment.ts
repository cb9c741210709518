// Word lists of the harassment rules of the discrimination category (lexicon-discrimination.ts combines them):
// threats, incitement to suicide, body shaming aimed at "you", knowing where someone lives, exposing their address or
// messages, "continue … tu vas voir", "nobody likes you". Same syntax as word-lists-discrimination.ts.
import { combos, list } from './word-lists-discrimination';

/** "je vais te" + "défoncer": a threat (compound). */
export const THREATEN = `je vais te|on va te|je vais vous|on va vous|je vais t|on va t|je te|on te|je vais venir te
  |on va venir te|tu vas te faire|vous allez vous faire|i|we|i will|we will|gonna|going to|i am going to
  |we are going to|someone should|someone needs to|i want to|i swear i|i would|we would`;
export const HARM = `tuer|buter|crever|frapper|défoncer|tabasser|cogner|massacrer|lyncher|violer|poignarder|égorger|brûler
  |cramer|faire la peau|casser la gueule|péter la gueule|casser les dents|refaire le portrait|défigurer|pourrir la vie
  |ruiner la vie|choper|démolir|planter|saigner|fumer|kill you|kill u|stab you|rape you|punch you|beat you up
  |beat the shit out of you|smash your face|smash your head|break your legs|break your neck|slit your throat
  |burn your house|burn down your house|put you in hospital|put you in the hospital|hunt you down|ruin your life`;
export const THREATS = `t es un homme mort|tu es un homme mort|t es une femme morte|tu vas crever|tu vas mourir|vous allez crever
  |tu vas le regretter|vous allez le regretter|tu vas regretter|tu vas me le payer|vous allez me le payer
  |tu vas le payer cher|tu le paieras|tu me le paieras|tu vas le payer|vous allez le payer|ta famille va le payer
  |your family will pay|you and your family will pay|gare à toi|fais gaffe à toi|fais attention à toi
  |surveille tes arrières|te suicider|vous suicider|suicide toi|suicidez vous|va te pendre
  |allez vous pendre|pends toi|va mourir|allez mourir|va crever|allez crever|tue toi|jette toi sous un train
  |jette toi d un pont|jette toi par la fenêtre|le monde serait meilleur sans toi|personne ne te regrettera
  |personne ne te pleurera|tu ferais mieux de disparaître
  |make your life hell|make your life a living hell|make your life miserable|you a dead man|you are a dead man|you dead meat|you are dead meat|you will regret this
  |you'll regret this|you will pay for this|kill yourself|kill urself|kys
  |end yourself|end your life|go die|go and die|drink bleach|hang yourself|neck yourself|jump off a bridge
  |off yourself|unalive yourself|world would be better without you|nobody would miss you|no one would miss you
  |do us all a favour and die|do everyone a favour and die|mérites de crever|mérites de mourir|mérite de crever
  |tu devrais mourir|j espère que tu crèves|j espère que tu vas crever|j espère que tu meurs|crève en enfer
  |ton enterrement|deserve to die|deserves to die|hope you die|you should die|die in a fire|rot in hell|burn in hell
  |your funeral`;

// Body shaming and mockery aimed at "you" ("t'es grosse", "you're a whale", "you look like a man in a dress"):
// a "you are" word next to a word about looks (compounds). "you're" reads "you" (the contraction is dropped), so
// bare "you" takes only the unambiguous words ("thank you ugly-sweater fans" is not an insult).
export const YOU_ARE = `t es|tu es|t es vraiment|tu es vraiment|t es trop|tu es trop|t es tellement|tu es tellement|you are
  |you look|ur|u r|you really are|you really look|you so`;
export const LOOKS_ADJ = `gros|grosse|obèse|moche|laid|laide|immonde|dégueulasse|difforme|handicapé|handicapée|autiste|mongol
  |triso|gogol|attardé|attardée|fat|ugly|obese|disgusting|hideous|gross|retarded|autistic|so fat|so ugly|too fat`;
export const YOU_ARE_A = `t es un|t es une|tu es un|tu es une|t es qu un|t es qu une|espèce de|you are a|you such a
  |you are such a|ur a|u r a|you a|you such an|you an`;
export const LOOKS_NOUN = `baleine|vache|truie|porc|boudin|cachalot|mocheté|laideron|grosse vache|gros porc|grosse baleine
  |travelo|singe|guenon|attardé|attardée|whale|pig|cow|hippo|fatso|fat cow|fat pig|ugly cow|retard|freak|monkey|ape
  |gorilla|beached whale|dead man|déchet|moins que rien|raté|ratée|waste of space|loser|failure|disgrace`;
export const YOU_BARE = `you`;
export const LOOKS_STRICT = `fat|obese|disgusting|hideous|retarded|a whale|a pig|a cow|a hippo|a fatso|fat cow|fat pig`;
export const LIKENESS = `tu as une tête de|t as une tête de|ta tête de|ta gueule de|tu ressembles à un|tu ressembles à une
  |t ressembles à un|t ressembles à une|you look like|you look like a|you look like an|your face looks like a
  |your pic looks like a|your profile pic looks like a|your photo looks like a|your avatar looks like a
  |your face looks like an`;
export const LIKE_WHAT = `singe|guenon|macaque|gorille|chimpanzé|babouin|orang outan|porc|truie|vache|cochon|rat|baleine|mec
  |homme|man|man in a dress|dude|bloke|monkey|ape|gorilla|chimp|baboon|pig|cow|whale|hippo|freak`;

export const KNOW = `je sais|on sait|nous savons|on connaît|je connais|nous connaissons|on a trouvé|j ai trouvé|on a retrouvé
  |j ai retrouvé|on a découvert|j ai découvert|i know|we know|we found|i found|we tracked down|i tracked down
  |tracked down|found out|we have found|we figured out`;
export const WHEREABOUTS = `où tu habites|où tu vis|où tu travailles|où tu bosses|où tu dors|où tu te gares|où habite|où vivent
  |ton adresse|ton domicile|ta maison|l école de|où vont tes enfants|où sont tes enfants|où va ta|où va ton
  |ton employeur|ton patron|ton numéro|ta voiture|ta plaque|ta famille|tes parents|ton vrai nom|qui tu es
  |where you live|where you work|where you sleep|where your kids|where your children|where your family|where your son
  |where your daughter|which school|what school|your address|your home address|your employer|your boss
  |your workplace|your number|your phone number|your real name|where you park|your car|your plate|your number plate
  |your plate number|your licence plate|your license plate|your registration|ta plaque d immatriculation|ton immatriculation
  |où bosse|où travaille|où vit|où bossent|où travaillent|where your mum works|where your mom works|where your dad works
  |where your mother works|where your father works|where your wife works|where your husband works|where your sister
  |where your brother|where your girlfriend|where your boyfriend`;
export const LEAK = `balancer|balance|balancé|balancée|on balance|je balance|dévoiler|dévoile|révéler|révèle|exposer|leaker
  |capture|captures|screen|screens|une capture de|capture d écran|leak|leaking|expose|exposing|dox|doxx|doxxing
  |out you|name and shame|screenshot|screenshotted|screenshots|spread`;
export const PRIVATE = `tes photos|ta photo|tes nudes|tes messages|tes mp|tes dm|tes messages privés|ton adresse|ton numéro
  |ton vrai nom|ta vraie identité|ton identité|qui tu es|ton profil|tes conversations|à ton patron|à ton employeur
  |à ta famille|à tes parents|à ta femme|à ton mari|à tes collègues|à ta mère|à tout le monde|tes secrets
  |ta vie privée|your photos|your pics|your pictures|your nudes|your messages|your dms|your private messages
  |your address|your home address|your number|your phone number|your real name|your identity|who you are
  |your profile|your secrets|your family|your boss|your employer|to your boss|to your employer|to your family
  |to everyone`;
/** "on va" + "publier", "we('ll)" + "post": a threat to publish (compound), then what (`PRIVATE_STRONG`). */
export const PUBLISHER = `on va|je vais|on|je|j|we|i|we will|i will|going to|gonna|we are going to|i am going to`;
export const PUBLISH_VERB = `publier|publie|diffuser|diffuse|envoyer|envoie|montrer|montre|poster|poste|partager|partage
  |transférer|transfère|faire tourner|fait tourner|afficher|affiche|post|share|publish|send|forward|show|spread|leak`;
export const PRIVATE_STRONG = `ton adresse|ton numéro|tes messages|tes messages privés|tes mp|tes dm|tes nudes|ton vrai nom
  |ta vraie identité|ton identité|à ton patron|à ton employeur|à ta famille|à tes parents|à ta femme|à ton mari
  |à tes collègues|ta vie privée|tes conversations|your home address|your address|your number|your phone number
  |your messages|your dms|your private messages|your real name|your identity|your employer|your boss|your family
  |your kids|your workplace|your nudes|to your boss|to your employer|to your family|to your wife|to your husband
  |to your parents`;
export const PRESS = `continue|continues|continuez|si tu continues|si vous continuez|encore un commentaire|encore un avis
  |si tu ne retires|si tu retires pas|si tu supprimes pas|si tu ne supprimes|tant que tu|jusqu à ce que tu
  |retire ton avis|supprime ton avis|supprime ton commentaire|retire ton commentaire|keep posting|keep complaining
  |keep it up and|keep talking|keep writing|keep commenting|keep leaving|keep trolling|one more review|one more comment
  |if you don't take|if you don't delete|if you don't remove|until you delete|until you take|unless you delete
  |unless you take|take down|delete your|remove your`;
export const WARNING = `tu vas voir|tu verras|t es prévenu|t es prévenue|tu es prévenu|tu es prévenue|te voilà prévenu
  |gare à toi|fais gaffe|fais gaffe à toi|fais attention à toi|tu vas le regretter|tu vas le payer
  |surveille tes arrières|on se reverra|on va s occuper de toi|on sait où|see what happens|you've been warned
  |you have been warned|consider yourself warned|watch your back|you'll regret it|you will regret it|you'll be sorry
  |you will be sorry|we know where|we'll be waiting|we will be waiting`;
export const NOBODY = `personne|nobody|no one|noone|not one person`;
export const LIKED = `ne t aime|t aime|ne te supporte|te supporte|ne veut de toi|veut de toi|ne te regrettera|ne t écoute
  |likes you|can stand you|cares about you|would miss you|will miss you|will ever love you|listens to you`;
export const EVERYONE = `tout le monde|everyone|everybody|the whole office|the whole team|the whole internet|toute l équipe
  |tout le bureau|ton patron|ton manager|tes collègues|ta famille|your boss|your manager|your colleagues
  |your family|even your`;
/** Someone close to the person + they will find out ("je connais ton mari, il va tout savoir"). */
export const RELATIVE = `ton mari|ta femme|ton copain|ta copine|ton patron|ton employeur|ta famille|tes parents|ta mère
  |your husband|your wife|your boyfriend|your girlfriend|your boss|your employer|your family|your parents|your mum
  |your mom`;
export const FIND_OUT = `va tout savoir|vont tout savoir|saura tout|sauront tout|will find out everything|will know everything
  |will find out about you|will know what you did|will hear about this|will see everything`;
export const MOCKED = `se moque de toi|se moquent de toi|rit de toi|rigole de toi|te déteste|te méprise|te trouve nul
  |te trouve nulle|te trouve moche|laughs at you|laugh at you|laughing at you|hates you|hate you|despises you
  |can't stand you`;

/** Their body, addressed: "tes bourrelets", "your rolls". */
export const BODY_PART = `avec ton poids|à ton poids|at your weight|with your weight|at your size|avec ta tronche|avec ta gueule|avec ta tête|with a face like yours|with a face like that
  |with that face|with your face|tes bourrelets|ta cellulite|tes vergetures|ton bide|ton gros bide|ton gros cul|tes grosses cuisses
  |ton double menton|ta graisse|tes kilos|tes poignées d amour|ta tête|ta gueule|ton physique|ta dégaine|ton corps
  |your rolls|your cellulite|your stretch marks|your belly|your gut|your fat|your thighs|your double chin
  |your muffin top|your love handles|your face|your body|your weight|those rolls|those thighs`;
/** …and what is said of it. */
export const SHAME = `tu devrais avoir honte|devrais avoir honte|should be ashamed|you should be ashamed|personne ne t embauchera|personne ne voudra de toi|nobody will hire you|nobody will ever hire you
  |no one will hire you|no one will ever hire you|tu devrais pas porter|tu ne devrais pas porter|tu devrais pas mettre|tu ne devrais pas mettre|cache ça
  |cache toi|supprime ta photo|supprime ta photo de profil|personne ne veut voir|ça donne envie de vomir|dégueulasse
  |dégoûtant|ne donne pas envie|fait fuir|you shouldn't wear|you should not wear|shouldn't be wearing
  |should not be wearing|delete your photo|delete that photo|take that photo down|take down your photo|nobody wants to see
  |no one wants to see|makes me sick|disgusting|gross|putting people off|puts people off|cover up|cover yourself`;

/** Incitement to suicide by family: an imperative of jumping or throwing oneself + where. */
export const SELF_HARM = [
  ...combos(
    list(`jette toi|jetez vous|jette-toi|throw yourself|jump`),
    list(`sous un bus|sous un train|sous une voiture|sous un camion|d un pont|par la fenêtre|du haut d un pont|du haut d une falaise
      |under a bus|under a train|under a car|under a truck|under a lorry|off a bridge|off a cliff|out the window|out of a window
      |off a roof|in front of a train|in front of a bus`),
  ),
  ...list(`tu devrais te pendre|tu devrais te tuer|tu devrais crever|tu devrais mourir|te pendre|vous pendre|hang yourself
    |go hang yourself|kill yourself|go kill yourself|kys|go die|unalive yourself|neck yourself|drink bleach|end yourself
    |off yourself|you should die|you should kill yourself|you should hang yourself|do us a favour and die|fais nous plaisir crève`),
];
/** Holding something that identifies where a person is: "on a ta plaque", "we've got your plate". */
export const HAVE =
  list(`on a|j ai|nous avons|we have|we've got|we have got|we got|i have|i've got|i got|on connaît|on a noté
  |j ai noté|we noted|i noted|we wrote down|i wrote down`);
export const TRACE =
  list(`ta plaque|ta plaque d immatriculation|ton immatriculation|ton domicile|your plate|your number plate
  |your plate number|your licence plate|your license plate|your registration|your reg|your home address`);

/** "On va te retrouver" / "we'll find you" is a threat only with where or when: "à la sortie", "after the match". */
export const FIND_YOU = list(`on va te retrouver|je vais te retrouver|on te retrouvera|on t attend|on t attendra
  |we'll find you|we will find you|i'll find you|i will find you|we'll be waiting for you|we will be waiting for you`);
export const AMBUSH = list(`à la sortie|devant ton|devant ta|devant chez|après le|après les|ce soir|chez toi|outside
  |after the|after school|after work|at your|at home|tonight|on your way`);
