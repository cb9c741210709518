// Word lists of the hiring rules of the discrimination category (lexicon-discrimination.ts combines them): hiring
// words, criteria on age, sex, looks, nationality or origin, and requirements on who people are. Same syntax as
// word-lists-discrimination.ts; `{age}` and `{older}` are number words (term-matcher.ts).
import { combos, list } from './word-lists-discrimination';

export const HIRE_FR = `recrute|recrutons|recrutent|recruter|recrutement|recrutements|embauche|embauchons|embaucher|embauches
  |candidat|candidats|candidate|candidates|candidature|candidatures|postuler|postulez|postulants|cv|poste|postes
  |profil recherché|profil|profils|entretien d embauche|en entretien|pour l entretien|pour un entretien|stage|stages
  |offre d emploi|offres d emploi|annonce d emploi|emploi de
  |intérim|cdi|cdd|rejoignez nos équipes|rejoignez l équipe|rejoignez notre équipe|rejoindre l équipe
  |envoyez votre cv`;
export const HIRE_EN = `hiring|hire|hires|hired|recruit|recruiting|recruitment|recruiter|applicants|applicant|apply now
  |apply here|to apply|apply for|apply today|apply online|apply via|how to apply|applying|applications
  |application form|job application|candidates|candidate|cv|cvs|resume|resumes|for this role|for the role|open role
  |open roles|roles available|role available|open position|open positions|position available|positions available
  |for this position|for the position|job ad|job offer|job opening|job posting|job vacancy|new job|vacancy|vacancies
  |job interview|invited to interview|to interview|for interview|for an interview|shortlisted|shortlist|internship
  |seeking|want the job|want a job|get the job|a job here|the job here|work here|join our team|join the team|staff wanted|wanted`;

/** "cherche" + "caissière": a hiring word (compound). */
export const SEEK = `${combos(list('cherche|cherchons|recherche|recherchons|on cherche|nous cherchons'), [
  '',
  'un',
  'une',
  'des',
]).join('|')}|looking for|looking for a|looking for an|seeking|seeking a|we need|need a|we are looking for`;
export const JOBS = `vendeur|vendeuse|vendeurs|vendeuses|caissier|caissière|caissiers|caissières|serveur|serveuse|serveurs
  |serveuses|hôte|hôtesse|hôtesses|commercial|commerciale|commerciaux|technicien|technicienne|techniciens|magasinier
  |magasiniers|chauffeur|chauffeurs|livreur|livreurs|assistant|assistante|ingénieur|ingénieure|manager|responsable
  |employé|employée|stagiaire|apprenti|apprentie|alternant|alternante|préparateur|préparatrice|agent|agente
  |sales assistant|sales assistants|cashier|cashiers|waiter|waitress|waiters|receptionist|driver|drivers|technician
  |technicians|engineer|engineers|assistant|intern|apprentice|barista|baristas|cleaner|cleaners|warehouse operative
  |store manager|shop assistant|shop assistants|hostess|hostesses|promo staff|staff`;
export const CRITERIA_FR = `profil européen|origine européenne|type européen|moins de {age} ans|personne de plus de {older} ans|aucun candidat de plus de {older} ans
  |pas de candidats de plus de {older} ans|pas de femmes de plus de {older} ans|pas d hommes de plus de {older} ans|{age} {age} ans|{age} à {age} ans|réservé aux hommes|réservée aux hommes
  |réservé aux femmes|réservée aux femmes|réservé aux jeunes|réservée aux jeunes|entre {age} et {age} ans|de {age} à {age} ans|au delà de {older} ans
  |{age} ans maximum|{age} ans max|{age} ans maxi|âge maximum|âge max|limite d âge|âgé de moins de|âgée de moins de
  |âgés de moins de|jeune homme|jeunes hommes|jeune femme|jeunes femmes|jeunes et jolies
  |jeune et jolie|jolies vendeuses|jolie vendeuse|jolies hôtesses|minces|physique avantageux|bon physique|taille {n} maximum|taille {n} max
  |taille {n} maxi|sexe masculin|sexe féminin|hommes uniquement|uniquement des hommes|uniquement des garçons
  |uniquement des filles|uniquement des femmes|que des hommes|que des femmes|que des garçons|exclusivement masculin
  |pas de femmes|pas de femme|pas d hommes|pas enceinte|pas enceintes|sans enfants|pas d enfants|désir d enfant
  |projet de grossesse|célibataire|célibataires|nationalité française|de nationalité française|nationalité exigée
  |français de souche|de souche|d origine française|origine européenne|sans accent|nom français|hétéro|hétéros
  |blancs uniquement|blanches uniquement|personnes blanches|peau blanche|peau claire|pas de voile|sans voile
  |non voilée|non voilées|sans handicap|pas de handicapés|photo en pied|mensurations`;
