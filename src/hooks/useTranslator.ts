'use client';
import { useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { InviteKitContext } from '../components/InviteKitContext.js';
import { getCatalog, getCatalogsVersion, isCatalogPending, loadOne, subscribeCatalogs } from '../messages/catalogs.js';
import { createTranslator, type Translator } from '../messages/createTranslator.js';
import type { BulkMessages, MessageValue } from '../messages/LocaleCatalog.js';
import { en } from '../locales/en.js';
import { localeChain, resolveLocale } from '../messages/resolveLocale.js';

const noSubscribe = () => () => {};
// The server cannot know the browser's languages; hydration starts from the
// server's answer and then switches, so the markup matches.
// Read on every render: joined again only when the browser gives another list.
let languageList: readonly string[] | undefined;
let languageString: string | null = null;
const browserLanguages = () => {
  if (typeof navigator === 'undefined') return null;
  if (navigator.languages !== languageList) languageString = (languageList = navigator.languages).join(',');
  return languageString;
};
const serverLanguages = () => null;
const hasCatalog = (tag: string) => !!getCatalog(tag) || isCatalogPending(tag);

// The active locale, and the translator of the catalogs alone (no overrides,
// no extra part), depend only on their inputs and on the catalogs' `version`:
// each dialog that mounts — each open — reuses what an earlier one resolved and
// merged, instead of canonicalizing tags and copying the catalogs again.
const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) {
    if (cache.size > 63) cache.clear();
    cache.set(key, make());
  }
  return cache.get(key) as T;
}

export interface TranslatorPart {
  english: Readonly<Record<string, MessageValue>>;
  ids: (chain: string[]) => string[];
}

export interface UseTranslatorOptions {
  locale?: string | undefined;
  messages?: BulkMessages | undefined;
  /**
   * More catalogs to use, with their English messages: the bulk dialog's,
   * registered under `<tag>/bulk`. `ids` gives the catalogs to merge for a
   * locale chain, least specific first.
   */
  part?: TranslatorPart | undefined;
}

/**
 * Messages for the active locale: the `locale` prop, else the provider's, else
 * the first of the browser's languages with a catalog, else English. Lookup falls back from the overrides to the
 * exact catalog (`pt-BR`), its base language (`pt`), then English.
 */
export function useTranslator({ locale, messages, part }: UseTranslatorOptions = {}): Translator {
  const config = useContext(InviteKitContext);
  const languages = useSyncExternalStore(noSubscribe, browserLanguages, serverLanguages);
  const version = useSyncExternalStore(subscribeCatalogs, getCatalogsVersion, getCatalogsVersion);
  const tag = cached(JSON.stringify([version, locale, config?.locale, languages]), () =>
    resolveLocale([locale, config?.locale], languages?.split(','), hasCatalog),
  );

  // Both effect and memo derive the chain from `tag`; `version` also changes
  // when loaders are registered after the first render.
  const ids = (chain: string[]) => (part ? part.ids(chain) : chain);
  useEffect(() => {
    for (const id of ids(localeChain(tag))) if (isCatalogPending(id)) void loadOne(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tag, version, part]);

  const providerMessages = config?.messages;
  return useMemo(() => {
    const make = () => {
      const merged: Record<string, MessageValue> = { ...en, ...part?.english };
      const catalogs = ids(localeChain(tag).reverse()).map((id) => getCatalog(id));
      for (const source of [...catalogs, providerMessages, messages]) {
        for (const [key, value] of Object.entries(source ?? {})) if (value != null) merged[key] = value as MessageValue;
      }
      // `lang` says what the text is: English until a catalog of the tag's
      // language is there (a screen reader would read it with another voice,
      // right to left for `he`), unless the host wrote the messages itself.
      const written = providerMessages || messages || catalogs.some(Boolean);
      return createTranslator(tag, merged, written ? tag : 'en');
    };
    return part || providerMessages || messages ? make() : cached(`${version} ${tag}`, make);
    // `version` changes when a catalog arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tag, version, providerMessages, messages, part]);
}
