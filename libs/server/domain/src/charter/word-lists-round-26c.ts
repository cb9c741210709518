// Twenty-sixth round, third reading (`withRound26c` adds it to every topic's rules), from `holdout-43`'s misses, by
// family:
// Insults: "you're an absolute melt" and other British slang after "an absolute", "a total"; "the clowns at" a rival
// ("unlike the muppets over at…"); "Let's go Brandon".
// Politics: "Let's go Brandon", "FJB"; a jab at "whoever's been running" a ministry or the country; "the whole country
// should be" a party's colour beside a general election; a perk for "anyone wearing a Reform rosette".
// Religion: the resurrection, or religion, "un conte pour enfants"; Lent or Ramadan "is a scam", "invented by people
// who…".
// Discrimination: "minoritaires chez nous", #grandremplacement; obese kids beside parents who "les gavent"; Roma and
// others "qu'ils dégagent"; an intern told "démissionne… disparais"; "send them all back", "keep our towns British";
// grandma who "should be in a home"; "trans kids? Not a thing"; "go back to your own country"; the LGBTQ community
// that "can go power their own homes"; autistic people told "the world doesn't revolve around you".
// Health and legal: a spread that "aide à mincir"; air "bon pour les poumons", residents with "plus d'asthme"; a drink
// "clinically shown to" boost reactions.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { combos, exact, list } from './word-lists-discrimination';

const INSULTS = list(`an absolute melt|a total melt|an utter melt|a proper melt|such a melt|a right melt
  |you absolute melt|you total melt|you utter melt|you proper melt|an absolute wasteman|a total wasteman
  |an absolute roaster|a total roaster|an absolute bellend|a total bellend
  |an absolute plank|a total plank|an utter plank|an absolute muppet|a total muppet|an absolute pillock
  |a total pillock|an absolute numpty|a total numpty|an absolute melon
  |the clowns at|the clowns over at|the clowns down at|those clowns at|the muppets at|the muppets over at
  |those muppets at|the jokers at|the jokers over at|the morons at
  |the idiots at|the idiots over at|the amateurs over at|les guignols de chez|ces guignols de chez|les clowns de chez
  |ces clowns de chez|les bouffons de chez|ces bouffons de chez|les branquignols de chez|les pieds nickelés de chez`);
const NOT_INSULTS = list(`the clowns at the circus|the clowns at our|the clowns at the party|the clowns at the fair
  |the clowns at the festival|the clowns at the birthday|the clowns at your|the clowns at his|the clowns at her
  |the clowns at kids|the clowns at children`);
const MELT_FOOD = combos(
  list(`an absolute melt|a total melt|an utter melt|a proper melt|such a melt|a right melt`),
  list(`in the mouth|in your mouth|in the middle|of cheese|of chocolate|of butter`),
);
const BRANDON = list(`let go brandon|lets go brandon|letsgobrandon|fjb|f joe biden|fuck joe biden|f biden|fuck biden
  |f trump|fuck trump|fuck macron|fuck starmer|fuck the tories`);

const RUNNING = list(`whoever been running the|whoever has been running the|whoever is running the|whoever running the
  |whoever runs the|the clowns running the|the muppets running the|the jokers running the|the idiots running the
  |ceux qui dirigent le|ceux qui dirigent la|ceux qui gèrent le|ceux qui gèrent la|les guignols qui dirigent
  |les clowns qui dirigent|celui qui dirige le|celle qui dirige le`);
const PORTFOLIO = list(`country|economy|treasury|ministry|agriculture ministry|health ministry|agriculture
  |department for|home office|foreign office|nhs|health service|border force|pays|ministère|ministère de l agriculture
  |l agriculture|l économie|bercy|gouvernement|government|france|la france|britain|the uk`);
