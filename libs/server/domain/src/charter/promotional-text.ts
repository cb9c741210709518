// Self-promotion read from the text itself (FR and EN), for the charter's self-promotion ratio: a post that
// announces a discount, a sale, a promo code or a special offer is promotional even when nobody tagged it.
import { normalizeText } from './text-tokens';

/**
 * Patterns over the normalized text (lowercase, accents removed). Deliberately narrow: "offre" alone is a job offer,
 * "sale" alone is a French adjective, "code" alone is software; each needs its promotional context.
 */
const PROMOTIONAL_PATTERNS: readonly RegExp[] = [
  // Percentages off: "-30 %", "−30%", "jusqu'a -50 %", "30 % de reduction", "20% off", "save 15%".
  /(^|[\s(:])[-−–]\s?\d{1,2}(?:[.,]\d+)?\s?%/,
  /\d{1,2}(?:[.,]\d+)?\s?%\s?(?:de\s)?(?:reduction|remise|rabais|off|discount)\b/,
  /\bsave\s(?:up\sto\s)?\d{1,2}\s?%/,
  // Sales and promotions.
  /\bsoldes?\b/,
  /\bpromos?\b/,
  /\ben\spromotion\b/,
  /\bventes?\sprivees?\b/,
  /\bblack\sfriday\b|\bcyber\smonday\b|\bprime\sday\b/,
  /\b(?:on|flash|big|summer|winter|spring|clearance|end\sof\sseason)\ssale\b|\bsale\s(?:ends|now\son|starts)\b/,
  /\bdiscounts?\b|\bcoupons?\b/,
  // Codes: "code promo", "code de reduction", "avec le code", "use code", "promo code", "discount code".
  /\bcodes?\s(?:promo|de\sreduction|reduc|avantage)\b|\b(?:avec|utilisez|entrez)\sle\scode\b|\b(?:use|with|enter)\s(?:the\s)?code\b/,
  // Offers: "offre speciale", "offre limitee", "offre exclusive", "offre de lancement", "special offer", "limited offer".
  /\boffres?\s(?:speciales?|limitees?|exclusives?|de\slancement|promotionnelles?|flash|du\smoment)\b/,
  /\b(?:special|limited(?:[\s-]time)?|exclusive|introductory)\soffers?\b/,
  /\b(?:livraison|frais\sde\sport)\s(?:gratuite?s?|offerts?)\b|\bfree\sshipping\b/,
  /\bbons?\splans?\b|\bprix\scasses?\b|\bdeals?\sof\sthe\s(?:day|week)\b/,
];

/** Whether a text reads as self-promotion (a discount, a sale, a promo code, a special offer), in French or English. */
export function isPromotionalText(text: string): boolean {
  const norm = normalizeText(text).replace(/\s+/g, ' ');
  return PROMOTIONAL_PATTERNS.some((re) => re.test(norm));
}
