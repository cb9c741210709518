// Confidential and market-sensitive information: a secrecy cue ("keep it secret", "sous embargo") next to a
// financial or corporate topic (results, guidance, M&A, layoffs, restructuring), a plan announced ahead of time
// (a future cue next to M&A or layoffs), or a secrecy phrase strong enough alone ("internal memo").
// The `finance` group is also what a quiet period (earnings blackout) blocks. Syntax: see lexicon.ts.
import type { CategoryRules } from './lexicon';
import { LOST_CONTRACT, NOT_PUBLIC } from './word-lists-families-3';
import { exact } from './word-lists-discrimination';
import * as C4 from './word-lists-confidential-4';
import { withConfidential9 } from './word-lists-confidential-9';
import { withConfidential10 } from './word-lists-confidential-10';
import { rounds } from './rule-extension';

const RESULTS_FR = `=resultats trimestriels|=resultats semestriels|=resultats annuels|=resultats financiers|=resultats du trimestre
  |=resultats du t1|=resultats du t2|=resultats du t3|=resultats du t4|=resultats t1|=resultats t2|=resultats t3|=resultats t4
  |=resultats q1|=resultats q2|=resultats q3|=resultats q4|=resultats du semestre|=resultats de l annee|=resultats 2025
  |=resultats 2026|=resultats 2027|=resultat net|=resultat operationnel|=resultat d exploitation|=operating profit|chiffre d affaires|=ca du|=ca trimestriel
  |=ca annuel|bénéfice|bénéfices|=benefice net|=marge operationnelle|=marge brute|=marge nette|=ebitda|=ebit|=ebe
  |trimestre|trimestriel|trimestriels|trimestrielle|trimestrielles|semestriel|semestriels|=q1|=q2|=q3|=q4
  |=perte nette|=objectifs financiers|=objectifs annuels|=perspectives financieres|=previsions de resultats
  |=prevision de chiffre d affaires|=guidance|dividende|dividendes|=cours de bourse|=cours de l action
  |=chiffres de ventes|=chiffres de vente|=ventes du trimestre|=croissance organique|=avertissement sur resultats
  |=profit warning|=resultats preliminaires|=resultats provisoires|=ventes du premier semestre|=ventes du semestre|=premier semestre|=second semestre|=croissance annuelle|=marges du semestre
  |=marges|=dividende sera|=effectifs|=reduction des effectifs|=effectifs en moins|=chiffres du semestre|=chiffres non audites
  |=chiffres du trimestre|=resultats arrivent|=attentes des analystes|=analystes|=operating margin|=gisement|=objectif de chiffre
  |=on vise|=nous visons|=on table sur|=nous tablons sur|=objectif de croissance
  |=previsions de resultat|=previsions de resultats|=prevision de resultat|=previsions financieres|=journee investisseurs
  |=journee des investisseurs|=reunion investisseurs|=direction financiere`;
const RESULTS_EN = `earnings|=quarterly results|=annual results|=full year results|=half year results|=financial results
  |=q1 results|=q2 results|=q3 results|=q4 results|revenue|revenues|=net income|=net profit|profit
  |profits|=operating margin|=gross margin|=ebitda|=ebit|quarter|quarterly|=q1|=q2|=q3|=q4|=guidance
  |dividend|dividends|=share price|=stock price|=sales figures
  |=eps|=net loss|=first half sales|=half year sales|=first half|=half year|=annual growth|=margins|=half year margins|=headcount
  |=headcount cut|=headcount reduction|=analyst expectations|=analysts|=record revenue|=revenue up|=revenue guidance
  |=unaudited|=figures|=half year figures|=record field|=results coming|=results aren't out|=q3 results|=q4 results
  |=we're targeting|=we are targeting|=we're aiming for|=we are aiming for|=growth target|=growth next year|=profit forecast
  |=earnings forecast|=revenue forecast|=investor day|=capital markets day|=finance team|=finance department`;

