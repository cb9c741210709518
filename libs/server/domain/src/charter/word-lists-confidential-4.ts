// Seventh round of market-sensitive families (lexicon-confidential.ts), by construction rather than by sentence:
// - secrecy said through what may not be done with the news ("ne la faites pas tourner", "don't spread it around",
//   "not for external sharing", "please don't RT"), through who has not been told yet ("quand le CSE aura été
//   prévenu", "staff get told in January", "nobody outside the company knows"), through feigning ("act
//   surprised", "pretend you didn't see it") and through not being allowed to say ("on n'a pas le droit d'en
//   parler", "we can't officially say", "I shouldn't share this");
// - topics said in other words: turnover, cash flow, budgets and forecasts of a year, pay rises, a key client, a
//   new chief executive, a float ("entrer en Bourse", "floating on the LSE"), advanced talks to buy;
// - compounds: an executive + leaving in everyday words ("se barre", "packing up her desk", "handed in her
//   notice"), a site in the wide sense (store, office, call centre) + closing or going, jobs + affected or going,
//   a unit + for sale, a forecast in the passive with more participles ("sera raboté", "seront gelées").
// Matched exactly (normalized), except where said.
import { list } from './word-lists-discrimination';

/** Secrecy cues: pass it on, not told yet, feign, not allowed to say, seen here first. */
export const SECRET_MORE = list(`a little birdie|little birdie|a little bird told|un petit oiseau m a dit
  |un petit oiseau nous a dit|un petit oiseau du|un petit oiseau de|you didn't hear it from us|you didn't hear this from us
  |vous ne l avez pas entendu de nous|vous ne l avez pas lu ici|ne le dites a personne|ne le dis a personne
  |ne la faites pas tourner|ne le faites pas tourner|ne les faites pas tourner
  |ne pas le faire tourner|ne pas la faire tourner|ne pas les faire tourner|ne faites pas tourner|faites pas tourner
  |ne le faites pas circuler|ne la faites pas circuler|ne pas faire circuler|ne faites pas circuler|ne le repetez a personne
  |on n a pas le droit d en parler|pas le droit d en parler|pas le droit de le dire|on ne peut pas encore le dire
  |on ne peut pas le dire officiellement|pas officiellement|on ne peut rien dire|je ne peux rien dire|je n ai rien dit
  |on n a rien dit|vous n avez rien vu|vous l avez pas vu ici|vous ne l avez pas vu ici|pas vu ici|pas lu ici
  |vous l avez lu ici en premier|lu ici en premier|vous l apprenez ici|ici en premier|en primeur|faites semblant
  |faites comme si de rien|ca reste ici|que ca reste ici|reste ici hein|de notre bouche|entendu de notre bouche
  |quand le cse aura ete prevenu|avant le cse|avant d informer le cse|le cse n est pas|les syndicats l apprendront
  |les salaries l apprendront|les equipes l apprendront|le personnel l apprendra|document rh|documents rh
  |que j ai sous les yeux|j ai sous les yeux|appris en comite|en comite ce matin|en codir|au codir|en comex|au comex
  |can't officially say|cannot officially say|can't officially share|cannot officially share|can't officially
  |can't say much|can't say more|i shouldn't share|shouldn't share this|shouldn't be sharing|shouldn't be telling you
  |not supposed to tell|not supposed to share|not allowed to say|not allowed to share|kill us for sharing
  |pretend you didn't see|pretend you never saw|act surprised|you didn't see this|you didn't see it here
  |didn't hear it from us|you didn't hear it from us|you didn't hear this from us|heard it here before
  |before the press release|before the press does|don't spread it|don't spread this|please don't spread
  |do not spread|keep this in the building|keep it in the building|not for external sharing|not for external
  |for internal eyes|internal eyes only|eyes only|don't rt|do not rt|please don't rt|no rts please|nobody outside
  |no one outside|outside the company knows|staff get told|staff will be told|staff are told|will be told in
  |get told in|gets told in|the unions don't know|before the unions|hr will announce|all hands|comp committee
  |board pack|board deck|investor deck|entre vous et moi|de vous a moi|dites le a personne|dis le a personne
  |le dites a personne|le dis a personne|le repetez a personne|bruit de couloir|bruits de couloir|rumeur de couloir
  |through the grapevine|on the grapevine|spoiler|petit spoiler|spoiler alert|je ne suis pas cense le dire
  |pas cense le dire|on ne devrait pas le dire|je ne devrais pas le dire|je ne devrais pas vous le dire
  |not supposed to say|i shouldn't say|we shouldn't say|shouldn't be saying|don't tell the press|before the press
  |ne le dites pas a la presse|avant la presse|le conseil d administration a valide|le conseil a valide
  |le codir a valide|le comite de direction a valide|the board approved|the board has approved|board signed off
  |the board signed off|the board voted|je peux deja vous dire|je peux deja vous le dire|on peut deja vous dire
  |i can already tell you|we can already tell you|can already reveal|chiffres officiels|official figures|official numbers
  |ne sort que|ne sortent que|ne sera publie que|ne seront publies que|only out on|not out until|isn't out until
  |won't be published until|not published until|pas publie avant|pas publies avant|on ne communique pas avant
  |ne communiquons pas avant|on ne peut pas communiquer|can't comment before|can't comment until|cannot comment until
  |no comment until|on l a appris|appris en reunion|appris ce matin|on vient de l apprendre|vient de nous l annoncer
  |management told us|told us this morning|we were told this morning|we were just told|just been told
  |staff find out|staff will find out|employees find out|the team finds out|pas encore dit aux equipes
  |pas encore dit aux salaries|haven't told the team|haven't told staff|not told staff yet`);