const NOT_POLITICS = combos(
  list(`the country|the economy|le pays`),
  list(`best|biggest|favourite|oldest|largest|finest|top|number one|leading|plus grand|plus beau|meilleur`),
);
const WHOLE_COUNTRY = list(`whole country should be|whole country should go|whole country should vote
  |whole nation should be|the country should be blue|the country should be red|everyone should be blue
  |everyone should be red|everyone should go blue|everyone should go red|go blue on|go red on|vote blue|vote red
  |vote yellow|think blue on|think red on|tout le pays devrait être|tout le pays devrait voter|toute la france devrait
  |votez bleu|votez rouge|votez vert`);
const ELECTION = list(`ge2024|ge2026|ge2029|ge 2024|ge 2026|ge 2029|general election|generalelection|polling day
  |election day|electionday|ballot box|jour du scrutin|jour du vote|présidentielle|législatives|municipales|élections`);
const PARTISAN = list(`reform rosette|reform uk rosette|labour rosette|tory rosette|conservative rosette
  |lib dem rosette|green party rosette|snp rosette|plaid rosette|ukip rosette|maga hat|maga hats|maga cap|maga caps
  |trump hat|trump cap|harris t shirt|labour badge|tory badge|reform badge|reform voters|reform supporters
  |reform members|labour voters|labour supporters|labour members|tory voters|tory supporters|tory members
  |conservative voters|lib dem voters|snp voters|green party voters|maga supporters|trump supporters|trump voters
  |biden voters|harris voters|democrat voters|republican voters|électeurs du rn|électeurs rn|militants du rn
  |électeurs lfi|militants lfi|insoumis|électeurs de macron|macronistes|militants rn|anyone who voted reform
  |anyone who voted labour|anyone who voted tory|anyone who voted conservative|anyone who voted trump`);
const PERK = list(`free coffee|free tea|free drink|free drinks|free pint|free biscuit|free biscuits|free delivery
  |free cake|freebie|discount|discounts|off today|half price|pays full price|pay full price|on the house
  |café offert|boisson offerte|offert|offerte|gratuit|gratuite|réduction|remise|moitié prix|plein tarif`);

const BELIEF = list(`résurrection|la résurrection|ressuscité|resurrection|the resurrection|rising from the dead
  |rose from the dead|virgin birth|naissance virginale|immaculée conception|vie éternelle|eternal life|l au delà
  |the afterlife|afterlife|la vie après la mort|life after death|walking on water|marcher sur l eau|la bible
  |the bible|le coran|the quran|the koran|the gospels|les évangiles|adam et ève|adam and eve|the creation story
  |heaven and hell|le paradis et l enfer|les miracles de jésus|jesus miracles`);
const TALE = list(`c est un conte pour enfants|c est des contes pour enfants|est un conte pour enfants
  |sont des contes pour enfants|un ramassis de contes|c est une histoire pour enfants|sont des histoires pour enfants
  |histoire à dormir debout|histoires à dormir debout|c est un conte de fées|est un conte de fées
  |sont des contes de fées|contes pour adultes|contes de fées pour adultes|c est du pipeau|is a bedtime story
  |are bedtime stories|is a story for children|are stories for children|is a children story|are children stories
  |is a fairy tale|are fairy tales|is a fairytale|are fairytales|is just a fairy tale|fairy tales for adults
  |fairy tales for grown ups|bedtime stories for adults`);
const PRACTICE = list(`lent|le carême|carême|ramadan|le ramadan|yom kippur|yom kippour|la messe|sunday mass
  |confession|la confession|religion|la religion|organised religion|organized religion|prayer|la prière|church
  |l église|the church|shabbat|the sabbath|communion|la communion|baptism|le baptême|halal|kosher|casher`);
const SCAM = list(`is a scam|is just a scam|is a con|is a racket|is a hoax|is a joke|is nonsense|is a load of nonsense
  |scam invented by|invented by people who|c est une arnaque|est une arnaque|c est juste une arnaque|est une escroquerie
  |c est une escroquerie|c est du pipeau|est du pipeau|inventé par des gens qui|inventée par des gens qui
  |c est de la foutaise|est une vaste blague|c est une blague`);