const CORPORATE_FR = `acquisition|acquisitions|=acquerir|=acquiert|=acquerons|rachat|=racheter|=rachete|=rachetons|=rachetera
  |=fusion avec|=fusion entre|=projet de fusion|=fusion acquisition|=fusionner|=fusionne|=fusionnera|=opa|=ope|=offre publique
  |=cession|=ceder|=cedera|=prise de participation|=prise de controle|=entrer au capital|=entree au capital
  |licenciement|licenciements|=licencier|=licencie|=licencies|=licenciera|=plan social|=pse|=plan de sauvegarde de l emploi
  |=suppression de postes|=suppressions de postes|=suppression d emplois|=suppressions d emplois|=supprimer des postes
  |=postes supprimes|=emplois supprimes|=fermeture du site|=fermeture de l usine|=fermeture d usine|=fermetures d usines
  |=fermeture de sites|=fermeture definitive|=fermer l usine|=fermer le site|=fermer definitivement|restructuration
  |restructurations|=reorganisation|=plan de depart|=plan de departs|=departs volontaires|=rupture conventionnelle collective
  |=depot de bilan|=redressement judiciaire|=liquidation judiciaire|=faillite|=introduction en bourse|=entree en bourse|=ipo
  |=relever nos objectifs|=abaisser nos objectifs|=revoir a la baisse|=revoir nos objectifs|=depart du pdg
  |=demission du pdg|=quitte le groupe|=pdg quitte|=depart du directeur|=plan de reduction|=reduction de 10|=ferme le site
  |=fermer le site|=ferme l usine|=vendre la division|=cession de la division|=racheter notre
  |=rachat de notre|=notre concurrent|=rival|=plan social|=dividende double|=dividende sera double|=dividende|=introduction en bourse
  |=accord de fusion|=protocole d accord|=lettre d intention|=due diligence|=offre ferme|=on rachete|=rachete un
  |=augmentation de capital|=levee de fonds|=suppression du dividende|=chomage partiel|=gel des embauches
  |=rapprochement avec|=alliance avec|=negociations de fusion|=sortie de la bourse|=sortie de bourse|=une fusion|=pour une fusion|=gel des salaires|=delocalisation|=delocaliser|=cotation en bourse|=retrait de la cote|=concurrent|=un concurrent`;
const CORPORATE_EN = `acquisition|acquisitions|=acquire|=acquiring|=acquires|=acquired|=buyout|=takeover|=takeover bid|=merger
  |=mergers|=merge with|=merging with|=divest|=divestment|=divesting|=spin off|=stake in|=layoffs|=layoff|=lay off
  |=laying off|=laid off|=job cuts|=cut jobs|=cutting jobs|=redundancies|=headcount reduction|=downsizing|=restructuring
  |=reorganization|=reorg|=plant closure|=close the plant|=close the factory|=closing the plant|=site closure|=bankruptcy
  |=chapter 11|=insolvency|=ipo|=going public|=raise guidance|=lower guidance|=cut guidance|=ceo steps down
  |=ceo departure|=is leaving|=ceo is leaving|=leaving the group|=redundancy plan|=redundancy|=redundancies|=closing the|=close the
  |=selling the|=sell the|=sale of the|=retail division|=deal to buy|=to buy our|=buy our|=rival|=dividend doubled|=dividend
  |=ipo is planned|=headcount cut|=headcount reduction
  |=merger agreement|=letter of intent|=term sheet|=binding offer|=we're buying|=we are buying|=buying out|=buy out
  |=capital increase|=rights issue|=funding round|=dividend cut|=hiring freeze|=pay freeze|=offshoring|=furlough
  |=furloughs|=tie up with|=tie up|=merger talks|=delist|=go private|=taking private|=delisting|=a rival|=a competitor|=our competitor`;

/** Financial topics a quiet period blocks: the results above and any talk of sales, growth or margins. */
export const FINANCE_FR = `${RESULTS_FR}|=ventes|=croissance|=marge|=marges|=semestre|=resultats|=chiffres|=performance
  |=dividende|=dividendes|=objectifs|=previsions|=bourse|=actionnaires|=investisseurs`;
export const FINANCE_EN = `${RESULTS_EN}|=sales|=growth|=margin|=margins|=half|=results|=figures|=performance|=dividend
  |=shareholders|=investors|=stock|=shares|${exact(C4.FINANCE_MORE)}`;

