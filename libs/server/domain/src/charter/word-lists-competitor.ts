// Words around a competitor's name that say whether it names the company ("at bp", "bp fans", "chevron's") or is an
// ordinary word ("Nestle up with", "the chevron kerbs", "a hermit crab in a bottle-cap shell", "Mont St Michel").
// Normalized (lower case, no accents), one word each; read by competitor-names.ts.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/**
 * Words after which a short name written in lower case is still the company ("at bp", "from edf", "ceux de lu"):
 * places, comparisons and switching. Not "et", "que", "comme": "lu et relu", "tel que lu".
 */
export const NAME_EXPECTED = words(`
  chez vs versus contre than from at de du d avec with par by plutot over unlike merci bravo thanks congrats
  cheers felicitations
`);

/** Nouns before a name that make it the company: "la station bp", "facture edf", "ancienne cliente d'okaidi". */
export const COMPANY_BEFORE = words(`
  station stations client clients cliente clientes offre offres tarif tarifs facture factures compteur contrat
  agence agences salarie salaries ingenieur ingenieurs ex ancien ancienne anciens anciennes abonnement biscuits gateaux
  galettes sables yaourts produits gamme pub publicite beat beats beating outprice outprices undercut undercuts
  outperform outperforms
`);

/**
 * What a brand's account or a campaign adds to its name, run together in a handle or a hashtag: "@nestleuk",
 * "@edfofficiel", "#boycottshein", "#sheinhaul".
 */
export const HANDLE_AFFIXES = words(`
  official officiel officielle offical fr uk us usa france group groupe global news hq careers jobs recrute help
  support care service press team boycott stop fail haul plc sa anti bye
`);

/**
 * Nouns after a name that make it the company: its customers, staff, sites, prices and products ("bp fans", "the
 * shell station", "Shell stations", "Harry's brioche").
 */
export const COMPANY_AFTER = words(`
  fans fan customers customer clients client users drivers engineers engineer staff employees employee workers
  shareholders investors station stations garage garages forecourt forecourts pump pumps petrol fuel diesel prices
  price pricing tariff tariffs bills bill app card rewards loyalty offer offers deal deals ad ads advert adverts
  campaign brand group boss ceo plc shares profits profit results products product range stores store shops shop
  outlet outlets brioche bread loaf buns biscuits cookies yoghurt yoghurts yogurt yogurts desserts pudding puddings
  jam spreads coats socks clothes abonnes salaries prix offre pub appli carte actionnaires produits gamme magasins
  magasin boutique boutiques recharge energy
`);

/**
 * Names of companies that are also ordinary words (nouns, verbs) in French or English: written in lower case, or
 * with a capital only because they open a sentence, they need the company's context to count.
 */
export const COMMON_WORD_NAMES = words(`
  shell chevron nestle total orange free apple next gap boots target mango puma jaguar amazon subway oracle visa sky
  dove axe converse vans casino carrefour leader but boulanger decathlon mars president gulf bic
`);

/** Words right after a name that make it a verb ("Nestle up with a hot chocolate", "shell out for"). */
export const VERB_PARTICLES = words(`
  up into down back closer against together beside under among amongst onto inside beneath yourself yourselves
  themselves ourselves himself herself itself myself
`);

/** Words right before a name written in lower case that make it a thing: an article or a possessive ("the shell"). */
export const DETERMINERS = words(`
  the a an le la les un une des this that these those ce cet cette ces my your its his her their our mon ton son
  ma ta sa mes tes ses notre votre leur nos vos leurs each every
`);

/** Nouns after a name that make it a thing: patterns, kerbs, clothes ("chevron kerbs", "Shell suits are back"). */
export const THING_AFTER = words(`
  suit suits pattern patterns print prints stitch motif motifs kerb kerbs curb curbs parquet floor flooring tile
  tiles pink shape shaped necklace earrings stripe stripes rouge rouges bleu blanc blanche noir vert jaune
  markings marking arrows arrow signage sign signs tape
`);

/** Nouns in the same clause that make a name a thing (a crab's shell, a knitted chevron). */
export const THING_NEAR = words(`
  hermit crab crabs snail snails oyster oysters tortoise turtle turtles egg eggs nut nuts walnut walnuts clam clams
  mussel mussels scallop scallops whelk cockle cockles conch limpet seashell seashells coquillage coquillages
  escargot escargots tortue tortues huitre huitres oeuf oeufs noix knit knitted tricot tweed parquet kerb kerbs curb
  curbs motif motifs pattern patterns stitch flooring floor floors floorboards timber oak wooden tile tiles
  plancher chene carrelage
`);

/** Words before a name of several words that make it a place ("Mont St Michel", "boulevard St-Michel"). */
export const PLACE_BEFORE = words(`
  mont rue bd boulevard av avenue place pl quai pont quartier eglise abbaye chapelle port fort parc gare metro lycee
  college ecole hopital ile baie cours allee impasse chemin route
`);

/**
 * Products and ranges right before a name of several words written in lower case make it the brand: "les bodies
 * petit bateau", "la confiture bonne maman", "la collection sergent major". Plurals and ranges only: a singular can
 * be the subject of a name that is a verb ("cette robe tape à l'œil"), a plural would take "tapent".
 */
export const PRODUCT_BEFORE = words(`
  bodies pulls pyjamas vetements chaussettes chaussures robes manteaux jupes tshirts collection collections marque
  soldes magasins boutiques confiture confitures madeleines galettes biscuits gateaux yaourts produits gamme rayon
  clothes coats socks dresses range brand
`);

/** Titles before a name of one word that make it a person's surname: "Mme Pasquier", "Dr Shell". */
export const CIVILITY_BEFORE = words(`
  m mr mrs ms miss mme mlle madame monsieur dr docteur pr professeur me maitre sir dame lady lord
`);