export const CRITERIA_EN = `under {age}|no one over {older}|nobody over {older}|no applicants over {older}
  |no candidates over {older}|no women over {older}|no men over {older}|no staff over {older}|aged {age} {age}|aged {age} to {age}|aged between {age} and {age}|{age} {age} years old|{age} to {age} years old
  |between {age} and {age} years|no older than {age}|not older than {age}|younger than {age}|older than {older}|under the age of {age}
  |over the age of {older}|max age|maximum age|age limit|age {age} {age}|age {age} to {age}|young man|young men|young woman
  |young women|young girls|young lady|young and pretty|young pretty|young and attractive|pretty girls|pretty women
  |attractive women|attractive girls|good looking|size {n} max|size {n} maximum|size {n} or under|men only
  |only men|women only|only women|male only|female only|males only|must be male|must be female|no women|no men
  |no mums|no mothers|not pregnant|no pregnant|no kids|no children|without children|native speakers|native speaker
  |native english|native french|british sounding|english sounding|french sounding|foreign sounding|whites only
  |white candidates|white applicants|caucasian|fair skinned|light skinned|heterosexual|no hijab
  |no hijabs|no headscarves|no turbans|able bodied|no disabled|no wheelchairs|no foreigners|no immigrants|uk born
  |british born|born in the uk|born in britain|no accent|no accents|full length photo|measurements|height and weight`;

/** "applicants over 45", "women over 40", "anyone over 50": an age limit on people (no hiring word needed). */
export const AGE_LIMIT_EN = combos(
  list(`applicants|candidates|anyone|nobody|no one|people|women|men|girls|guys|staff|workers|employees|hires
    |if you|if you are|those|someone|applicant|candidate|man|woman|cashiers|ladies`),
  ['over {older}', 'under {age}', 'aged over {older}', 'aged under {age}'],
);
export const AGE_LIMIT_FR = combos(
  list(`femmes|hommes|candidats|candidates|personnes|profils|gens|vendeuses|vendeurs|salariés
  |caissières|caissiers|personne|femme|homme|candidat|candidate|si vous avez|ceux qui ont|celles qui ont`),
  [
    'de plus de {older} ans',
    'de moins de {age} ans',
    'plus de {older} ans',
    'âgés de plus de {older} ans',
    'âgées de plus de {older} ans',
  ],
);

/** A requirement on who people are: nationality, origin, skin, orientation, religion ("nationalité française exigée"). */
export const REQUIRE = `souhaité|souhaitée|souhaités|souhaitées|de préférence|préférence|idéalement|preferably|preferred
  |ideally|exigé|exigée|exigés|exigées|obligatoire|obligatoires|requis|requise|requises|impératif|impérative
  |indispensable|uniquement|exclusivement|seulement|doivent être|doit être|réservé aux|réservée aux|réservés aux
  |only|required|must be|mandatory|essential|exclusively|have to be|need to be|needs to be`;
export const IDENTITY = `profil européen|européen|européenne|européens|européennes|d origine française|français d origine
  |français d origine|european|white british|nationalité française|nationalité|de souche|français de souche|hétéro|hétéros|hétérosexuel|hétérosexuels
  |hétérosexuelle|hétérosexuelles|peau claire|peau blanche|catholique|catholiques|chrétien|chrétiens|chrétienne
  |chrétiennes|non voilée|non voilées|sans accent|heterosexual|whites|white people|caucasian|fair skinned
  |light skinned|christian|christians|british born|uk born|native speakers|native speaker|native english|able bodied
  |no accent|accent étranger|sans accent étranger|sans accent régional|without an accent|without a foreign accent
  |english sounding|british sounding|homme|hommes|male|males|femme|femmes|female|females`;
/** Looks, required outright ("physique avantageux exigé", "attractive only"); not "doit être mince" (a recipe). */
export const REQUIRE_STRICT = `exigé|exigée|exigés|exigées|obligatoire|obligatoires|uniquement|exclusivement|only|required
  |mandatory|exclusively`;
export const LOOKS = `taille {n}|size {n}|uk size {n}|us size {n}|physique avantageux|bon physique|jolies|jolie|minces|mince|sexy|attractive|pretty|good looking|slim|thin
  |beautiful`;
/** "Our sales staff must be straight": staff + a requirement on orientation, skin or sex, next to each other. */
export const STAFF = `staff|employees|workers|applicants|candidates|hires|cashiers|drivers|hostesses|receptionists|vendeurs
  |vendeuses|salariés|employés|candidats|candidates|hôtesses|caissières|caissiers`;
export const MUST_BE = combos(
  list(`must be|have to be|should be|need to be|doivent être|devront être`),
  list(`straight|white|christian|heterosexual|male|female|men|women|young|attractive|pretty|slim|thin|hétéros
    |hétérosexuels|blancs|blanches|chrétiens|des hommes|des femmes|jeunes|jolies|minces`),
);
