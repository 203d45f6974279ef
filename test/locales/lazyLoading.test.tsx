import { render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';

// Records which catalog modules get evaluated, while still loading the real ones.
const evaluated = vi.hoisted(() => new Set<string>());
vi.mock('../../src/locales/ar.js', async (importOriginal) => (evaluated.add('ar'), importOriginal()));
vi.mock('../../src/locales/bn.js', async (importOriginal) => (evaluated.add('bn'), importOriginal()));
vi.mock('../../src/locales/en-XA.js', async (importOriginal) => (evaluated.add('en-XA'), importOriginal()));
vi.mock('../../src/locales/fa.js', async (importOriginal) => (evaluated.add('fa'), importOriginal()));
vi.mock('../../src/locales/fr.js', async (importOriginal) => (evaluated.add('fr'), importOriginal()));
vi.mock('../../src/locales/id.js', async (importOriginal) => (evaluated.add('id'), importOriginal()));
vi.mock('../../src/locales/it.js', async (importOriginal) => (evaluated.add('it'), importOriginal()));
vi.mock('../../src/locales/ms.js', async (importOriginal) => (evaluated.add('ms'), importOriginal()));
vi.mock('../../src/locales/nl.js', async (importOriginal) => (evaluated.add('nl'), importOriginal()));
vi.mock('../../src/locales/pt.js', async (importOriginal) => (evaluated.add('pt'), importOriginal()));
vi.mock('../../src/locales/ru.js', async (importOriginal) => (evaluated.add('ru'), importOriginal()));
vi.mock('../../src/locales/sq.js', async (importOriginal) => (evaluated.add('sq'), importOriginal()));
vi.mock('../../src/locales/th.js', async (importOriginal) => (evaluated.add('th'), importOriginal()));
vi.mock('../../src/locales/tr.js', async (importOriginal) => (evaluated.add('tr'), importOriginal()));
vi.mock('../../src/locales/ur.js', async (importOriginal) => (evaluated.add('ur'), importOriginal()));
vi.mock('../../src/locales/zh.js', async (importOriginal) => (evaluated.add('zh'), importOriginal()));

// A fresh copy of the library, as a host would import it: the shared test setup
// registered the catalog loaders on another copy.
vi.resetModules();
const library = await import('../../src/index.js');
const { getCatalog, isCatalogPending } = await import('../../src/messages/catalogs.js');
const { BUILT_IN_LOCALES, localeLoaders } = await import('../../src/locales/index.js');

describe('given the library was just imported', () => {
  it('should have evaluated no catalog but English, and know of none', () => {
    expect([...evaluated]).toEqual([]);
    expect(getCatalog('en')).toBe(library.en);
    for (const tag of BUILT_IN_LOCALES.filter((tag) => tag !== 'en')) {
      expect(getCatalog(tag), tag).toBeUndefined();
      expect(isCatalogPending(tag), tag).toBe(false);
    }
  });

  it('should load nothing when the loaders are registered', () => {
    library.registerCatalogLoaders(localeLoaders);
    expect([...evaluated]).toEqual([]);
    for (const tag of BUILT_IN_LOCALES.filter((tag) => tag !== 'en')) expect(isCatalogPending(tag), tag).toBe(true);
  });

  it('should load exactly the French catalog when asked for it, once', async () => {
    const first = library.loadCatalog('fr');
    const second = library.loadCatalog('FR');
    expect(getCatalog('fr')).toBeUndefined();
    expect(await first).toBe(await second);
    expect(getCatalog('fr')?.cancel).toBe('Annuler');
    expect(isCatalogPending('fr')).toBe(false);
    expect([...evaluated]).toEqual(['fr']);
  });

  it('should resolve to null, loading nothing, for a tag without a registered catalog', async () => {
    expect(await library.loadCatalog('de')).toBeNull();
    expect(await library.loadCatalog('de-AT')).toBeNull();
    expect(await library.loadCatalog('not a tag!')).toBeNull();
    expect([...evaluated]).toEqual(['fr']);
  });

  it('should load what the dialog would use for a regional tag: its language’s catalog', async () => {
    expect((await library.loadCatalog('fr-FR'))?.cancel).toBe('Annuler');
    expect((await library.loadCatalog('pt-BR'))?.cancel).toBe('Cancelar');
    expect((await library.loadCatalog('zh-Hant-TW'))?.cancel).toBe(getCatalog('zh')?.cancel);
    expect([...evaluated].sort()).toEqual(['fr', 'pt', 'zh']);
  });

  it('should render the first frame in the browser’s language once loadCatalog(navigator.language) was awaited', async () => {
    const languages = vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['it-IT', 'it']);
    const language = vi.spyOn(navigator, 'language', 'get').mockReturnValue('it-IT');
    await library.loadCatalog(navigator.language);
    const client = library.createInviteClient({ baseUrl: 'https://api.test', clientId: 'c', getAccessToken: () => 't' });
    const seen: string[] = [];
    function FirstFrame() {
      // Read in the commit of the very first render, before any effect could switch languages.
      useLayoutEffect(() => void seen.push(document.querySelector('[data-slot="trigger"]')?.textContent ?? ''), []);
      return null;
    }

    const view = render(
      <>
        <library.InviteUserDialog groupId="1" client={client} />
        <FirstFrame />
      </>,
    );

    expect(seen).toEqual([getCatalog('it')?.trigger]);
    expect(document.querySelector('[data-slot="trigger"]')).toHaveAttribute('lang', 'it-IT');
    view.unmount();
    languages.mockRestore();
    language.mockRestore();
  });

  it('should load the catalogs a rendered dialog needs, and no other', async () => {
    const client = library.createInviteClient({ baseUrl: 'https://api.test', clientId: 'c', getAccessToken: () => 't' });
    render(<library.InviteUserDialog groupId="1" client={client} locale="ru-RU" />);
    expect(await screen.findByRole('button', { name: 'Пригласить' })).toBeInTheDocument();
    expect([...evaluated].sort()).toEqual(['fr', 'it', 'pt', 'ru', 'zh']);
  });
});
