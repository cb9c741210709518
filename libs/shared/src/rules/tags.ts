/** Tags as stored: trimmed, without a leading `#`, lower-case, empty ones dropped, each once (first order kept). */
export function normalizeTags(tags: readonly string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((t) => t.trim().replace(/^#/, '').toLowerCase()).filter(Boolean))];
}