/** Topics: figures and plans of the business said in other words. */
export const TOPIC_MORE = list(`turnover|like for like|like for like sales|cash flow|cashflow|free cash flow
  |draft budget|the 2026 budget|the 2027 budget|the 2028 budget|full year forecast|our forecast
  |sales forecast|pay rise|pay rises|pay review|salary increases|salary review|bonus pool|store by store
  |biggest client|biggest customer|key account|largest client|largest customer|new ceo|new cfo|next ceo|new chief exec
  |listing on the|float on the|floating on|to list on|ipo bankers|spring listing|bankers are lined up
  |talks to buy|talks to acquire|talks to merge|in advanced talks|advanced talks|exclusive talks
  |previsionnel|le previsionnel|budget previsionnel|le budget 2026|le budget 2027|le budget 2028|du budget 2027|du budget 2028|previsions pour|nos previsions
  |tablent sur|table sur|tabler sur|tresorerie|cash flow|augmentations 2026|augmentations 2027|augmentations 2028
  |augmentations salariales|augmentations de salaire|primes de fin d annee|prime de fin d annee|13e mois
  |annual bonus|annual bonuses|staff bonuses|bonus scheme|interessement|profit share|profit sharing|enveloppe salariale|primes annuelles|magasin par magasin
  |ventes de la semaine|ventes du mois|tableau de bord des ventes|objectifs par magasin|notre plus gros client|nos plus gros clients
  |nouveau pdg|nouvelle pdg|nouveau dg|nouvelle dg|nouveau directeur general|nouvelle directrice generale
  |entre en bourse|entrer en bourse|entrera en bourse|entrons en bourse|coter en bourse|banques sont mandatees
  |banques mandatees|plan de transformation|plan de simplification|programme de transformation|plan d economies
  |transformation plan|simplification programme|cost cutting|cost savings plan|savings plan|departs
  |lease isn't being renewed|lease is not being renewed|lease won't be renewed|lease will not be renewed
  |bail ne sera pas renouvele|le bail n est pas renouvele|bail pas renouvele|consensus|consensus des analystes
  |analyst consensus|street expectations|to be bought|being bought|been bought|be taken over|being taken over
  |taken over by|rachete par|rachetee par|rachetes par|se faire racheter|va etre rachete|va etre rachetee
  |cherche un repreneur|cherche des repreneurs|trouver un repreneur|un repreneur|looking for a buyer|seeking a buyer
  |find a buyer|deficitaire|deficitaires|loss making|unprofitable|non rentable|non rentables|pas rentables`);

