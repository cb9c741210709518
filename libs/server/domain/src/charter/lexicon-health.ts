// The health and legal claims and denigration lexicons (split from lexicon.ts; same term syntax).
import type { CategoryRules } from './lexicon';
import { DENIGRATION_EN, DENIGRATION_FR } from './word-lists';
import {
  ACT_EN,
  ACT_FR,
  CERTAIN_EN,
  CERTAIN_FR,
  CONDITIONS_EN,
  CONDITIONS_FR,
  DRUGS,
  BODY_PROMISES,
  LEGAL_ADVICE,
  LEGAL_EN,
  LEGAL_FR,
} from './word-lists-health';
import * as H from './word-lists-health';
import * as F from './word-lists-families-3';
import { exact } from './word-lists-discrimination';
import { HEALTH_4_COMPOUNDS, HEALTH_4_GROUPS, HEALTH_4_NEGATIVE, HEALTH_4_PAIRS } from './lexicon-health-4';
import { HEALTH_8_GROUPS, HEALTH_8_PAIRS } from './lexicon-health-8';
import { withHealth9 } from './word-lists-health-9';
import { withHealth10 } from './word-lists-health-10';
import { rounds } from './rule-extension';

export const HEALTH_LEGAL_RULES: CategoryRules = rounds(
  withHealth9,
  withHealth10,
)({
  groups: {
    strong: {
      fr: `=guerit|=guerissent|=guerir|=guerira|=guerison garantie|=cliniquement prouve|=cliniquement prouvee|=cliniquement prouves
        |=cliniquement prouvees|=prouve cliniquement|=prouvee cliniquement|=scientifiquement prouve|=scientifiquement prouvee
        |=prouve scientifiquement|=100 sans risque|=sans aucun risque|=zero risque|=sans risque pour la sante
        |=sans effets secondaires|=sans effet secondaire|=garanti rembourse|=garantie remboursee|=resultats garantis
        |=resultat garanti|=approuve par les medecins|=recommande par les medecins|=valide par les medecins|=anti cancer
        |=anticancer|=miraculeux|=miraculeuse|=guerit tout|=soigne tout|=perdez 10 kilos|=100 legal|=parfaitement legal|=totalement legal
        |=aucun risque juridique|=sans risque juridique|=100 naturel et sans danger|=remplace vos medicaments
        |=remplace les medicaments|=plus besoin de medicaments|=elimine les toxines|=booste votre immunite
        |=renforce votre immunite|=renforce le systeme immunitaire|=protege du covid|=protege contre le covid
        |=ne tombera plus malade|=ne tomberez plus malade|=ne tomberont plus malades|=ne tombent plus malades
        |=plus jamais malade|=plus jamais malades|=ne plus tomber malade|=fini les maladies|${exact(LEGAL_ADVICE)}|${exact(BODY_PROMISES)}
        |=elimine les toxines|=eliminent les toxines|=eliminer les toxines|=purifie l organisme|=purifient l organisme`,
      en: `=cures|=clinically proven|=scientifically proven|=proven to cure|=100 risk free|=risk free|=zero risk
        |=no side effects|=guaranteed results|=results guaranteed|=money back guaranteed|=doctor approved|=doctor recommended
        |=doctors recommend|=miraculous|=anti cancer|=anticancer|=100 legal|=totally legal|=perfectly legal
        |=no legal risk|=replaces your medication|=no more medication|=flushes out toxins|=boosts your immunity
        |=boosts immunity|=boost your immune system|=protects against covid|=prevents covid|=lose 10 pounds|=cures all|=cures everything|=cure all|=cure for everything
        |=won't get sick|=will not get sick|=never get sick|=never gets sick|=won't fall ill|=no more sick days
        |=stay healthy all winter|=never be ill|${exact(F.IMPUNITY)}`,
    },
    // "corrige les pieds plats"; "who needs a podiatrist when…", "plus besoin de kiné"; "X is a thief, the trial will prove it".
    correct: { fr: exact(F.CORRECT) },
    correctable: { fr: exact(F.CORRECTABLE) },
    whoNeeds: { fr: exact(F.WHO_NEEDS) },
    noCarer: { fr: exact(F.NO_CARER) },
    carer: { fr: exact(F.CARERS) },
    carerNeed: {},
    when: { fr: exact(F.WHEN) },
    accuse: { fr: exact(F.ACCUSE) },
    proof: { fr: exact(F.PROOF) },
    claim: {
      fr: `renforc|protég|prévient|évite|évitent|calme|calment|remplace|remplacent|améliore|améliorent|réduit|réduisent
        |empêche|empêchent|cicatrise|cicatrisent|=fait fondre|=font fondre|=fait disparaitre|=font disparaitre|=nettoie
        |=detoxifie|=booste|=boostent|=stimule|=rend les enfants|=plus intelligents|=guerit|=apaise|=apaisent|=anti ondes
        |=antibacteriens|=antibacterien|=efficace contre|=meilleure protection|=aucun risque pour la sante|=sans medicament
        |=sans medicaments|=confirment|=demontre|=scientifiquement demontre|=cliniquement|=teste et approuve|=soigne|=soignent|=soigner|=traite|=traitent|=previent|=previennent|=prevenir|=elimine|=eliminent|=combat
        |=combattent|=stoppe|=vient a bout|=efface|=fait disparaitre|=debarrasse|=guerison|=remede|=remedes|=protege
        |=protegent|=garanti|=garantie|=prouve|=prouvee|=efficace a 100|=100 efficace|=perdez|=perdre|=soulage|=soulagent|=miracle|=cures|=efface|=effacent|=regenere|=regenerent|=diminue le risque|=reduit le risque
        |${exact(ACT_FR)}|${exact(H.LOWER)}`,
      en: `boosts|boost|protects|protect|relieves|relieve|lowers|lower|reduces|reduce|calms|calm|replaces|replace|improves
        |improve|stops|stop|cleanses|cleanse|melts|melt|burns|prevents|keeps away|=keeps colds away|=anti radiation
        |=antibacterial|=best protection|=zero health risk|=no health risk|=without medication|=science says|=tested and approved
        |=smarter|=makes kids|=detox|=detoxes|=heals|=fights|=cure|=heals|=heal|=treats|=treat|=prevents|=prevent|=eliminates|=eliminate|=fights|=reverses|=reverse
        |=stops|=remedy|=protects|=cures|=cured|=miracle|=guaranteed|=proven|=100 effective|=lose|=relieves|=kills|=erases|=erase|=regenerates|=regenerate|=cut your|=cuts your|=cures|=reverses
        |${exact(ACT_EN)}`,
    },
    certain: {
      fr: `=forcement|=a coup sur|=garanti|=garantit|=garantie|=on vous le garantit|=c est certain|=certain|=sera condamne
        |=seront condamnes|=sera condamnee|=iront en prison|=ira en prison|=coupable|=on l a deja gagne|=deja gagne|=gagnerez
        |=gagnerez forcement|=vous gagnerez|=le prouvera|=prouvera|=l affaire est pliee|=aucune poursuite|=ne risquez aucune
        |=100 legal|=pas besoin d avocat|=suffisent pour|=n importe quelle amende|=aucune reclamation|=protege contre tout
        |=c est la loi|=la loi est de notre cote|=la loi nous autorise|=illegalement|=illegal|=escroquerie|=abus de bien social
        |=c est un crime|=donner raison|=inutile d insister|=ne sont pas dues|=totalement legal|=parfaitement legal|=c est la loi|=aucune plainte|=n a aucune chance|=inutile d aller en justice
        |${exact(CERTAIN_FR)}`,
      en: `=definitely|=guaranteed|=we guarantee it|=bound to|=will lose|=will win|=you'll win|=can't be sued|=cannot be sued
        |=guilty|=will prove|=done deal|=no lawyer needed|=will get any|=100 legal|=perfectly legal|=totally legal|=illegal
        |=illegally|=is a crime|=go to jail|=go to prison|=fraud|=the law is on our side|=the law allows|=not owed
        |=no claim|=protected against any|=rule in our favour|=rule in our favor|=already won|=for sure|=unlawful|=no complaint can|=can ever succeed|=no point insisting|=that's the law|=not owed|=aren't owed
        |${exact(CERTAIN_EN)}`,
    },
    legal: {
      fr: `=tribunal|=tribunaux|=proces|=juge|=juges|=justice|=prud hommes|=loi|=illegal|=avocat|=avocats|=poursuite
        |=poursuites|=juridiquement|=juridique|=juridiques|=litige|=litiges|=amende|=amendes|=code du travail|=reclamation
        |=condamne|=prison|=crime|=licenciement|=contrat|=plainte|=heures sup|=en justice|=fournisseur|=concurrent|=directeur
        |${exact(LEGAL_FR)}`,
      en: `=court|=courts|=lawyer|=lawyers|=sued|=sue|=tribunal|=guilty|=fraud|=fine|=fines|=law|=illegal|=lawsuit|=legal
        |=judge|=case|=contract|=claim|=claims|=overtime|=prison|=jail|=crime|=supplier|=director|=fired|=employment law|=complaint|=complaints|=dismissal|=refund|=going to court
        |${exact(LEGAL_EN)}`,
    },
    disease: {
      fr: `=cancer|=cancers|=diabete|=covid|=virus|=grippe|=acne|=eczema|=psoriasis|=arthrose|=arthrite|=depression|=anxiete
        |=insomnie|=cholesterol|=hypertension|=alzheimer|=parkinson|=migraine|=migraines|=douleurs|=maladie|=maladies
        |=infection|=infections|=calvitie|=autisme|=asthme|=allergies|=rhumatismes|=tumeur|=tumeurs|=kilos|=obesite
        |=sclerose|=covid 19|=coronavirus|=fatigue chronique|=cellulite|=rides|=systeme immunitaire|=immunite|=rhume|=rhumes|=ondes|=5g|=mal de dos|=douleur|=anxiolytiques|=anxiolytique|=chutes
        |=syndrome|=intestin|=intelligents|=varices|=graisse|=graisse abdominale|=hyperactifs|=plaies|=antiseptique
        |=anemie|=infarctus|=medicament|=medicaments|=traitement|=pediatres|=pacemaker|=porteurs de pacemaker
        |=risque de cancer|=foie|=ulceres|=tension|=vitamines|=immunitaire|=articulations|=fievre|=cartilage|=articulaire|=risque d infarctus
        |${exact(CONDITIONS_FR)}|${exact(DRUGS)}|${exact(H.LEVELS)}`,
      en: `=cancer|=diabetes|=covid|=virus|=flu|=acne|=eczema|=psoriasis|=arthritis|=depression|=anxiety|=insomnia
        |=cholesterol|=blood pressure|=hypertension|=alzheimer|=alzheimer's|=parkinson|=migraine|=migraines|=pain|=disease
        |=diseases|=illness|=infection|=infections|=baldness|=autism|=asthma|=allergies|=tumor|=tumors|=pounds|=obesity
        |=covid 19|=coronavirus|=wrinkles|=immune system|=immunity|=colds|=radiation|=5g|=back pain|=joint pain|=meds|=medication|=medicine|=falls|=syndrome|=gut
        |=varicose|=belly fat|=hyperactive|=wounds|=anemia|=heart attack|=treatment
        |=ulcers|=liver|=pacemakers|=paediatricians|=pediatricians|=skin infections|=fever|=kids from 5g|=anaemia|=cartilage|=knee cartilage|=heart attack risk|=joints
        |${exact(CONDITIONS_EN)}`,
    },
    // "lose up to 7 lbs", "on va gagner ce procès", "…, c'est la loi" (advice on rent, fines, taxes).
    loss: { fr: exact(H.LOSS) },
    amount: { fr: exact(H.WEIGHT_UNITS) },
    win: { fr: exact(H.WIN) },
    suit: { fr: exact(H.SUIT) },
    lawSays: { fr: exact(H.LAW_SAYS) },
    advice: { fr: exact(H.ADVICE) },
    ...HEALTH_4_GROUPS,
    ...HEALTH_8_GROUPS,
  },
  compounds: [
    ['loss', 'amount', 'strong', 4],
    ['noCarer', 'carer', 'strong', 2],
    ['whoNeeds', 'carer', 'carerNeed', 2],
    ...HEALTH_4_COMPOUNDS,
  ],
  alone: ['strong', 'h4strong'],
  pairs: [
    ['claim', 'disease'],
    ['certain', 'legal'],
    ['win', 'suit', { window: 5 }],
    ['lawSays', 'advice', { window: 14 }],
    ['correct', 'correctable', { window: 4 }],
    ['carerNeed', 'when', { window: 3, ordered: true }],
    ['accuse', 'proof', { window: 14 }],
    ...HEALTH_4_PAIRS,
    ...HEALTH_8_PAIRS,
  ],
  window: 9,
  negative: {
    fr: `=miracle de noel|=le miracle de|=traite de|=traite des|=garantie constructeur|=garantie legale|=garantie 2 ans
      |=garantie de 2 ans|=garanti 2 ans|=virus informatique|=antivirus`,
    en: `=miracle on|=pain au chocolat|=pain points|=pain point|=growing pains|=treat yourself|=treat your|=a treat
      |=trick or treat|=computer virus|=warranty|=win you over|=will win you over|=lucky follower will win|=follower will win
      |=winner will win|${exact(H.AMOUNT_OF)}|${exact(H.FIGURATIVE_CURES)}|=doctor who|=memory leak|=free trial
      |${HEALTH_4_NEGATIVE}`,
  },
});

export const DENIGRATION_RULES: CategoryRules = {
  groups: {
    strong: {
      fr: `${exact(DENIGRATION_FR)}|=bande d incapables|=des guignols`,
      en: `${exact(DENIGRATION_EN)}|=worst company|=avoid them|=total crap|=a joke of a company`,
    },
  },
  alone: ['strong'],
  pairs: [],
};
