import { en } from '../locales/en.js';
import type { BulkLocaleCatalog, LocaleCatalog } from './LocaleCatalog.js';
import { canonicalLocale, localeChain } from './resolveLocale.js';

/**
 * A catalog of either part: the single dialog's (registered under its tag,
 * `fr`) or the bulk dialog's own messages (under `fr/bulk`).
 */
export type AnyCatalog = LocaleCatalog | BulkLocaleCatalog;

/** Loads one catalog, e.g. `() => import('invite-kit/locales/fr')`. */
export type CatalogLoader = () => Promise<{ default: AnyCatalog }>;

// Filled by the host (`registerCatalogLoaders`), never here: the main entry must
// not grow with the number of locales. Keys are lower-case tags.
const loaders: Record<string, CatalogLoader> = {};

const loaded = new Map<string, AnyCatalog>([['en', en]]);
const pending = new Map<string, Promise<AnyCatalog | null>>();
const listeners = new Set<() => void>();
let version = 0;

/** The catalog registered under `tag` (`fr`, or `fr/bulk` for the bulk dialog's part). */
export function getCatalog<C extends AnyCatalog = LocaleCatalog>(tag: string): C | undefined {
  return loaded.get(tag.toLowerCase()) as C | undefined;
}

/**
 * Makes catalogs loadable on demand, e.g. every built-in one:
 * `registerCatalogLoaders(localeLoaders)` with `localeLoaders` from `invite-kit/locales`.
 * Nothing is fetched until a component asks for one of these locales.
 */
export function registerCatalogLoaders(map: Record<string, CatalogLoader>): void {
  for (const [tag, load] of Object.entries(map)) loaders[tag.toLowerCase()] = load;
  notify();
}

/** Whether a catalog can be loaded for `tag` but has not arrived yet. */
export function isCatalogPending(tag: string): boolean {
  const key = tag.toLowerCase();
  return !loaded.has(key) && key in loaders;
}

/**
 * Adds (or replaces) the catalog for a locale, e.g. one the host wrote itself;
 * the bulk dialog's messages go under `<tag>/bulk`.
 */
export function registerCatalog(tag: string, catalog: AnyCatalog): void {
  loaded.set(tag.toLowerCase(), catalog);
  notify();
}

function notify() {
  version++;
  for (const listener of listeners) listener();
}

/**
 * Loads what the dialog would use for any BCP 47 tag — `fr-FR` loads `fr`,
 * `pt-BR` loads `pt-BR` (if registered) and `pt` — once each, and resolves to
 * the most specific catalog found, or `null` when there is none. Awaiting
 * `loadCatalog(navigator.language)` before the first render shows no English,
 * not even for a frame. (`loadBulkCatalog` does the same for the bulk dialog.)
 */
export function loadCatalog(tag: string): Promise<LocaleCatalog | null> {
  return loadChain(tag, (chain) => chain) as Promise<LocaleCatalog | null>;
}

/**
 * Loads, once each, the catalogs `ids` names for the lookup chain of any BCP
 * 47 tag, and resolves to the most specific of those `wanted` picks, or
 * `null`: what `loadCatalog` and `loadBulkCatalog` share.
 */
export async function loadChain(
  tag: string,
  ids: (chain: string[]) => string[],
  wanted: (id: string) => boolean = () => true,
): Promise<AnyCatalog | null> {
  const canonical = canonicalLocale(tag);
  if (!canonical) return null;
  const chain = ids(localeChain(canonical));
  const found = await Promise.all(chain.map(loadOne));
  return found.find((catalog, index) => catalog !== null && wanted(chain[index]!)) ?? null;
}

/** Loads the catalog registered under one id (`fr`, `fr/bulk`) once; `null` when there is none. */
export function loadOne(tag: string): Promise<AnyCatalog | null> {
  const key = tag.toLowerCase();
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  const load = loaders[key];
  if (!load) return Promise.resolve(null);
  let promise = pending.get(key);
  if (!promise) {
    promise = load().then(
      (module) => {
        registerCatalog(key, module.default);
        return module.default;
      },
      () => {
        // A failed chunk load falls back to English; a later call may try again.
        pending.delete(key);
        return null;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

export function subscribeCatalogs(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function getCatalogsVersion(): number {
  return version;
}
