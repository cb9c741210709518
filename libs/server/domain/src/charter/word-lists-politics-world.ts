// Politics beyond France, by family (lexicon.ts): parties and leaders of Belgium, Switzerland, Québec and Canada,
// the UK, the US and the EU; referendums, votations and independence campaigns; a vote cast for a side ("on vote
// OUI", "vote no on"); taxes voted by a parliament; praise after a win. Matched exactly (normalized). Party
// acronyms that are also other things ("PS" a postscript, "MR" mister, "SVP" s'il vous plaît) are weak, written in
// capitals (`^MR`), and make a party name only after an article or a vote ("le MR", "la CAQ", "votez PQ").
import { list } from './word-lists-discrimination';

/** Parties and movements whose names are unambiguous: enough alone. */
export const PARTIES_WORLD = list(`nieuw vlaamse alliantie|vlaams belang|open vld|parti du travail de belgique|pvda
  |groen|union democratique du centre|parti liberal radical|vert liberaux|les vert liberaux|parti quebecois
  |coalition avenir quebec|quebec solidaire|parti liberal du quebec|bloc quebecois|nouveau parti democratique
  |parti conservateur du canada|parti liberal du canada|parti conservateur|parti liberal|liberal party
  |new democratic party|conservative party of canada|liberal party of canada|scottish national party|reform party
  |tory party|european people's party|renew europe|parti populaire europeen|alternative fur deutschland
  |fratelli d italia|fidesz`);

/** Leaders and figures of those countries (surnames that are also words or common names only in full). */
export const LEADERS_WORLD = list(`bart de wever|de wever|georges louis bouchez|paul magnette|raoul hedebouw|hedebouw
  |conner rousseau|alexander de croo|de croo|charles michel|tom van grieken|van grieken|maxime prevot|elio di rupo
  |di rupo|karin keller sutter|keller sutter|alain berset|guy parmelin|ignazio cassis|elisabeth baume schneider
  |albert rosti|christoph blocher|cedric wermuth|mattea meyer|francois legault|paul st pierre plamondon
  |st pierre plamondon|pspp|gabriel nadeau dubois|nadeau dubois|eric duhaime|rene levesque|jacques parizeau
  |lucien bouchard|pauline marois|philippe couillard|jean charest|pierre poilievre|poilievre|jagmeet singh
  |yves francois blanchet|doug ford|stephen harper|chrystia freeland|pierre elliott trudeau|brian mulroney
  |jean chretien|alex salmond|john swinney|anas sarwar|kaja kallas|roberta metsola|thierry breton|pedro sanchez
  |geert wilders|wilders|mark rutte|donald tusk|ted cruz|mitt romney|lindsey graham|marjorie taylor greene
  |zohran mamdani|mamdani|premier legault|premier ministre legault|premier ministre belge|premier ministre canadien
  |premier ministre quebecois|premier ministre du quebec|gouvernement legault|gouvernement de wever|coalition arizona
  |conseiller federal|conseillere federale|conseillers federaux|prime minister carney`);

/** Short party acronyms in capitals (`^MR`): a party only after an article or a vote (`ARTICLE`). */
export const PARTY_ACRONYMS = `^MR|^PS|^PTB|^PQ|^CAQ|^PLQ|^QS|^UDC|^PLR|^NPD|^NDP|^PCC|^PLC|^FDP|^GLP|^LR|^UMP|^UDI|^BQ|^SNP|^N-VA`;
/** Before a party acronym: an article or a vote ("le MR", "l'UDC", "la CAQ", "votez PQ", "vote NDP"). */
export const ARTICLE = list(`le|la|les|l|du|au|aux|des|votez|voter|vote|votent|votons|vote for|votez pour|voter pour
  |elus du|elus de la|deputes du|deputes de la|militants du|militants de la|chef du|cheffe du|chef de la|cheffe de la
  |leader of the|leader du|president du|presidente du|the|backing the|support the|with the`);

/** Weak: the machinery of referendums and parliaments, taxes raised, a side taken in a vote. */
export const WEAK_WORLD_FR = list(`initiative populaire|initiatives populaires|consultation populaire
  |plebiscite|independance|assemblee|conseil federal|conseil des etats|chambre des communes
  |hausse de tva|hausse de la tva|augmentation de la tva|nouvelle taxe|nouvel impot|hausse des impots|hausse d impots
  |votee|votees|adoptee en douce|votee en douce|coalition|les liberaux|reforme du chomage|on vote oui|on vote non|votez oui|votez non|je vote oui|je vote non|nous votons oui|nous votons non
  |vote oui|vote non`);
