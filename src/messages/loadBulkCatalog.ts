import { loadOne } from './catalogs.js';
import type { BulkLocaleCatalog } from './LocaleCatalog.js';
import { canonicalLocale, localeChain } from './resolveLocale.js';

/** The catalog ids the bulk dialog uses for a locale chain: each tag's own, then its `/bulk` part. */
export const bulkCatalogIds = (chain: string[]) => chain.flatMap((tag) => [tag, `${tag}/bulk`]);

/**
 * `loadCatalog` for the bulk dialog: loads both its catalogs (`fr` and
 * `fr/bulk`) for any BCP 47 tag, and resolves to the most specific bulk one.
 */
export async function loadBulkCatalog(tag: string): Promise<BulkLocaleCatalog | null> {
  const canonical = canonicalLocale(tag);
  if (!canonical) return null;
  const found = await Promise.all(bulkCatalogIds(localeChain(canonical)).map(loadOne));
  return (found.find((catalog, index) => index % 2 === 1 && catalog !== null) as BulkLocaleCatalog | undefined) ?? null;
}
