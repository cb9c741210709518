// Findings the word lists cannot express, because they are about the shape of the text rather than its words:
// - a private person's whereabouts published against them (doxxing): a street address, a mobile number (half masked
//   too: "06 12 ** ** 47"), "son adresse", the name of their school, their car or their children's school in a
//   segment that also points at the person (the one who left a review, "the guy behind") or calls readers to act
//   ("amusez-vous bien", "have fun", "pop round", "make his life hell"), unless the place
//   is the brand's own ("notre boutique, 12 rue des Lilas"); a workplace ("bosse au Decathlon de Nanterre") needs
//   both;
// - the antisemitic echo "(((name)))": religion and discrimination;
// - a scripture reference ("Matthieu 5", "John 3:16", "Genèse 1") or a prayer's or verse's opening ("Notre Père
//   qui es aux cieux", "Hail Mary, full of grace", "Blessed are the … for they shall"), quoted for endorsement or
//   parody: religion;
// - a discrimination finding that excludes or demeans people by what they wear or believe (voile, turban, kippa,
//   "Muslims") is religion too.
import type { TopicHit } from './detector';
import { normalizeText, regexSpans } from './text-tokens';

type Span = { start: number; end: number };

const LETTER = /[\p{L}\p{N}]/u;

/**
 * The text lower-cased, without accents, every other character a space: same length, so offsets carry over. One
 * character at a time (a table for Latin): faster than normalizing the text and then blanking its punctuation.
 */
function flat(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += flatChar(text[i]);
  return out;
}

/** One character of `flat` (its normalized first letter or digit, else a space; a few hundred non-Latin: remembered). */
const flatOf = (c: string) => {
  const n = normalizeText(c)[0] ?? ' ';
  return LETTER.test(n) ? n : ' ';
};
const FLAT_LATIN = Array.from({ length: 0x250 }, (_, c) => flatOf(String.fromCharCode(c)));
const FLAT_CHARS = new Map<string, string>();
function flatChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code < FLAT_LATIN.length) return FLAT_LATIN[code];
  let out = FLAT_CHARS.get(c);
  if (out === undefined) {
    out = flatOf(c);
    if (FLAT_CHARS.size < 4096) FLAT_CHARS.set(c, out);
  }
  return out;
}

/** A pattern of flat words: any run of spaces between them. */
const words = (re: RegExp) => new RegExp(re.source.replace(/ /g, ' +'), 'u');