/** Goods in stock are not shares in a quiet period ("Stock limité", "now in stock"). */
export const FINANCE_NEGATIVE = exact(C4.FINANCE_NEGATIVE);

const words = (s: string) =>
  s
    .split(/\s*[|\n]\s*/)
    .filter(Boolean)
    .map((w) => `=${w}`)
    .join('|');

// Families of market-sensitive news that are not single phrases: an executive + leaving ("CFO has resigned"), a
// site + closing ("the Leeds plant will close"), and a forecast that prejudges figures ("seront catastrophiques",
// "will be cut"). Compounds (below) make them topic or secrecy words.
const EXEC =
  words(`directeur des operations|directrice des operations|drh|directeur juridique|secretaire general|directeur industriel|directeur de la strategie|pdg|dg|directeur general|directrice generale|directeur financier|directrice financiere|daf
  |president du directoire|president du groupe|numero deux|ceo|cfo|coo|cto|chief executive|chief financial officer
  |finance director|managing director|chairman|chairwoman|chair of the board|fondateur|founder|cofondateur|co founder`);
const LEAVE =
  words(`sur le depart|on his way out|on her way out|nous lache|leaving us for|part chez|on the way out|sur la sellette|pousse vers la sortie|poussee vers la sortie|nous quitter|nous quitte|nous quittera|leaves us|leaving us|quitte|quittera|quittent|quitter|demissionne|demissionnera|demission|demissionner|part|partira|depart
  |s en va|s en ira|est remercie|limoge|evince|remplace|remplacee|steps down|stepping down|step down|stepped down
  |resign|resigns|resigned|resigning|resignation|leaving|leaves|will leave|quits|quit|quitting|departure|ousted|fired
  |sacked|let go|replaced|is out|to exit|exits`);
const SITE = words(`usine|usines|entrepot|entrepots|plant|plants|factory|factories|warehouse|warehouses|depot|depots
  |agence|agences|filiale|filiales|raffinerie|raffineries|refinery|refineries|centrale|mine|siege|headquarters|hq
  |division|branch|unit|business unit`);
const CLOSE =
  words(`s arretera|s arreteront|arreter|shuts for good|shut for good|close for good|for good|definitivement|fermer|fermera|fermeront|ferme|fermee|fermees|fermes|fermeture|fermetures|close|closes|closing
  |closure|closures|shut|shuts|shutting|shutdown|shut down|mothball|mothballed|wind down|winding down|cesser
  |cessation|demanteler|demantelement|sold off|vendue|cedee|cedees|spun off`);
const WILL_BE = words(`seront|sera|vont etre|va etre|devraient etre|devrait etre|will be|are going to be|is going to be
  |should be|will come in|will look|won t be|ne seront pas|ne sera pas`);
const VERDICT =
  words(`catastrophiques|catastrophique|mauvais|mauvaises|decevants|decevantes|decevant|decevante|historiques
  |historique|record|en baisse|en hausse|en recul|en chute|dans le rouge|negatifs|negatives|sous les attentes
  |au dessus des attentes|pires|revus a la baisse|revues a la baisse|revus a la hausse|revues a la hausse|abaissees
  |abaisses|relevees|releves|supprime|supprimee|divise par deux|ugly|terrible|bad|awful|disappointing|dismal|weak
  |down|revisees a la baisse|revises a la baisse|revisees a la hausse|revises a la hausse|a double|a triple
  |revised down|revised up|revised downwards|doubled|has doubled|tripled|in the red|below expectations|above expectations|worse|cut|slashed|lowered|raised|scrapped|halved|a record
  |a disaster|grim`);

// A disposal of a business unit ("la vente de la branche lubrifiants", "the Dunkirk site is being sold"), jobs + cutting
// ("120 roles cut", "supprimer 80 postes"), and figures measured against the plan ("18 % under budget").
const DISPOSE = words(`vente|vendre|cession|ceder|sale|sell|selling|spin off|spinning off|carve out|scission`);
const UNIT = words(`branche|division|filiale|filiales|pole|arm|business unit|subsidiary|subsidiaries`);
/** Passive: "le site de Dunkerque va être vendu", "the plant is being sold". */
const ASSET = words(`branche|division|filiale|filiales|pole|arm|subsidiary|subsidiaries|site|sites|usine|plant|factory
  |entrepot|warehouse|raffinerie|refinery`);
