'use client';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { parseInviteeList, type InviteeListEntry, type InviteeListProblem } from '../api/parseInviteeList.js';
import { useBulkInvite, type UseBulkInviteOptions } from '../hooks/useBulkInvite.js';
import { useFocusKept } from '../hooks/useFocusKept.js';
import { usePhaseAnnouncement } from '../hooks/usePhaseAnnouncement.js';
import type { Translator } from '../messages/createTranslator.js';
import type { BulkRowStatus } from '../api/createBulkInvite.js';
import type { InviteErrorType } from '../api/inviteErrorTypes.js';
import type { BulkMessageKey } from '../messages/LocaleCatalog.js';
import type { PanelProps } from './ModalDialog.js';
import { CLOSE_GLYPH, slot, type BulkInviteDialogClassNames } from './slots.js';
import { VisuallyHidden } from './VisuallyHidden.js';

export interface BulkInvitePanelProps extends UseBulkInviteOptions, PanelProps {
  translator: Translator;
  max: number;
  classNames?: BulkInviteDialogClassNames | undefined;
}

const focusTarget = (root: HTMLElement) => root.querySelector<HTMLElement>('textarea,[data-slot="actions"] button:last-child');
// An entry that is no invitee (as opposed to a repeat, or one past `max`, which are only not sent).
const needsFixing = (entry: InviteeListEntry) => !!entry.problem?.startsWith('validation.');
const who = (entry: Pick<InviteeListEntry, 'raw' | 'invitee'>) => String(entry.invitee?.email ?? entry.invitee?.userId ?? entry.raw);

