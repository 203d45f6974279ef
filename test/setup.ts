import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { localeLoaders } from '../src/locales/index.js';
import { registerCatalogLoaders } from '../src/messages/catalogs.js';

// No HTMLDialogElement#showModal polyfill: jsdom has none, and neither do
// hosts' tests; the dialog falls back to the `open` attribute by itself.
// The top layer, inertness and the platform's Escape are covered by the
// browser tests.

// The tests play a host that offers every built-in language: register the
// loaders once (nothing is fetched until a component asks for a locale).
// test/locales/lazyLoading.test.tsx checks the library on its own.
registerCatalogLoaders(localeLoaders);

// waitFor and findBy* poll for a state; a loaded CI machine can take longer
// than the default second to get there, which is no fault of the code.
configure({ asyncUtilTimeout: 10_000 });
