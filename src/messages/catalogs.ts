import { en } from '../locales/en.js';
import type { LocaleCatalog } from './LocaleCatalog.js';

type Loader = () => Promise<{ default: LocaleCatalog }>;

// Each catalog is its own chunk, fetched the first time its locale is used;
// importing the library brings English only.
// Keys are lower-case tags (lookups lower-case theirs); `en-xa` is the pseudo-locale.
const loaders: Record<string, Loader> = {
  ar: () => import('../locales/ar.js'),
  bn: () => import('../locales/bn.js'),
  fa: () => import('../locales/fa.js'),
  fr: () => import('../locales/fr.js'),
  id: () => import('../locales/id.js'),
  it: () => import('../locales/it.js'),
  nl: () => import('../locales/nl.js'),
  pt: () => import('../locales/pt.js'),
  ru: () => import('../locales/ru.js'),
  sq: () => import('../locales/sq.js'),
  th: () => import('../locales/th.js'),
  tr: () => import('../locales/tr.js'),
  ur: () => import('../locales/ur.js'),
  zh: () => import('../locales/zh.js'),
  ms: () => import('../locales/ms.js'),
  'en-xa': () => import('../locales/en-XA.js'),
};

/** Locales with a catalog built in. */
export const BUILT_IN_LOCALES = ['en', ...Object.keys(loaders)] as const;

const loaded = new Map<string, LocaleCatalog>([['en', en]]);
const pending = new Map<string, Promise<LocaleCatalog | null>>();
const listeners = new Set<() => void>();
let version = 0;

export function getCatalog(tag: string): LocaleCatalog | undefined {
  return loaded.get(tag.toLowerCase());
}

/** Whether a catalog exists for `tag` but has not arrived yet. */
export function isCatalogPending(tag: string): boolean {
  const key = tag.toLowerCase();
  return !loaded.has(key) && key in loaders;
}

/** Adds (or replaces) the catalog for a locale, e.g. one the host wrote itself. */
export function registerCatalog(tag: string, catalog: LocaleCatalog): void {
  loaded.set(tag.toLowerCase(), catalog);
  version++;
  for (const listener of listeners) listener();
}

/**
 * Loads the built-in catalog for `tag` (exact tag, e.g. `pt` or `zh`) once;
 * resolves to `null` when there is none. Call it early to avoid a flash of English.
 */
export function loadCatalog(tag: string): Promise<LocaleCatalog | null> {
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
