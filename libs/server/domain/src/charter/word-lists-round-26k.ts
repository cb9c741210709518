// Twenty-sixth round, reading k (`withRound26k` adds it to every topic's rules), from `train-by`'s misses (French
// politics said indirectly) and clean posts flagged, by family:
// Politics: a brand backing a candidate or a list ("notre candidate aux municipales", "le local de campagne");
// a politician's name masked ("M@cr0n", "B@rdella") or a party's initials dotted ("le R.N."); "le gendre idéal…
// le casting pour 2027"; a dissolution joked about with the Assemblée; a minister, a mayor or an MP addressed with a
// reproach ("vous avez déjà essayé…, madame la ministre ?"); a benefit raised by a crumb ("l'allocation de
// rentrée… Merci qui ?"); a president's slogans ("réarmement démographique") and "dites à Manu que les
// Français…"; a party's programme or its elected members mocked ("le programme économique de la gauche", "les
// zadistes et leurs copains élus verts"); prices set "par décret" as something "soviétique"; unemployment figures
// "en baisse selon le gvt" or by striking people off; "tout sauf le RN".
// Clean (an official visiting a site is read in official-visits.ts): a staff council's election
// ("élections du CSE", "les collègues qui ont voté"); "goût" (taste) is not gout, the disease.
import { type RuleExtension, roundByTopic } from './rule-extension';
import { exact, list } from './word-lists-discrimination';

const POLITICS_ALONE = list(`local de campagne|qg de campagne|permanence de campagne|permanence électorale
  |meeting de campagne|meetings de campagne|la campagne de notre candidat|la campagne de notre candidate
  |la campagne du candidat|la campagne de la candidate|la campagne de notre maire|candidat aux municipales
  |candidate aux municipales|candidats aux municipales|candidat aux législatives|candidate aux législatives
  |candidat aux régionales|candidate aux régionales|candidat aux européennes|candidate aux européennes
  |candidat aux sénatoriales|candidat aux départementales|candidate aux départementales|colistier|colistiers
  |colistière|colistières|liste de la gauche|liste d union de la gauche|liste de la droite|liste écologiste
  |liste de gauche aux|liste de droite aux|campaign headquarters|campaign hq|our candidate for mayor
  |our candidate for council|donated to the campaign|donation to his campaign|donation to her campaign
  |le casting pour 2027|casting pour 2027|casting de 2027|casting présidentiel|la course à 2027|présidentiable
  |présidentiables|ambitions présidentielles|dissoudre l assemblée|dissolution de l assemblée|gâteau dissolution
  |réarmement démographique|réarmement civique|gaulois réfractaires|premiers de cordée|start up nation
  |les gens qui ne sont rien|suffit de traverser la rue|zadistes|zadiste|khmers verts|ayatollahs verts
  |ayatollahs de l écologie|élus verts|élus écolos|élus écologistes|maire écolo|maires écolos|mairie écolo
  |idée soviétique|idées soviétiques|bienvenue en urss|comme en urss|retour de l urss|digne de l urss
  |bienvenue au venezuela|comme au venezuela|welcome to the ussr|soviet style price|radie tout le monde
  |on radie|radier les chômeurs|radiés de france travail|radié de france travail|radiations de france travail
  |radiés de pôle emploi|chiffres du chômage truqués|maquiller les chiffres du chômage|tout sauf le rn
  |tout sauf le fn|tout sauf lfi|tout sauf les insoumis|tout sauf macron|tout sauf le pen|tout sauf marine
  |tout sauf bardella|tout sauf mélenchon|tout sauf zemmour|tout sauf les fachos|tout sauf le r|barrage au rn
  |barrage au fn|faire barrage à l extrême droite|front républicain|anything but reform|anyone but reform
  |anything but the tories|anyone but the tories|anyone but trump`);

// "Le R.N.", "votez F.N.": a party's initials with dots read as two words.
const INITIAL_R = list(`le r|du r|au r|sauf le r|contre le r|votez r|vote r|le f|du f|au f|votez f`);

// "Municipales à Nantes : on a choisi notre camp", "aux européennes, notre liste…".
const ELECTION = list(`municipales|les municipales|aux municipales|des municipales|aux régionales|les régionales
  |aux européennes|les européennes|aux sénatoriales|aux départementales|les départementales|législatives`);
