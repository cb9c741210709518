import { extractTweetUrls } from '@xp/shared';

/** What the preview's link card shows for a URL: no remote page is fetched, only the address is read. */
export interface LinkCard {
  /** The address as X opens it (a scheme added when the text has none). */
  href: string;
  /** The site, without "www." (lower case). */
  domain: string;
  /** The path and query, shortened; "" for the site's home page. */
  path: string;
}

const MAX_PATH = 60;

/** The card X shows under a post: the last link of its text (null when it has none or the address is unreadable). */
export function linkCard(text: string): LinkCard | null {
  const raw = extractTweetUrls(text).at(-1);
  if (!raw) return null;
  const href = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const rest = `${url.pathname === '/' ? '' : url.pathname}${url.search}`;
  return {
    href: url.href,
    domain: url.hostname.replace(/^www\./, ''),
    path: rest.length > MAX_PATH ? `${rest.slice(0, MAX_PATH - 1)}…` : rest,
  };
}