const SOLD = words(`vendu|vendue|vendus|vendues|cede|cedee|cedes|cedees|sold|sold off|spun off|mis en vente
  |mise en vente|put up for sale|up for sale`);
const JOBS = words(`postes|emplois|salaries|collaborateurs|roles|jobs|positions|employees|workers`);
const CUT =
  words(`sauter|vont sauter|sautent|on the chopping block|for the chop|get the axe|cut|cuts|cutting|axed|axing|slashed|eliminated|supprimes|supprimer|supprime|suppression
  |en moins|menaces|sur la sellette|at risk|on the line|disparaitre|disparaissent`);
const PLAN_GAP = words(`en dessous du budget|au dessus du budget|sous le budget|au dela du budget|par rapport au budget
  |en dessous de l objectif|en dessous des objectifs|below budget|under budget|over budget|above budget|versus budget
  |vs budget|below plan|above plan|under plan|ahead of plan|behind plan|off plan|missed target|missed our target
  |miss our targets|objectif rate|objectifs rates|rater nos objectifs|au dessus du plan|en dessous du plan
  |fonds d investissement|private equity|investment fund|au capital|into our capital|entry into our capital`);

/** Figures judged ("les chiffres d'octobre sont catastrophiques"), targets changed ("abandonner nos objectifs"). */
const FIGURES = words(`chiffres|numbers|figures|ventes|sales|revenue|commandes|orders|marges|margins`);
const TARGET_MOVE = words(`abandonner|abandonne|abandon|drop|dropping|revoir|revise|lower|lowering|cut|cutting|raise
  |raising|relever|abaisser|renoncer a|renoncer|scrap|scrapping|miss|missing|rater`);
/** Raising money: "lever 50 millions auprès d'un fonds", "raising 50 million from a fund". */
const RAISE = words(`lever|levons|levee|raising|raise|raised|lever des fonds`);
const MONEY = words(`millions|million|milliards|billion|fonds|funds|fund|capital|round|tour de table`);
const TARGETS = words(`objectifs|objectif|targets|target|guidance|previsions|forecast|forecasts|outlook|perspectives`);

/** A product recall or a safety problem not yet public ("we're recalling batch 2231", "rappel du lot"). */
const RECALL = `=recall|=recalls|=recalling|=recalled|=product recall|=safety recall|=voluntary recall|=recall notice
  |=rappel de lot|=rappel du lot|=rappel des lots|=rappel de produits|=rappel produit|=rappel conso|=rappel massif
  |=rappelons le lot|=rappelons les lots|=rappeler le lot|=rappeler les lots|=retrait du lot|=retrait des lots
  |=retrait du marche|=retirer du marche|=retirons du marche|=retirons le lot|=retirons les lots|=pulling batch
  |=pulling the batch|=withdrawing batch|=defaut de fabrication|=lot defectueux|=faulty batch|=defective batch
  |=safety defect|=retire le lot|=retirer le lot|=retirons le lot|=retire les lots|=retirer les lots|=retrait des rayons
  |=retirer des rayons|=retire des rayons|=retirons des rayons|=from shelves|=from the shelves|=from sale
  |=withdrawn from sale|=withdrawing the batch`;