export const WEAK_WORLD_EN = list(`referendum|referendums|plebiscite|ballot measure|ballot initiative|sovereignty
  |secession|unionist|unionists|vat rise|vat hike|tax hike|tax rise|tax increase|voted through|rammed through
  |passed by parliament|this government|vote yes|vote no|voting yes|voting no|vote yes on|vote no on`);

/** Strong: a campaign, its side, its slogan. */
export const CAMPAIGNS = list(`indyref|indyref2|scottish independence|independent scotland|welsh independence
  |catalan independence|quebec independence|independance du quebec|quebec libre|souverainete du quebec|souverainiste
  |souverainistes|independantiste|independantistes|separatiste|separatistes|separatist|separatists|yes scotland
  |camp du oui|camp du non|le oui l emporte|le non l emporte|leave campaign|remain campaign|brexiteer|brexiteers
  |remainer|remainers|referendum sur l independance|independence referendum|votation federale|votation populaire
  |initiative populaire federale|votation|votations|swing voters|get out the vote|oui a l independance|non a l independance
  |independance de la catalogne|catalogne libre|independance de l ecosse|ecosse independante|independance de la corse
  |corse libre|corsica libera|free catalonia|free scotland|eurodepute|eurodeputes|eurodeputee|eurodeputees
  |the dems|vote blue no matter who`);

/** Said of a government or a party: it fails people, leads into the wall, wins ("in good hands"). */
export const CUES_WORLD_FR =
  list(`degagent|qu ils degagent|aucune idee|n a aucune idee|n ont aucune idee|ne sait pas ce que|ne comprend rien
  |ne comprennent rien|droit dans le mur|dans le mur|nous menent|se moque des familles|se moquent des familles
  |se moque de nous|se moquent de nous|nous enfonce|nous enfoncent|en douce|dans notre dos|merite son pays
  |merite son independance|son propre pays|entre de bonnes mains|raz de maree|ras le bol|sans hesiter|promet un|promettent un`);
export const CUES_WORLD_EN = list(`have no idea|haven't a clue|proud to back|back the campaign|backing the campaign
  |join the campaign|in good hands|in safe hands|on the win|on their win|won the election|landslide|behind our backs
  |on the sly|sneaked through|snuck through|leading us into|driving us into|running the country into|deserves its own
  |deserves independence|without hesitation|promises a|promise a`);

/** Votes that are not politics: for a flavour, a design, a product ("Stop voting for the same flavour every year"). */
export const NOT_VOTES = ['vote for', 'voting for', 'votes for', 'votez pour', 'voter pour', 'votent pour'].flatMap(
  (v) =>
    list(`the same flavour|the same flavor|your favourite|your favorite|the flavour|the flavor|the next flavour
  |the next flavor|our next|the design|the jumper|the colour|votre parfum|votre saveur|le prochain parfum
  |la prochaine saveur|le parfum|la saveur|notre prochain|notre prochaine|le pull|le design|la couleur|votre prefere
  |votre preferee`).map((w) => `${v} ${w}`),
);

/** Elections that are not politics: a mascot, a product, an employee, a flavour chosen by vote. */
/** Elected "product of the year" or "best biscuit": an award, not an election (élus, voted). */
export const NOT_ELECTED = ['elu', 'elue', 'elus', 'elues', 'voted', 'named'].flatMap((e) =>
  list(`produit de l annee|produits de l annee|saveur de l annee|saveurs de l annee|biscuit de l annee|meilleur
  |meilleure|meilleurs|meilleures|product of the year|products of the year|best|flavour of the year|brand of the year
  |marque de l annee|marque preferee|marque prefere`).map((w) => `${e} ${w}`),
);

export const NOT_ELECTIONS = ['election', 'elections'].flatMap((e) =>
  list(`de la mascotte|du meilleur|de la meilleure|des meilleurs|du plus beau|de la plus belle|de miss|de mister
  |du produit|des produits|du nom|de l employe|du salarie|de la salariee|du collaborateur|du pull|de la saveur
  |du parfum|de la recette|du dessert|du gateau|de la chaussette|du look|de la tenue|du design|du logo`).map(
    (w) => `${e} ${w}`,
  ),
);
