/**
 * A canonical BCP 47 tag for what the host asked for, or `null` when it is
 * missing or malformed (so callers fall back instead of throwing).
 */
export function canonicalLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

/** The first usable tag of: the prop, the provider's, the browser's, then English. */
export function resolveLocale(...candidates: Array<string | readonly string[] | null | undefined>): string {
  for (const candidate of candidates) {
    const tags = typeof candidate === 'string' ? [candidate] : (candidate ?? []);
    for (const tag of tags) {
      const canonical = canonicalLocale(tag);
      if (canonical) return canonical;
    }
  }
  return 'en';
}

/** The lookup chain for a tag, most specific first: `pt-BR` → `pt-BR`, `pt`. */
export function localeChain(locale: string): string[] {
  const parts = locale.split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  return chain;
}