const DISC_ALONE = list(`minoritaires chez nous|minoritaires dans notre propre pays|minoritaires dans notre pays
  |minority in our own country|a minority in our own country|minorities in our own country
  |strangers in our own country|étrangers dans notre propre pays|grandremplacement
  |greatreplacement|remplacés chez nous|replaced in our own country|keep our towns british|keep our streets british
  |keep britain british|keep britain white
  |keep our towns white|keep england english|keep our country british|keep our towns english|la france aux français
  |gardons la france française|go back to your own country|go back to where you came from
  |go back where you came from|go back to wherever you came from|go back to where they came from
  |go back to their own country|retourne dans ton pays|retournez dans votre pays|rentre dans ton pays
  |rentrez dans votre pays|retourne d où tu viens|retournez d où vous venez|rentre chez toi dans ton pays
  |gamins obèses|gosses obèses|mioches obèses|fat kids|porky kids|lardy kids|chubby brats`);
const FAT_KIDS = list(`enfants obèses|enfants en surpoids|gamins en surpoids|gosses en surpoids|obese kids
  |obese children|overweight kids|overweight children|chubby kids|chunky kids`);
const GORGE = list(`les gavent|gavent leurs|se gavent|gavés de|les bourrent de|bourrés de malbouffe|stuff them
  |stuff their faces|stuffs them|force feed|feed them junk|vu comment leurs parents|vu ce que leurs parents
  |the way their parents feed|their parents feed them`);
const ROMA = list(`roms|r0ms|les roms|les r0ms|gitans|les gitans|manouches|romanichels|tziganes|gens du voyage
  |les migrants|migrants|les réfugiés|les arabes|les noirs|les africains|les sdf|sdf|les clodos|the roma|gypsies
  |the gypsies|pikeys|the homeless|beggars|les mendiants`);
const BEGONE = list(`qu ils dégagent|qu ils dégagent d ici|qu ils décampent
  |qu ils aillent ailleurs|qu ils aillent voir ailleurs|qu on les vire|qu on les chasse|on les chasse|dégagez les
  |virez les|chassez les|get rid of them|want them gone|clear them out|send them packing|sling their hook
  |clear off`);
const STAFF = list(`la stagiaire|le stagiaire|à la stagiaire|au stagiaire|notre stagiaire|l alternant|l alternante
  |notre alternant|notre alternante|le petit nouveau|la petite nouvelle|au petit nouveau|à la petite nouvelle
  |the intern|our intern|to the intern|the new girl|the new guy|the work experience kid`);
const QUIT_NOW = list(`démissionne|démissionnez|disparais|disparaissez|ça nous fera des vacances|bon débarras
  |rends ta démission|pose ta démission|quit already|just quit|resign already|hand in your notice
  |do us a favour and quit|do us all a favour and quit|good riddance`);
const NEWCOMERS = list(`stop the boats|small boats|migrants|immigrants|asylum seekers|illegals|illegal migrants
  |foreigners|les migrants|les immigrés|les étrangers|les clandestins|clandestins`);
const SEND_BACK = list(`send them all back|send the lot back|ship them all back|deport them all|deport the lot
  |renvoyez les tous|renvoyons les tous|expulsez les tous|renvoyer tout ce monde`);
const OLD_FOLK = list(`grandma|granny|gran|nan|nana|grandpa|grandad|granddad|grandparents|pensioners|the elderly
  |old people|old folks|oldies|boomers|old dears|mamie|mamies|papy|papys|les vieux|les seniors|les retraités
  |nos aînés|les anciens`);
