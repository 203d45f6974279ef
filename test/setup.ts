import '@testing-library/jest-dom/vitest';
import { localeLoaders } from '../src/locales/index.js';
import { registerCatalogLoaders } from '../src/messages/catalogs.js';

// jsdom has no HTMLDialogElement#showModal/close; model just the open state.
// Focus, the top layer and Escape are covered by the browser tests.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// The tests play a host that offers every built-in language: register the
// loaders once (nothing is fetched until a component asks for a locale).
// test/locales/lazyLoading.test.tsx checks the library on its own.
registerCatalogLoaders(localeLoaders);
