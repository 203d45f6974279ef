// invite-kit: everything of invite-kit/core, plus the React components and hooks.
export * from './api/index.js';

export { InviteUserDialog } from './components/InviteUserDialog.js';
export type { InviteUserDialogProps } from './components/InviteUserDialog.js';
export { InviteKitProvider } from './components/InviteKitProvider.js';
export type { InviteKitProviderProps } from './components/InviteKitProvider.js';
export type { InviteKitConfig } from './components/InviteKitContext.js';
export type {
  BulkInviteDialogClassNames,
  BulkInviteDialogSlot,
  InviteUserDialogClassNames,
  InviteUserDialogSlot,
} from './components/slots.js';
export { BulkInviteDialog } from './components/BulkInviteDialog.js';
export type { BulkInviteDialogProps } from './components/BulkInviteDialog.js';
export { useBulkInvite } from './hooks/useBulkInvite.js';
export type { BulkInviteSummary, UseBulkInviteOptions, UseBulkInviteResult } from './hooks/useBulkInvite.js';
export { useInviteUser } from './hooks/useInviteUser.js';
export type { InviteStatus, InviteWait, UseInviteUserOptions, UseInviteUserResult } from './hooks/useInviteUser.js';
export { useTranslator } from './hooks/useTranslator.js';

export { en } from './locales/en.js';
export { loadCatalog, registerCatalog, registerCatalogLoaders } from './messages/catalogs.js';
export type { AnyCatalog, CatalogLoader } from './messages/catalogs.js';
export { loadBulkCatalog } from './messages/loadBulkCatalog.js';
export { createTranslator } from './messages/createTranslator.js';
export type { Translator } from './messages/createTranslator.js';
export type {
  BulkLocaleCatalog,
  BulkMessageKey,
  BulkMessages,
  CheckedMessages,
  LocaleCatalog,
  MessageKey,
  Messages,
  MessageValue,
  PluralMessage,
} from './messages/LocaleCatalog.js';