const SIDE = list(`on a choisi notre camp|choisi notre camp|notre candidat|notre candidate|notre liste|sa liste
  |leur liste|notre tête de liste|on vote pour|nous votons pour|fiers de soutenir|soutenir la liste
  |soutenir le candidat|soutenir la candidate|soutenu le candidat|soutenu la candidate|soutenu sa liste`);

// "Le gendre idéal de ces dames… on a compris le casting pour 2027".
const DARLING = list(`le gendre idéal|gendre idéal|chouchou des sondages|chouchou des médias|coqueluche des médias
  |en couverture de tous les magazines|à la une de tous les magazines|la nouvelle coqueluche`);
const HORIZON = list(`2027|2032|pour 2027|en 2027|la présidentielle|le casting|l élysée`);

// "Le gâteau « dissolution »… #Assemblée".
const DISSOLUTION = list(`dissolution|la dissolution|une dissolution|dissoudre|dissous|nouvelle dissolution`);
const ASSEMBLY = list(`assemblée|l assemblée|les députés|législatives anticipées|élections anticipées|aux urnes
  |retour aux urnes|sans prévenir personne`);

// "…porte bien mal son nom, madame la ministre", "Madame la ministre, vous avez déjà essayé…": a minister, a mayor or
// an MP addressed with a reproach (addressed alone, it is a thank-you for a visit as often).
const ADDRESSED = list(`madame la ministre|monsieur le ministre|madame la première ministre|monsieur le premier ministre
  |monsieur le président|madame la présidente de la république|monsieur le maire|madame la maire|monsieur le préfet
  |madame la préfète|madame la députée|monsieur le député|monsieur le sénateur|madame la sénatrice|mr president
  |mister president|madam president|madam mayor|mr mayor|madam minister|mr minister|minister`);
const REPROACH = list(`vous avez déjà essayé|avez vous déjà essayé|vous avez essayé|venez essayer|essayez donc
  |essayez de vivre|essayez de nourrir|porte bien mal son nom|porte mal son nom|on attend toujours|merci pour rien
  |vous plaisantez|vous nous prenez pour|c est une blague|à quand|c est pour quand|drôles de priorités
  |drôle de priorité|bienvenue dans la vraie vie|redescendez sur terre|on vous attend sur le terrain|sérieusement
  |merci du cadeau|have you ever tried|try feeding|try living on|we re still waiting|still waiting
  |welcome to the real world|strange priorities|seriously`);

// "L'allocation de rentrée scolaire augmente de 0,9 %… Merci qui ?".
const BENEFIT = list(`allocation de rentrée scolaire|l allocation de rentrée|allocation de rentrée|prime de rentrée
  |allocations familiales|les allocations familiales|la prime d activité|prime d activité|le chèque énergie
  |chèque énergie|le point d indice|point d indice|les pensions|la revalorisation des pensions|le minimum vieillesse
  |le congé de naissance|congé de naissance|child benefit|universal credit|the state pension|the winter fuel payment`);
const IRONY = list(`merci qui|merci pour rien|quelle générosité|trop de générosité|trop généreux|on est gâtés
  |quelle largesse|c est byzance|n en jetez plus|même pas de quoi|so generous|how generous|thanks for nothing`);

// "Dites à Manu que les Français…".
const NICKNAME = list(`dites à manu|dis à manu|expliquez à manu|explique à manu|manu et sa bande|manu et ses ministres
  |jupiter et sa bande|dites à jupiter|dites à notre jupiter`);
const PEOPLE = list(`les français|aux français|les françaises|le peuple|les citoyens|les électeurs|les contribuables`);

// "Le programme économique de la gauche", "les élus de la droite".
const PROGRAMME = list(`programme|programme économique|programme politique|programme fiscal|le programme
  |les promesses|les idées|le projet économique|les économistes|les élus|les militants|les électeurs|les candidats`);
const CAMP = list(`de la gauche|de la droite|du rn|de lfi|des insoumis|du nfp|de la nupes|des écolos|des verts
  |de l opposition|de la macronie`);

// "Le prix du lait fixé par décret ? … encore une idée soviétique".
const DECREE = list(`par décret|fixé par décret|fixés par décret|fixée par décret|fixées par décret|blocage des prix
  |bloquer les prix|encadrement des prix|encadrer les prix|prix plafonnés|plafonnement des prix|contrôle des prix
  |prix administrés|nationaliser|nationalisation|price controls|price cap by law`);