export const CONFIDENTIAL_RULES: CategoryRules = rounds(
  withConfidential9,
  withConfidential10,
)({
  groups: {
    alone: {
      fr: `=sous embargo|=ne le repetez pas|=ne le repete pas|=n en parlez pas
        |=n en parle pas|=n en parlez a personne|=ne dites rien|=note interne|=memo interne|=mail interne|=email interne
        |=document interne|=strictement confidentiel|=strictement confidentielle|=ne pas diffuser
        |=diffusion restreinte|=ne pas partager|=a ne pas partager|=a ne pas diffuser|=garder le secret|=gardez le secret
        |=gardez ca pour vous|=garde ca pour toi|=information privilegiee|=informations privilegiees
        |=delit d initie|=avant l annonce officielle|=avant l annonce|=avant qu on l annonce|=pas encore officiel
        |=pas encore officielle|=pas encore annonce|=pas encore annoncee|=pas encore public|=pas encore publique
        |=pas encore publies|=pas encore publie|=pas encore publiees|=non publies|=non publiees|=non encore publies
        |=motus et bouche cousue`,
      en: `=keep it secret|=keep this secret|=keep it quiet|=keep this quiet|=keep it between us|=keep this between us
        |=between you and me|=don t tell anyone|=do not tell anyone|=tell no one|=internal memo|=internal email
        |=internal document|=strictly confidential|=not for distribution|=do not share|=don t share
        |=do not forward|=off the record|=under embargo|=embargoed|=not yet public|=not public yet|=not yet announced
        |=before it s announced|=before we announce|=before the announcement|=before the official announcement
        |=ahead of the announcement|=ahead of the release|=unreleased|=unpublished|=insider info|=insider information
        |=nda`,
    },
    secret: {
      fr: `confidentiel|confidentielle|confidentiels|confidentielles|=confidentialite|=secret|=secrets|=secrete|=secretes
        |=interne|=internes|=embargo|=fuite|=fuites|=exclusif|=exclusive|=exclusivite|=scoop|=officieusement|=officieux
        |=avant publication|=avant sa publication|=avant leur publication|=avant la publication|=en avant premiere|=rumeur
        |=sous le manteau|=en interne|=ne le dites a personne|=ne le dis a personne|=chut|=pas encore au courant|=ne sont pas encore au courant|=avant tout le monde
        |=vous l apprenez|=en exclusivite|=annonce officielle|=annonce au marche|=communique de presse|=on a hate de vous en dire plus
        |=patience jusqu|=arrivent vite|=psst|=chuuut|=chuut|=intranet|=lien interne|=non audites|=non audite|=provisoires
        |=brouillon|=projet de|=entre nous|=quitte le groupe|=avant l annonce|=apres l annonce|=on en reparle|=officiel dans
        |=officielle dans|=pas encore|=le marche ne sait pas|=personne ne sait|=rien n est encore officiel|=rien d officiel|=rien n est officiel
        |=a garder pour vous|=ne le criez pas sur les toits|=ne le crie pas sur les toits|=exclu|=exclu interne
        |=ne relayez pas|=ne relaie pas|=ne retweetez pas|=rien n a fuite|=n a pas fuite|=pas encore fuite|=on ne communique rien|=ne communiquons rien|=avant le conseil
        |=pas les equipes|=ne le savent pas|=motus|=avant l heure|=l apprendront|=l apprendra|=ne partagez pas|=ne partage pas|=ne diffusez pas|=ne transferez pas
        |=personne ne le sait|=personne n est au courant|=personne ne sait encore|=ne le sait encore|=pas encore ete informes
        |=pas encore prevenus|=n ont pas ete prevenus|=avant de le dire|=avant de l annoncer|=avant d annoncer|=avant d en informer
        |=avant le marche|=informer le marche|=feu vert pour|=pas un mot|=bouche cousue|=sous le coude|=tenu secret
        |=tenue secrete|=ne savent pas encore|=gardez ca pour vous|=gardez le pour vous|=que ca reste entre nous
        |=top secret|=reste entre nous|=ca reste entre nous|=memo|=memos|=le memo|=capture du|=capture d ecran|=fuite du
        |=document fuite|=copie du mail|=d apres une source|=selon nos infos|=on le tient de|=en off|=mail de la direction
        |=note de la direction|=ne me citez pas|=vous ne l avez pas entendu de moi|=info interne|=slide interne|=slides internes|=jusqu a l annonce|=jusqu a la publication`,
      en: `confidential|=secret|=secrets|=secretly|=internal|=internally|=embargo|=leak|=leaked|=leaks|=exclusive
        |=scoop|=sneak peek|=insider|=rumor|=rumour|=quietly|=hush|=privately|=before release|=pre release|=haven't been told|=not been told|=you heard it here first|=hearing it first|=official announcement|=market announcement
        |=press release on|=can't wait to tell you more|=hang on until|=coming soon|=psst|=shh|=shhh|=mum's the word
        |=between us|=don't share this|=intranet|=internal link|=unaudited|=draft|=after the announcement|=more after
        |=official next week|=doesn't know yet|=the market doesn't know|=nobody knows|=not out yet|=aren't out yet
        |=isn't out yet|=before anyone|=first to know|=ahead of the official|=is leaving the group|=not yet
        |=nobody knows yet|=no one knows yet|=before we tell|=before telling|=before announcing|=tell the market|=green light to
        |=keep it under your hat|=under your hat|=on the qt|=on the down low|=don't breathe a word|=not a word to anyone
        |=lips are sealed|=under wraps|=kept secret|=don't know yet|=sneak preview|=not official yet|=not official
        |=don't repost|=do not repost|=don't retweet|=keep it to yourselves|=keep this to yourselves
        |=keep it to yourself|=don't shout it from the rooftops|=do not shout it from the rooftops
        |=nothing has leaked|=hasn't leaked|=say nothing|=we say nothing|=before the board|=teams haven't
        |=staff haven't|=staff don't know|=workers don't know|=employees don't know|=teams don't know|=not the teams
        |=mum's the word|=nothing official|=nothing's official|=nothing is official|=revealed early|=ahead of time|=will find out
        |=find out on|=don't forward|=do not circulate|=don't circulate|=not to be shared
        |=off the books|=before the official release|=before it goes public|=before going public
        |=top secret|=memo|=memos|=the memo|=screenshot|=screenshot of|=screengrab|=leaked slide|=leaked slides
        |=a source tells|=sources say|=word is|=stays between us|=until the announcement|=until it's announced
        |=until results day|=until the results|=not announced yet|=hasn't been announced|=has not been announced
        |=nothing public|=nothing is public|=not public until|=don't quote me|=do not quote me|=you didn't hear it from me|=you didn't hear this from me
        |${exact(C4.SECRET_MORE)}`,
    },
    topic: {
      fr: `${RESULTS_FR}|${CORPORATE_FR}|${RECALL}|${exact(LOST_CONTRACT)}|${exact(C4.TOPIC_MORE, C4.CORPORATE_MORE)}`,
      en: `${RESULTS_EN}|${CORPORATE_EN}`,
    },
    // "it isn't public yet", "not announced to the market yet".
    notPublic: { fr: exact(NOT_PUBLIC) },
    corporate: { fr: `${CORPORATE_FR}|${exact(C4.CORPORATE_MORE)}`, en: CORPORATE_EN },
    exec: { fr: `${EXEC}|${exact(C4.EXEC_MORE)}` },
    leave: { fr: `${LEAVE}|${exact(C4.LEAVE_MORE)}` },
    site: { fr: SITE },
    close: { fr: CLOSE },
    place: { fr: exact(C4.PLACE) },
    closeMore: { fr: exact(C4.CLOSE_MORE) },
    closeSoon: { fr: exact(C4.CLOSE_SOON) },
    howMany: { fr: exact(C4.HOW_MANY) },
    closeCount: {},
    pricesRise: { fr: exact(C4.PRICES_RISE) },
    jobsHit: { fr: exact(C4.JOBS_HIT) },
    forSale: { fr: exact(C4.FOR_SALE) },
    cutMore: { fr: exact(C4.CUT_MORE) },
    staff: { fr: exact(C4.STAFF) },
    willBeMore: { fr: exact(C4.WILL_BE_MORE) },
    willBe: { fr: WILL_BE },
    dispose: { fr: DISPOSE },
    unit: { fr: UNIT },
    asset: { fr: ASSET },
    sold: { fr: SOLD },
    jobs: { fr: JOBS },
    cut: { fr: CUT },
    planGap: { fr: PLAN_GAP },
    figures: { fr: FIGURES },
    targetMove: { fr: TARGET_MOVE },
    targets: { fr: TARGETS },
    raise: { fr: RAISE },
    money: { fr: MONEY },
    verdict: { fr: `${VERDICT}|${exact(C4.VERDICT_MORE)}` },
    future: {
      fr: `=allons|=va|=vont|=prevoit|=prevoyons|=prevu|=prevue|=s appreter|=s apprete|=nous appretons|=envisage
        |=envisageons|=projette|=bientot|=prochainement|=demain|=lundi|=mardi|=mercredi|=jeudi|=vendredi|=samedi|=dimanche
        |=la semaine prochaine|=le mois prochain|=d ici|=sera annonce|=sera annoncee|=seront annonces|=annoncera
        |=annoncerons|=en discussion|=en discussions|=en negociation|=en negociations|=negociations exclusives|=negocions
        |=negocie|=sur le point de|=dans les prochains jours|=dans quelques jours|=officialise|=officialisera
        |=dans un mois|=dans quinze jours|=dans deux semaines|=dans trois semaines|=apres l ete|=a la rentree
        |=prevue pour|=prevu pour|=programmee|=programme pour|=calee pour|=annonce prevue|=d ici l ete|=d ici la fin de l annee
        |=au printemps|=a l automne|=cet ete|=cet automne|=cet hiver|=le trimestre prochain|=l an prochain|=en janvier|=fin janvier|=debut janvier|=d ici janvier|=en fevrier|=fin fevrier|=debut fevrier|=d ici fevrier|=en mars|=fin mars|=debut mars|=d ici mars|=en avril|=fin avril|=debut avril|=d ici avril|=en mai|=fin mai|=debut mai|=d ici mai|=en juin|=fin juin|=debut juin|=d ici juin|=en juillet|=fin juillet|=debut juillet|=d ici juillet|=en aout|=fin aout|=debut aout|=d ici aout|=en septembre|=fin septembre|=debut septembre|=d ici septembre|=en octobre|=fin octobre|=debut octobre|=d ici octobre|=en novembre|=fin novembre|=debut novembre|=d ici novembre|=en decembre|=fin decembre|=debut decembre|=d ici decembre`,
      en: `=will|=going to|=about to|=plan to|=planning to|=plans to|=set to|=soon|=tomorrow|=monday|=tuesday|=wednesday
        |=thursday|=friday|=saturday|=sunday|=next week|=next month|=in talks|=in negotiations|=negotiating|=to announce
        |=will announce|=will be announced|=upcoming|=in the coming days|=on the verge of|=finalizing|=finalising
        |=in a month|=in two weeks|=in three weeks|=in a fortnight|=after the summer|=planned|=planned for|=scheduled for|=pencilled in|=slated for|=due to be announced|=by summer|=by spring
        |=by autumn|=by year end|=by the end of the year|=next quarter|=next year|=this summer|=this autumn|=in january|=by january|=end of january|=early january|=in february|=by february|=end of february|=early february|=in march|=by march|=end of march|=early march|=in april|=by april|=end of april|=early april|=in june|=by june|=end of june|=early june|=in july|=by july|=end of july|=early july|=in august|=by august|=end of august|=early august|=in september|=by september|=end of september|=early september|=in october|=by october|=end of october|=early october|=in november|=by november|=end of november|=early november|=in december|=by december|=end of december|=early december|=by may|=end of may
        |${exact(C4.FUTURE_MORE)}`,
    },
  },
  signs: { secret: ['🤫', '🤐'] },
  compounds: [
    ['exec', 'leave', 'corporate', 3],
    ['exec', 'leave', 'topic', 3],
    ['site', 'close', 'corporate', 3],
    ['site', 'close', 'topic', 3],
    ['close', 'site', 'corporate', 3],
    ['close', 'site', 'topic', 3],
    ['willBe', 'verdict', 'secret'],
    ['figures', 'verdict', 'topic', 4],
    ['targetMove', 'targets', 'corporate', 3],
    ['targetMove', 'targets', 'topic', 3],
    ['raise', 'money', 'corporate', 4],
    ['raise', 'money', 'topic', 4],
    ['dispose', 'unit', 'corporate', 4],
    ['dispose', 'unit', 'topic', 4],
    ['asset', 'sold', 'corporate', 5],
    ['asset', 'sold', 'topic', 5],
    ['jobs', 'cut', 'corporate', 2],
    ['jobs', 'cut', 'topic', 2],
    ['cut', 'jobs', 'corporate', 3],
    ['cut', 'jobs', 'topic', 3],
    // Seventh round (word-lists-confidential-4.ts).
    ['site', 'closeMore', 'corporate', 3],
    ['site', 'closeMore', 'topic', 3],
    ['place', 'close', 'topic', 5],
    ['site', 'close', 'topic', 5],
    ['site', 'closeMore', 'topic', 5],
    ['willBeMore', 'verdict', 'secret'],
    ['place', 'closeMore', 'topic', 3],
    // "on fermera sans doute trois magasins", "we're closing three stores": how many said (a secret or "not public"
    // still needed); "on fermera les magasins plus tôt le 24" says none.
    ['closeSoon', 'howMany', 'closeCount', 3],
    ['closeCount', 'place', 'topic', 2],
    // "prices go up 8% in April", "nos prix augmentent de 8 %" (a secret still needed: a sale's prices are public).
    ['pricesRise', 'howMany', 'topic', 2],
    ['jobs', 'jobsHit', 'topic', 2],
    ['unit', 'forSale', 'topic', 3],
    ['cutMore', 'staff', 'corporate', 3],
    ['cutMore', 'staff', 'topic', 3],
  ],
  alone: ['alone'],
  pairs: [
    ['secret', 'topic'],
    ['notPublic', 'topic'],
    ['secret', 'planGap'],
    ['alone', 'topic'],
    ['future', 'corporate'],
  ],
  window: 14,
  negative: {
    fr: `=politique de confidentialite|=acquisition de competences|=acquisition client|=acquisition clients|=cout d acquisition
      |=couts d acquisition|=acquisition de donnees|=rachat de credit|=rachat de credits|=rachat de points|=rachat de trimestres
      |=rachat d or|=mobilite interne|=recrutement interne|=promotion interne|=formation interne|=communication interne
      |=fermee pour|=fermes pour|=ferme pour|=fermera pour|=fermee le|=fermees le|=ferme le|=fermes le|=seront fermees le|=sera fermee le|=fermeront le|=fermera le|=fermeture annuelle|=fermeture estivale|=fermeture exceptionnelle
      |=concours interne|=le secret de|=les secrets de|=notre secret|=secret de fabrication|=recette secrete|=recettes secretes
      |=ingredient secret|=ingredients secrets|=mission top secret|=en exclusivite sur|=offre exclusive
      |=vente exclusive|=ventes exclusives|=acces exclusif|=contenu exclusif|=interview exclusive|=avant premiere du film
      |=la fuite du temps|=resultats du concours|=resultats du jeu|=resultats de l enquete|=resultats de l etude
      |=resultats du sondage|=chiffres cles|=en chiffres|=quelques chiffres|=bilan carbone|=comptes clients|=votre compte
      |=vos comptes|=fusion des saveurs|=cuisine fusion|=va bientot|=ca va|=cela va|=va vous|=vont vous`,
    en: `=privacy policy|=customer acquisition|=user acquisition|=talent acquisition|=data acquisition|=acquisition cost
      |=the secret to|=the secret of|=our secret|=secret sauce|=secret recipe|=secret ingredient|=exclusive offer
      |=exclusive deal|=exclusive access|=exclusive content|=exclusive interview|=exclusive discount|=exclusive collection
      |=internal mobility|=internal promotion|=internal training|=internal hire|=quarter final|=quarter finals
      |=quarterfinal|=quarterback|=a quarter of|=three quarters|=by the numbers|=in numbers|=the numbers speak
      |=exclusive preview|=exclusive first look|=exclusive launch|=deal of the day|=great deal|=best deal|=deal of the week|=deals|=sneak peek at our new|=leak proof|=leak free
      |=will you|=you will|=it will|=we will be open|=will be open|=profit from
      |=closed for|=closes for|=closing for|=shut for|=will be closed for|=closed on|=will be closed on|=closed this|=closed next|=closed all day|=closes at|=closing time`,
  },
});