/** A digit of a phone number, or one masked for show ("06 12 ** ** 47", "07700 9xx xxx"). */
const D = String.raw`[\d*•xX]`;
const PHONE = [
  // French mobiles (06, 07, +33 6), British mobiles (07700 900123, +44 7700 900123), North American numbers.
  new RegExp(String.raw`(?<![\d+])(?:(?:\+|00)33[\s.]?|0)[67](?:[\s.-]?${D}{2}){4}(?![\w*•])`, 'g'),
  new RegExp(String.raw`(?<![\d+])(?:(?:\+|00)44\s?7|07)\d{3}[\s-]?${D}{3}[\s-]?${D}{3}(?![\w*•])`, 'g'),
  new RegExp(String.raw`(?<![\d+])\(?\d{3}\)?[\s.-]${D}{3}[\s.-]${D}{4}(?![\w*•])`, 'g'),
];
const ADDRESS = [
  /\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|bd|boulevard|all[ée]e|impasse|chemin|place|quai|route|cours|square|r[ée]sidence|lotissement|hameau)\b/giu,
  /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Road|Rd|Street|St|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Grove|Gardens|Terrace|Place|Court|Ct|Mews|Row|Walk|Hill|Park|Square)\b/gu,
];
/** Said of a person: where they live, their number or address (normalized text). */
const WHEREABOUTS = words(
  /\b(?:lives on|lives at|living at|lives just off|habite (?:au|aux|rue|avenue|boulevard|impasse|chemin|place|juste)|vit (?:au|rue)|(?:son|sa|leur|her|his|their) (?:adresse|address|home address|numero|number|phone number|portable|mobile|06|07)|(?:numero|number|number s|adresse|address) (?:est |is |are )?(?:en reponse|in the replies|in the comments|en commentaire|below|ci dessous)|(?:the )?name of (?:his|her|their) (?:school|college|employer|workplace)|(?:le )?nom de (?:son|sa|leur) (?:ecole|college|lycee|employeur|entreprise|boite))\b/u,
);
/** What a person owns or where their children are: "nice red Corsa", "ta fille … à l'école Jules-Ferry". */
const BELONGINGS = words(
  /\b(?:(?:nice|jolie|belle|sympa|cute|lovely)(?: \S+){0,2} (?:car|corsa|audi|bmw|tesla|golf|clio|voiture|front door|porte|maison|house|garden|jardin)|(?:ta|ton|tes|your|his|her|sa|son|ses)(?: \S+){0,2} (?:fille|fils|enfants|gamins|gosses|petit|petite|kids|son|daughter|children|little one)\b(?: \S+){0,8} (?:ecole|college|creche|nursery|school|academy|juniors|primary)|(?:on sait|we know)(?: \S+){0,2} (?:quelle|which|what) (?:creche|ecole|school|nursery))\b/u,
);
/** Where a person works: "bosse au Decathlon de Nanterre", "works nights at the Asda in Croydon". */
const WORKPLACE = words(
  /\b(?:works|working|worked) (?:nights |days |shifts |weekends )?(?:at|in|for) (?:the |a |an )?\S|\b(?:bosse|travaille|taffe|taf|bossent|travaillent) (?:de nuit |le soir |le week end )?(?:au|aux|a la|a l|chez|dans)\b/u,
);
/** The person the brand has a grievance with: who left the review, "the guy behind", "l'auteur de ce tweet". */
const TARGET = words(
  /\b(?:(?:the|this|that) (?:guy|bloke|man|woman|lady|girl|lad|customer|reviewer|person|author|troll|clown|idiot|intern|critic|journalist)s? (?:who|behind|that)|(?:le|la|ce|cette|du|l) ?(?:mec|type|gars|femme|cliente|client|nana|meuf|auteur|auteure|autrice|personne|troll|stagiaire|ex stagiaire|monsieur|dame|journaliste) (?:qui|derriere|de ce|de cet|de cette)|[0-9] etoiles?|une etoile|[0-9] stars?|one star|fake review|faux avis|avis bidon|left us|nous a mis|a ose|slating us|slated us|bad mouth|insulte depuis|nous insulte|nous critique|nous a critique)/u,
);
/** A call to readers to act on it. */
const INCITE = words(
  /(?:\b(?:have fun|enjoy|go get (?:him|her|them)|pop round|pop by|popping round|drop by|swing by|say hi|say hello|give (?:him|her|them) a (?:call|ring|visit|piece)|pay (?:him|her|them) a visit|you know what to do|do your thing|do your worst|amusez vous|faites vous plaisir|lachez vous|allez y|passez (?:lui|la|le) (?:voir|dire)|dire bonjour|rendez lui visite|vous savez quoi faire|a vous de jouer|found you|foundyou|on t a trouve|on vous a trouve|just saying|je dis ca|make (?:his|her|their) life hell|make (?:his|her|their) life a misery|pourrissez (?:lui|leur) la vie|pourrir la vie|faites (?:lui|leur) vivre un enfer)\b)/u,
);
const INCITE_SIGN = /[😈👀]/u;
/** The place is the brand's own: "notre boutique, 12 rue…", "find us at…", "our store". */
const OWN_PLACE = words(
  /\b(?:notre|nos|nous|our|us|we re at|we are at|retrouvez nous|find us|visit us|boutique|magasin|store|shop|agence|siege|bureaux|atelier|usine|showroom|restaurant|office|offices|hq|depot|entrepot|warehouse|station|pop up)\b/u,
);

const ECHO = /\({3}\s*[^()]{1,40}?\s*\){3}/gu;

