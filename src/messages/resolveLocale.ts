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

/**
 * The active locale: the first well-formed tag the host chose (`explicit`: the
 * prop, then the provider's), else the first of the browser's languages that
 * has a catalog (`available`), else the browser's first, else English.
 */
export function resolveLocale(
  explicit: ReadonlyArray<string | null | undefined>,
  browser: readonly string[] = [],
  available: (tag: string) => boolean = () => false,
): string {
  for (const tag of explicit) {
    const canonical = canonicalLocale(tag);
    if (canonical) return canonical;
  }
  const valid = browser.map(canonicalLocale).filter((tag): tag is string => tag !== null);
  return valid.find((tag) => localeChain(tag).some(available)) ?? valid[0] ?? 'en';
}

/** The lookup chain for a tag, most specific first: `pt-BR` → `pt-BR`, `pt`. */
export function localeChain(locale: string): string[] {
  const parts = locale.split('-');
  const chain: string[] = [];
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  return chain;
}