/** Plans that count with a date ahead too (the `corporate` group): a float, advanced talks, a restructuring plan. */
export const CORPORATE_MORE = list(`entre en bourse|entrer en bourse|entrera en bourse|entrons en bourse
  |coter en bourse|banques sont mandatees|banques mandatees|floating on|float on the|to list on|ipo bankers
  |spring listing|talks to buy|talks to acquire|talks to merge|in advanced talks|advanced talks|plan de transformation
  |plan de simplification|plan d economies|transformation plan|simplification programme|cost cutting
  |float is pencilled|float is planned|float is scheduled|float is slated|bankers are lined up|ouvre le capital
  |ouvrir le capital|ouverture du capital|ouvrir notre capital|ouvre son capital|opening up our capital|open up our capital
  |sell a stake|selling a stake|minority stake|majority stake|participation minoritaire|participation majoritaire
  |production is moving|moving production|relocating production|relocate production|transferer la production
  |transfert de la production|transfert de production|deplacer la production|delocaliser la production`);

/** Dates ahead that `future` lacked: seasons "next", after the holidays, in the new year. */
export const FUTURE_MORE = list(`next spring|next summer|next autumn|next fall|next winter|this spring|this winter
  |for spring|for the spring|for summer|for autumn|in the spring|in the new year|after christmas|after the holidays
  |next half|au printemps prochain|l ete prochain|l automne prochain|l hiver prochain|ce printemps|apres les fetes
  |en debut d annee|en fin d annee|l annee prochaine|au premier trimestre|au second semestre|au prochain trimestre`);

/** Executives by other titles (`exec`). */
export const EXEC_MORE = list(`chief exec|le grand patron|notre grand patron|la grande patronne|notre patron
  |notre patronne|the big boss|our big boss|finance chief|head of finance|hr director|sales director|marketing director
  |directeur commercial|directrice commerciale|directeur marketing|directrice marketing|directeur general adjoint
  |directrice generale adjointe|directeur des ressources humaines|directrice des ressources humaines`);

/** Financial topics of a quiet period said in other words (`finance`). */
export const FINANCE_MORE = list(`turnover|cash flow|cashflow|free cash flow|tresorerie|like for like|trading update
  |christmas trading|trading statement|order book|order intake|carnet de commandes|prises de commandes|profitability
  |rentabilite|market share|part de marche|parts de marche`);

/** Executives leaving in everyday words (after `exec`, a few words apart). */
export const LEAVE_MORE = list(`se barre|se tire|fait ses cartons|plie bagage|a pose sa demission
  |pose sa demission|a donne sa demission|jette l eponge|packing up her desk|packing up his desk|packs up her desk|packs up his desk
  |clearing her desk|clearing his desk|handed in|hands in|handing in|has handed in|jumps ship|jumping ship|walks out
  |walking out`);

/** Sites in the wide sense (a closing is a topic only with a secrecy cue: a store also closes at 7 pm). */
export const PLACE = list(`site|sites|magasin|magasins|boutique|boutiques|store|stores|shop|shops|bureau|bureaux
  |bureaux regionaux|regional offices|office|offices|call centre|call center|centre d appels|centre d appel
  |plateforme logistique|atelier|ateliers|ligne de production|agence|agences|doors|portes`);
/** Closing said as a plan, before the places closed ("on fermera trois magasins", "we're closing three stores"). */
export const CLOSE_SOON = list(`fermera|fermerons|fermeront|va fermer|allons fermer|vont fermer|devrait fermer
  |devraient fermer|will close|will shut|will be closing|will be shutting|we're closing|we are closing|we're shutting
  |we are shutting|are closing|are shutting|plan to close|plans to close|planning to close`);
/** Our prices going up (with a figure: `HOW_MANY`'s numbers): "nos prix augmentent de 8 %", "prices go up 8%". */
export const PRICES_RISE = list(`nos prix augmentent|nos prix augmenteront|nos prix vont augmenter|nos prix montent
  |nos prix vont monter|les prix augmentent|les prix augmenteront|les prix vont augmenter|les prix montent
  |nos tarifs augmentent|nos tarifs augmenteront|nos tarifs vont augmenter|hausse de nos prix|hausse des prix de
  |prices go up|prices are going up|prices will go up|prices will rise|prices rise|prices are rising|price rise of
  |price increase of|our prices go up|our prices will go up|our prices are going up`);