const PUT_AWAY = list(`should be in a home|should really be in a home|belongs in a home|belong in a home
  |in a home by now|put in a home|put her in a home|put him in a home|should be off the roads|kept off the roads
  |banned from driving|take her keys away|take his keys away|take their keys away|devrait être en ehpad
  |devraient être en ehpad|devrait être en maison de retraite|devraient être en maison de retraite|bonne pour l ehpad
  |bon pour l ehpad|bons pour l ehpad|bonnes pour l ehpad|bonne pour l hospice|bon pour l hospice|à l hospice
  |qu on lui retire le permis|qu on leur retire le permis`);
const TRANS = list(`trans kids|trans children|trans people|trans women|trans men|trans youth|non binary people
  |nonbinary people|gender fluid people|enfants trans|les enfants trans|personnes trans|les personnes trans|les trans
  |les non binaires|personnes non binaires`);
const NOT_A_THING = list(`not a thing|aren a thing|isn a thing|don exist|doesn exist|do not exist|does not exist
  |n existe pas|n existent pas|ça n existe pas|is a fad|are a fad|just a fad|is a phase|just a phase|c est une mode
  |une mode passagère|une lubie|inventé de toutes pièces`);
const LGBT = list(`lgbtq community|lgbt community|lgbtqia community|lgbtq crowd|lgbt crowd|lgbtq|lgbt|lgbtqia
  |the gays|gay people|pride crowd|the pride lot|rainbow crowd|communauté lgbt|communauté lgbtq|la communauté lgbt
  |les lgbt|les gays|les homos`);
const GO_ELSEWHERE = list(`can go power their own|can go heat their own|can go fuel their own|can go bake their own
  |can go make their own|can go knit their own|can go elsewhere|can go somewhere else|can shop elsewhere
  |can take their business elsewhere|can find another supplier|can buy elsewhere|can fend for themselves
  |peuvent aller ailleurs|peuvent aller voir ailleurs|peuvent acheter ailleurs|n ont qu à aller ailleurs
  |n ont qu à acheter ailleurs|qu ils aillent voir ailleurs|peuvent se débrouiller`);
const DISABLED_PEOPLE = list(`autistic people|autistic customers|autistic kids|autists|people with autism
  |les autistes|autistes|disabled people|disabled customers|wheelchair users|blind people|deaf people
  |people with adhd|neurodivergent people|les handicapés|les personnes handicapées|les sourds|les aveugles
  |les malentendants|les malvoyants`);
const DISMISS = list(`the world doesn revolve around you|world doesn revolve around you
  |world does not revolve around you|stop asking us to|stop complaining|stop whining|stop moaning|get over it
  |get over yourselves|deal with it
  |le monde ne tourne pas autour de vous|le monde ne tourne pas autour de toi|arrêtez de vous plaindre
  |arrêtez de nous demander|arrêtez de râler|arrêtez de pleurnicher|débrouillez vous`);

const HEALTH_ALONE = list(`aide à mincir|aident à mincir|vous aide à mincir|aide à maigrir|aident à maigrir
  |vous aide à maigrir|aide à perdre du poids|aident à perdre du poids|aide à perdre des kilos|aident à perdre des kilos
  |helps you slim|help you slim
  |helps you lose weight|help you lose weight|helps you lose pounds|aids weight loss|helps weight loss
  |makes you lose weight|makes you slim|burns belly fat|brûle les graisses|brûlent les graisses|fait fondre les graisses
  |n ont plus d asthme|n a plus d asthme|n ont plus jamais d asthme|plus jamais d asthme|fini l asthme
  |no more asthma|no longer have asthma|don have asthma anymore|guérit l asthme|soigne l asthme|cures asthma
  |cure asthma|bon pour les poumons|bonne pour les poumons|bons pour les poumons|good for your lungs
  |good for the lungs|nettoie les poumons|cleans your lungs|clinically shown to|clinically shown|clinically demonstrated
  |clinically proven to|proven to boost reaction|shown to boost reaction|cliniquement démontré|cliniquement prouvé
  |scientifiquement démontré|scientifically shown to|prouvé scientifiquement|démontré scientifiquement`);
