import { loadChain } from './catalogs.js';
import type { BulkLocaleCatalog } from './LocaleCatalog.js';

/** The catalog ids the bulk dialog uses for a locale chain: each tag's own, then its `/bulk` part. */
export const bulkCatalogIds = (chain: string[]) => chain.flatMap((tag) => [tag, `${tag}/bulk`]);

/**
 * `loadCatalog` for the bulk dialog: loads both its catalogs (`fr` and
 * `fr/bulk`) for any BCP 47 tag, and resolves to the most specific bulk one.
 */
export function loadBulkCatalog(tag: string): Promise<BulkLocaleCatalog | null> {
  return loadChain(tag, bulkCatalogIds, (id) => id.endsWith('/bulk')) as Promise<BulkLocaleCatalog | null>;
}