/** How many of them: a closure planned in numbers. */
export const HOW_MANY = list(`deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|vingt|{n}|plusieurs|quelques
  |une dizaine de|une vingtaine de|la moitie de nos|un tiers de nos|two|three|four|five|six|seven|eight|ten|twelve
  |fifteen|twenty|several|a few|a dozen|half of our|a third of our|some of our`);
/** Closing or going, also in the present plural and as a verdict ("ne passera pas l'hiver", "on the chopping block"). */
export const CLOSE_MORE = list(`ferment|fermons|fermerons|fermeront|ferme ses portes|fermera ses portes|baisse le rideau
  |baissera le rideau|ne passera pas l hiver|ne passera pas l annee|ne passera pas l ete|won't survive|on the chopping block
  |for the chop|being shut|is being shut|are being shut|being closed|is being closed|are being closed|are going
  |closes for good|close for good|ne rouvrira pas|ne rouvriront pas|won't reopen|will not reopen|won't be reopening|externalise|externalisee|outsourced|being outsourced|delocalise|delocalisee`);
/** Forecasts in the passive, in progress ("are being scrapped"), before `verdict`. */
export const WILL_BE_MORE = list(`are being|is being|sont en train d etre|est en train d etre`);

/** Parting with staff ("se séparer de 30 collaborateurs", "let go of 40 people"), before `jobs`. */
export const CUT_MORE = list(`se separer de|nous separer de|separer de|let go of|part ways with|parting ways with
  |lay off|laying off`);
/** People as headcount (after `CUT_MORE`). */
export const STAFF = list(`postes|emplois|salaries|collaborateurs|roles|jobs|positions|employees|workers|personnes
  |people|staff|agents|interimaires|operateurs|operators`);
/** Jobs affected or going ("90 postes concernés", "400 roles going"): a topic with a secrecy cue. */
export const JOBS_HIT = list(
  `concernes|concernees|affected|impacted|touches|going|are going|to go|will go|on the line`,
);
/** A unit for sale ("la filiale espagnole est à vendre"). */
export const FOR_SALE = list(`a vendre|est a vendre|en vente|for sale|is for sale|up for sale`);
/** More participles of a forecast in the passive ("sera raboté", "seront gelées", "will be frozen"). */
export const VERDICT_MORE =
  list(`supprimes|supprimees|releve|relevee|relevees|rabote|rabotee|rabotes|rabotees|gele|gelee|geles|gelees
  |baisse|baissee|baisses|baissees|reduit|reduite|reduits|reduites|suspendu|suspendue|suspendus|divise|divisee
  |en chute libre|s effondrent|s effondre|plongent|chutent|degringolent|tanked|tanking|plunged|plummeted
  |collapsed|nosedived|frozen|trimmed|reduced|suspended|hiked|raised by|cut by|slashed by|in line with expectations|above forecast
  |below forecast`);

/** Not a financial topic in a quiet period: stock as goods on the shelves ("Stock limité", "now in stock"). */
export const FINANCE_NEGATIVE =
  list(`en stock|stock limite|stocks limites|stock limited|limited stock|dans la limite des stocks
  |jusqu a epuisement des stocks|epuisement du stock|epuisement des stocks|rupture de stock|ruptures de stock|hors stock
  |de retour en stock|retour en stock|reste du stock|il reste du stock|plus de stock|fin de stock|fins de stock|destockage
  |stock disponible|stocks disponibles|faites le stock|faire le stock|faites vos stocks|in stock|now in stock|back in stock
  |out of stock|low stock|limited stock|while stocks last|while stock lasts|stock up|stocking up|restock|restocked
  |stock levels|in stock now|stocks are low|stock is low|stock clearance|clearance stock|stocking fillers|stocking filler
  |stock photo|stock cube|stock cubes|chicken stock|vegetable stock|beef stock|fish stock|stock pot|stockpot`);