const NOT_HEALTH = combos(
  list(`aide à maigrir|aident à maigrir|aide à mincir|aident à mincir|vous aide à maigrir|vous aide à mincir`),
  list(`votre facture|vos factures|la facture|les factures|les prix|votre budget`),
);

const ROUND_26C: Readonly<Record<string, RuleExtension>> = {
  insult: {
    groups: { alone26c: { fr: exact(INSULTS, BRANDON) } },
    alone: ['alone26c'],
    negative: { fr: exact(NOT_INSULTS, MELT_FOOD) },
  },
  politics: {
    groups: {
      alone26c: { fr: exact(BRANDON) },
      running26c: { fr: exact(RUNNING) },
      portfolio26c: { fr: exact(PORTFOLIO) },
      wholeCountry26c: { fr: exact(WHOLE_COUNTRY) },
      election26c: { fr: exact(ELECTION) },
      partisan26c: { fr: exact(PARTISAN) },
      perk26c: { fr: exact(PERK) },
    },
    alone: ['alone26c'],
    pairs: [
      ['running26c', 'portfolio26c', { window: 3, ordered: true, clause: true }],
      ['wholeCountry26c', 'election26c', { window: 16 }],
      ['perk26c', 'partisan26c', { window: 12 }],
    ],
    negative: { fr: exact(NOT_POLITICS) },
  },
  religion: {
    groups: {
      belief26c: { fr: exact(BELIEF) },
      tale26c: { fr: exact(TALE) },
      practice26c: { fr: exact(PRACTICE) },
      scam26c: { fr: exact(SCAM) },
    },
    pairs: [
      ['belief26c', 'tale26c', { window: 10, ordered: true }],
      ['practice26c', 'scam26c', { window: 2, ordered: true, clause: true }],
    ],
  },
  discrimination: {
    groups: {
      alone26c: { fr: exact(DISC_ALONE) },
      fatKids26c: { fr: exact(FAT_KIDS) },
      gorge26c: { fr: exact(GORGE) },
      roma26c: { fr: exact(ROMA) },
      begone26c: { fr: exact(BEGONE) },
      staff26c: { fr: exact(STAFF) },
      quitNow26c: { fr: exact(QUIT_NOW) },
      newcomers26c: { fr: exact(NEWCOMERS) },
      sendBack26c: { fr: exact(SEND_BACK) },
      oldFolk26c: { fr: exact(OLD_FOLK) },
      putAway26c: { fr: exact(PUT_AWAY) },
      trans26c: { fr: exact(TRANS) },
      notAThing26c: { fr: exact(NOT_A_THING) },
      lgbt26c: { fr: exact(LGBT) },
      goElsewhere26c: { fr: exact(GO_ELSEWHERE) },
      disabledPeople26c: { fr: exact(DISABLED_PEOPLE) },
      dismiss26c: { fr: exact(DISMISS) },
    },
    alone: ['alone26c'],
    pairs: [
      ['fatKids26c', 'gorge26c', { window: 12 }],
      ['roma26c', 'begone26c', { window: 12, ordered: true }],
      ['staff26c', 'quitNow26c', { window: 14, ordered: true }],
      ['newcomers26c', 'sendBack26c', { window: 8 }],
      ['oldFolk26c', 'putAway26c', { window: 12, ordered: true }],
      ['trans26c', 'notAThing26c', { window: 4, ordered: true }],
      ['lgbt26c', 'goElsewhere26c', { window: 8, ordered: true }],
      ['disabledPeople26c', 'dismiss26c', { window: 16, ordered: true }],
    ],
  },
  health_legal: {
    groups: { alone26c: { fr: exact(HEALTH_ALONE) } },
    alone: ['alone26c'],
    negative: { fr: exact(NOT_HEALTH) },
  },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26c = roundByTopic(ROUND_26C);
