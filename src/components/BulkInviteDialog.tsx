'use client';
import type { InviteResult } from '../api/createInviteClient.js';
import type { RetryPolicy } from '../api/decideRetry.js';
import { checkMax } from '../api/parseInviteeList.js';
import { reportMistake } from '../api/reportMistake.js';
import type { BulkInviteSummary } from '../hooks/useBulkInvite.js';
import { useInviteClient } from '../hooks/useInviteClient.js';
import { useInviteQueryClient } from '../hooks/useInviteQueryClient.js';
import { useTranslator } from '../hooks/useTranslator.js';
import { bulkEn } from '../locales/bulk/en.js';
import type { BulkMessages, CheckedMessages } from '../messages/LocaleCatalog.js';
import { bulkCatalogIds } from '../messages/loadBulkCatalog.js';
import { BulkInvitePanel } from './BulkInvitePanel.js';
import { ModalDialog } from './ModalDialog.js';
import type { SharedDialogProps } from './SharedDialogProps.js';
import type { BulkInviteDialogClassNames } from './slots.js';

export interface BulkInviteDialogProps<M extends BulkMessages = BulkMessages> extends SharedDialogProps {
  /** Overrides for any of its messages (`bulk.*` and the shared ones); placeholders may be left out, not added. */
  messages?: (M & CheckedMessages<M>) | undefined;
  /** Per-invitee retries. @default DEFAULT_RETRY_POLICY */
  retryPolicy?: RetryPolicy | undefined;
  /**
   * The most people one batch may invite; entries past it are shown as not
   * sent. `0` when the group has no seat left, `Infinity` for no limit; any
   * other value that is no whole number is named in the console and read as 50.
   * @default 50
   */
  max?: number | undefined;
  /** Called once per invitee invited. */
  onInvited?: ((result: InviteResult) => void) | undefined;
  /** Called once each time a batch finishes, with its counts and rows. */
  onComplete?: ((summary: BulkInviteSummary) => void) | undefined;
  /** A class for any part, by its `data-slot` name. */
  classNames?: BulkInviteDialogClassNames | undefined;
}

const BULK = { english: bulkEn, ids: bulkCatalogIds };
const DEFAULT_MAX = 50;

/**
 * A modal dialog for inviting many people at once: paste a list, fix or
 * remove what is not valid, then watch each invitation go out, as fast as the
 * server's rate limit allows and no faster.
 */
export function BulkInviteDialog<const M extends BulkMessages = BulkMessages>({
  groupId,
  client,
  locale,
  messages,
  retryPolicy,
  max: maxProp = DEFAULT_MAX,
  onInvited,
  onComplete,
  classNames,
  ...shell
}: BulkInviteDialogProps<M>) {
  // Fails on first render, not on first open, when no client is supplied.
  useInviteClient(client);
  useInviteQueryClient();
  const translator = useTranslator({ locale, messages, part: BULK });
  // A limit that is none (-1, NaN, 2.5) is the host's mistake: named for the
  // developer (in parseInviteeList's words), and the default for the person, who can still send.
  let max = maxProp;
  try {
    checkMax(max);
  } catch (mistake) {
    reportMistake(mistake as TypeError);
    max = DEFAULT_MAX;
  }

  return (
    <ModalDialog {...shell} classNames={classNames} translator={translator} triggerLabel={translator.t('bulk.trigger')}>
      {(panel) => (
        <BulkInvitePanel
          {...panel}
          groupId={groupId}
          client={client}
          retryPolicy={retryPolicy}
          max={max}
          onInvited={onInvited}
          onComplete={onComplete}
          translator={translator}
          classNames={classNames}
        />
      )}
    </ModalDialog>
  );
}