/** The bulk dialog's content: mounted while open, so closing cancels the batch. */
export function BulkInvitePanel(props: BulkInvitePanelProps) {
  const { translator, classNames: cn, onClose, max } = props;
  const { t } = translator;
  const id = useId();
  const inputId = `${id}input`;
  const errorId = `${id}error`;
  const countId = `${id}count`;
  const progressId = `${id}progress`;
  const rootRef = useFocusKept(focusTarget);
  // The field is free text until it becomes the list of recipients: nothing to validate but that list.
  const form = useForm({ defaultValues: { entries: '' } });
  const bulk = useBulkInvite(props);
  const { status, rows, counts, retryAt, remainingMs } = bulk;

  // What was pasted, as entries; the field empties into this list.
  const [raws, setRaws] = useState<string[]>([]);
  const list = useMemo(() => parseInviteeList(raws.join('\n'), { max }), [raws, max]);
  const needFixing = list.entries.filter(needsFixing).length;
  const takeField = (text: string = form.getValues('entries')) => {
    if (!text.trim()) return raws;
    const next = [...raws, ...parseInviteeList(text, { max: Infinity }).entries.map((entry) => entry.raw)];
    setRaws(next);
    form.setValue('entries', '');
    form.clearErrors();
    return next;
  };

  const onSubmit = (event: FormEvent) =>
    void form.handleSubmit(() => {
      const next = takeField();
      // The list as parsed already, unless the field still held text to add.
      const all = next === raws ? list : parseInviteeList(next.join('\n'), { max });
      const problem: BulkMessageKey | null = !all.invitees.length
        ? 'bulk.empty'
        : all.entries.some(needsFixing)
          ? 'bulk.fixFirst'
          : null;
      if (problem) form.setError('entries', { message: problem }, { shouldFocus: true });
      else bulk.start(all.invitees);
    })(event);

  const composing = status === 'idle';
  const done = counts.invited + counts.failed;
  const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
  const waitText =
    status !== 'waiting'
      ? null
      : retryAt === null
        ? t('bulk.offline')
        : remainingMs > 60_000
          ? t('bulk.pausedUntil', { time: translator.formatTime(retryAt) })
          : t('bulk.paused', { seconds });
  // One polite announcement per phase, never one per row or per tick.
  const announcement = usePhaseAnnouncement(status, (before) =>
    status === 'running'
      ? t(before === 'waiting' ? 'bulk.resumed' : 'bulk.started', { count: counts.pending })
      : status === 'waiting'
        ? waitText
        : status === 'done'
          ? `${t('bulk.done', { invited: counts.invited })} ${counts.failed ? t('bulk.notInvited', { failed: counts.failed }) : ''}`.trim()
          : status === 'cancelled'
            ? t('bulk.cancelled')
            : null,
  );
  const fieldErrorKey = form.formState.errors.entries?.message as BulkMessageKey | undefined;
  // The recipients: while composing, what was pasted with its problems; then each row's state and error.
  const items: Array<{ name: string; status?: BulkRowStatus; problem?: InviteeListProblem | `error.${InviteErrorType}` | undefined }> =
    composing
      ? list.entries.map((entry) => ({ name: who(entry), problem: entry.problem ?? undefined }))
      : rows.map((row) => ({
          name: who({ raw: '', invitee: row.invitee }),
          status: row.status,
          problem: row.status === 'failed' && row.error ? (`error.${row.error.type}` as const) : undefined,
        }));
  const finished = status === 'done' || status === 'blocked' || status === 'cancelled';

  return (
    <div ref={rootRef} {...slot('content', cn)}>
      <h2 id={props.titleId} {...slot('title', cn)}>
        {t('bulk.title')}
      </h2>
      <p id={props.descriptionId} {...slot('description', cn)}>
        {t('bulk.description')}
      </p>
      <form noValidate data-status={status} onSubmit={onSubmit} {...slot('form', cn)}>
        {composing && (
          <div data-invalid={fieldErrorKey ? '' : undefined} {...slot('field', cn)}>
            <label htmlFor={inputId} {...slot('label', cn)}>
              {t('bulk.field.label')}
            </label>
            <textarea
              id={inputId}
              rows={4}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              dir="auto"
              aria-invalid={fieldErrorKey ? true : undefined}
              aria-describedby={[fieldErrorKey && errorId, raws[0] && countId].join(' ').trim() || undefined}
              {...form.register('entries', { onBlur: () => takeField() })}
              // A paste becomes a list of recipients at once (after the text is in).
              onInput={(event) =>
                (event.nativeEvent as InputEvent).inputType === 'insertFromPaste' && takeField(event.currentTarget.value)
              }
              {...slot('input', cn)}
            />
            {fieldErrorKey && (
              <p id={errorId} {...slot('field-error', cn)}>
                {t(fieldErrorKey)}
              </p>
            )}
          </div>
        )}
        {composing && raws.length > 0 && (
          <p id={countId} {...slot('count', cn)}>
            {t('bulk.count', { count: list.invitees.length })}
            {needFixing > 0 && ` · ${t('bulk.needFixing', { count: needFixing })}`}
          </p>
        )}
        {items.length > 0 && (
          <ul aria-label={t('bulk.recipients')} {...slot('recipients', cn)}>
            {items.map(({ name, status: rowStatus, problem }, index) => (
              <li key={`${index} ${name}`} data-status={rowStatus} data-problem={composing ? problem : undefined} {...slot('recipient', cn)}>
                <bdi {...slot('recipient-name', cn)}>{name}</bdi>
                {rowStatus && <span {...slot('recipient-status', cn)}>{t(`bulk.status.${rowStatus}`)}</span>}
                {problem && (
                  <span {...slot('recipient-problem', cn)}>
                    {t(problem === 'duplicate' ? 'bulk.duplicate' : problem === 'too_many' ? 'bulk.tooMany' : problem, { max })}
                  </span>
                )}
                {composing && (
                  <button
                    type="button"
                    aria-label={t('bulk.remove', { invitee: name })}
                    onClick={() => {
                      setRaws(raws.filter((_, i) => i !== index));
                      // "Fix or remove the entries marked" no longer holds once one is gone.
                      form.clearErrors();
                    }}
                    {...slot('remove', cn)}
                  >
                    {CLOSE_GLYPH}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!composing && (
          <>
            <p id={progressId} {...slot('progress-text', cn)}>
              {t('bulk.progress', { done, total: rows.length })}
            </p>
            <progress max={rows.length} value={done} aria-labelledby={progressId} {...slot('progress', cn)} />
          </>
        )}
        {waitText && (
          <p role={retryAt === null ? undefined : 'timer'} {...slot('countdown', cn)}>
            {waitText}
          </p>
        )}
        <div role="alert" {...slot('alert', cn)}>
          {bulk.setupError ? t('error.setup') : bulk.blockedBy && t(`error.${bulk.blockedBy.type}`)}
        </div>
        <div role="status" {...slot('status', cn)}>
          <VisuallyHidden key={announcement.id}>{announcement.text}</VisuallyHidden>
        </div>
        <div {...slot('actions', cn)}>
          {composing ? (
            <>
              <button type="button" onClick={onClose} {...slot('cancel', cn)}>
                {t('cancel')}
              </button>
              <button type="submit" {...slot('submit', cn)}>
                {t('bulk.submit', { count: list.invitees.length })}
              </button>
            </>
          ) : finished ? (
            <>
              {counts.invited < rows.length && (
                <button key="retry" type="button" onClick={bulk.retryFailed} {...slot('retry', cn)}>
                  {t('bulk.retryFailed')}
                </button>
              )}
              <button
                key="more"
                type="button"
                onClick={() => {
                  bulk.reset();
                  setRaws([]);
                }}
                {...slot('invite-more', cn)}
              >
                {t('bulk.inviteMore')}
              </button>
            </>
          ) : (
            <button key="stop" type="button" onClick={bulk.cancel} {...slot('cancel', cn)}>
              {t('cancel')}
            </button>
          )}
        </div>
      </form>
      <button type="button" aria-label={t('close')} onClick={onClose} {...slot('close', cn)}>
        {CLOSE_GLYPH}
      </button>
    </div>
  );
}