const SOVIET = list(`soviétique|soviétiques|l urss|urss|venezuela|cuba|corée du nord|goulag|kolkhoze|gosplan
  |planification|tickets de rationnement|rationnement|soviet|ussr|north korea|bread queues`);

// "Les chiffres du ch0mage « en baisse » selon le gvt…".
const JOBLESS = list(`chiffres du chômage|chiffres du ch0mage|taux de chômage|taux de ch0mage|le chômage baisse
  |le ch0mage baisse|chômage en baisse|ch0mage en baisse|baisse du chômage|baisse du ch0mage|chômeurs en moins
  |unemployment figures|unemployment is down|jobless figures`);
const SPIN = list(`selon le gouvernement|selon le gvt|selon le gouv|selon le ministère|selon bercy|selon matignon
  |radie|radient|radiés|radiation|radiations|maquillés|maquiller|truqués|truquer|trafiqués|comme par magie
  |according to the government|fiddled|massaged`);

// A staff council's election is not politics (an official's visit to a site: official-visits.ts).
const NOT_POLITICS = [
  ...list(`élections du cse|élection du cse|élections cse|élus du cse|élus au cse|élue du cse|élu du cse
  |nouveaux élus du cse|élections professionnelles|élus du personnel|délégués du personnel|représentants du personnel
  |collègues qui ont voté|salariés qui ont voté|collaborateurs qui ont voté|équipiers qui ont voté|collègues ont voté
  |salariés ont voté|collaborateurs ont voté`),
];

// "Goût" (taste) is not gout, the disease: "le plus de goût", "du goût", "bon goût".
const TASTE = list(`de goût|du goût|le goût|au goût|en goût|bon goût|mauvais goût|plein de goût|plus de goût
  |de bon goût|goût unique|goût authentique|goût intense`);

const ROUND_26K: Readonly<Record<string, RuleExtension>> = {
  politics: {
    groups: {
      alone26k: { fr: exact(POLITICS_ALONE) },
      initialR26k: { fr: exact(INITIAL_R) },
      initialN26k: { fr: exact(list('n')) },
      election26k: { fr: exact(ELECTION) },
      side26k: { fr: exact(SIDE) },
      darling26k: { fr: exact(DARLING) },
      horizon26k: { fr: exact(HORIZON) },
      dissolution26k: { fr: exact(DISSOLUTION) },
      assembly26k: { fr: exact(ASSEMBLY) },
      addressed26k: { fr: exact(ADDRESSED) },
      reproach26k: { fr: exact(REPROACH) },
      benefit26k: { fr: exact(BENEFIT) },
      irony26k: { fr: exact(IRONY) },
      nickname26k: { fr: exact(NICKNAME) },
      people26k: { fr: exact(PEOPLE) },
      programme26k: { fr: exact(PROGRAMME) },
      camp26k: { fr: exact(CAMP) },
      decree26k: { fr: exact(DECREE) },
      soviet26k: { fr: exact(SOVIET) },
      jobless26k: { fr: exact(JOBLESS) },
      spin26k: { fr: exact(SPIN) },
      weak: { fr: exact(list('gvt|gouvt|gvmt')) },
    },
    alone: ['alone26k'],
    maskedOnly: {
      group: 'strong',
      words: list(`macron|bardella|melenchon|zemmour|attal|darmanin|retailleau|bayrou|sarkozy|hollande|lepen
        |trump|biden|starmer|farage`),
    },
    pairs: [
      ['initialR26k', 'initialN26k', { window: 1, ordered: true }],
      ['election26k', 'side26k', { window: 16 }],
      ['darling26k', 'horizon26k', { window: 16, ordered: true }],
      ['dissolution26k', 'assembly26k', { window: 20 }],
      ['addressed26k', 'reproach26k', { window: 20 }],
      ['benefit26k', 'irony26k', { window: 20, ordered: true }],
      ['nickname26k', 'people26k', { window: 6, ordered: true }],
      ['programme26k', 'camp26k', { window: 1, ordered: true, clause: true }],
      ['decree26k', 'soviet26k', { window: 16 }],
      ['jobless26k', 'spin26k', { window: 12 }],
    ],
    negative: { fr: exact(NOT_POLITICS, list('le r n b|du r n b|au r n b')) },
  },
  health_legal: { negative: { fr: exact(TASTE) } },
};

/** `rules` of `topic` with this round's families (see the file's comment). */
export const withRound26k = roundByTopic(ROUND_26K);