/** Books whose name is nothing else, and evangelists (first names too, so they need a verse or a bracket). */
const SCRIPTURE = [
  /\b(?:Gen[èe]se|Genesis|Exode|Exodus|L[ée]vitique|Leviticus|Deut[ée]ronome|Deuteronomy|Psaumes?|Psalms?|Proverbes|Eccl[ée]siaste|Ecclesiastes|Isa[ïi]e|Isaiah|J[ée]r[ée]mie|Jeremiah|Corinthiens|Corinthians|Romains|Galates|Galatians|[ÉE]ph[ée]siens|Ephesians|Apocalypse|Sourate|Surah|Sura)\s+\d{1,3}\b/gu,
  /\b(?:Matthieu|Matthew|Marc|Mark|Luc|Luke|Jean|John)\s+\d{1,2}\s?[:.,]\s?\d{1,2}\b/gu,
  /\((?:Matthieu|Matthew|Marc|Mark|Luc|Luke|Jean|John|Saint Matthieu|St Matthew)\s+\d{1,2}\b/gu,
];
/** A prayer's or a verse's opening, reworded for a product (normalized text). */
const VERSE = words(
  /\b(?:notre pere qui es aux cieux|qui es aux cieux|que ton nom soit sanctifie|que ton regne vienne|je vous salue marie|pleine de grace|royaume des cieux|au commencement etait|que la lumiere soit|et dieu vit que|demandez et l on vous donnera|aimez vous les uns les autres|tends l autre joue|tendre l autre joue|l eternel est mon berger|donne nous aujourd hui notre|delivre nous du mal|heureux les \S+(?: \S+){0,4} car (?:le|ils)|our father,? who art|who art in|hallowed be thy|thy kingdom come|thy will be done|hail mary,? full of grace|full of grace|kingdom of heaven|in the beginning was the|let there be light|and god saw that|ask,? and it shall be given|love thy neighbou?r|turn the other cheek|the lord is my shepherd|give us this day|deliver us from evil|blessed are the \S+(?: \S+){0,4} for they|for they shall inherit|shall inherit the)\b/u,
);

/** What a discrimination finding says of people's faith or what they wear for it (normalized words). */
const FAITH_MARK = words(
  /\b(?:voile|voiles|voilee|voilees|foulard|foulards|hijab|hijabs|headscarf|headscarves|veil|veils|veiled|turban|turbans|kippa|kippas|kippah|yarmulke|burqa|burqas|burka|niqab|niqabs|burkini|jilbab|abaya|musulman|musulmans|musulmane|musulmanes|muslim|muslims|juif|juifs|juive|juives|jew|jews|jewish|chretien|chretiens|christian|christians|hindou|hindous|hindu|hindus|sikh|sikhs|catho|cathos)\b/u,
);

function at(norm: string, re: RegExp): Span | null {
  const m = re.exec(norm);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const hit = (topic: TopicHit['topic'], span: Span, said: string[], variant?: string): TopicHit => ({
  topic,
  start: span.start,
  end: span.end,
  words: said.map((w) => w.trim()),
  ...(variant && { variant }),
});

const excerpt = (text: string, s: Span) => text.slice(s.start, s.end);

function doxxing(text: string, norm: string): TopicHit[] {
  const said = [WHEREABOUTS, BELONGINGS].flatMap((re) => at(norm, re) ?? []);
  const located = [...regexSpans(text, ...PHONE, ...ADDRESS), ...said];
  const target = at(norm, TARGET);
  // Read only when needed (most segments name no place and no person): the call to act is the longest pattern.
  const incite = () => {
    const sign = INCITE_SIGN.exec(text);
    return at(norm, INCITE) ?? (sign ? { start: sign.index, end: sign.index + sign[0].length } : null);
  };
  // Whereabouts need the person or a call to act (not at the brand's own place); a workplace needs both.
  let span: Span | null = null;
  let cue: Span | null = null;
  if (located.length > 0) {
    span = located[0];
    cue = target ?? (OWN_PLACE.test(norm) ? null : incite());
  } else if (target) {
    cue = incite();
    span = cue ? at(norm, WORKPLACE) : null;
  }
  return span && cue ? [hit('discrimination', span, [excerpt(text, span), excerpt(text, cue)], 'harassment')] : [];
}

/** The hits of the patterns above in one segment; `found` are the detector's, `allowed` the brand's allowed phrases. */
export function patternHits(text: string, found: readonly TopicHit[], allowed: readonly Span[]): TopicHit[] {
  const norm = flat(text);
  const out: TopicHit[] = [...doxxing(text, norm)];
  for (const span of regexSpans(text, ECHO)) {
    const echo = [excerpt(text, span)];
    out.push(hit('religion', span, echo), hit('discrimination', span, echo));
  }
  const verse = at(norm, VERSE);
  for (const span of [...regexSpans(text, ...SCRIPTURE), ...(verse ? [verse] : [])])
    out.push(hit('religion', span, [excerpt(text, span)]));
  for (const h of found)
    if (h.topic === 'discrimination' && FAITH_MARK.test(flat(h.words.join(' '))))
      out.push({ topic: 'religion', start: h.start, end: h.end, words: h.words });
  return out.filter((h) => !allowed.some((a) => a.start <= h.start && h.end <= a.end));
}
