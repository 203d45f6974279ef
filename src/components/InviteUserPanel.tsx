'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { memo, useEffect, useId } from 'react';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { inviteFormSchema, type InviteFormInput, type InviteFormOutput } from '../api/inviteFormSchema.js';
import { useFocusKept } from '../hooks/useFocusKept.js';
import { useInviteUser, type UseInviteUserOptions } from '../hooks/useInviteUser.js';
import { usePhaseAnnouncement } from '../hooks/usePhaseAnnouncement.js';
import type { Translator } from '../messages/createTranslator.js';
import type { MessageKey } from '../messages/LocaleCatalog.js';
import type { PanelProps } from './ModalDialog.js';
import { CLOSE_GLYPH, slot, type InviteUserDialogClassNames } from './slots.js';
import { VisuallyHidden } from './VisuallyHidden.js';

export interface InviteUserPanelProps extends UseInviteUserOptions, PanelProps {
  translator: Translator;
  classNames?: InviteUserDialogClassNames | undefined;
}

// Where focus goes when a state change removed the focused element: the
// field, or "Invite someone else" while the success shows (the field is gone).
const focusTarget = (root: HTMLElement) => root.querySelector<HTMLElement>('input,[data-slot="invite-another"]');

/**
 * The dialog's content: mounted while open, so unmounting on close stops all network activity.
 *
 * react-hook-form renders the component that calls `useForm` a second time as
 * it mounts (its `isReady` state, set in a layout effect, so within the opening
 * commit). That component is only this wrapper: the content is memoized and
 * gets the field's error as a prop, so that render stops here.
 */
export function InviteUserPanel(props: InviteUserPanelProps) {
  const form = useForm<InviteFormInput, unknown, InviteFormOutput>({
    resolver: zodResolver(inviteFormSchema),
    defaultValues: { invitee: '' },
  });
  const fieldErrorKey = form.formState.errors.invitee?.message as MessageKey | undefined;
  return <PanelContent {...props} form={form} fieldErrorKey={fieldErrorKey} />;
}

interface PanelContentProps extends InviteUserPanelProps {
  form: UseFormReturn<InviteFormInput, unknown, InviteFormOutput>;
  /** The field's error, as a message key: read by the wrapper, which re-renders when it changes. */
  fieldErrorKey: MessageKey | undefined;
}

// Marked pure so a bundle that never renders this dialog (the bulk one) drops it.
const PanelContent = /* @__PURE__ */ memo(function PanelContent({ form, fieldErrorKey, ...props }: PanelContentProps) {
  const { translator, classNames: cn, onClose } = props;
  const { t } = translator;
  const id = useId();
  const inputId = `${id}input`;
  const fieldErrorId = `${id}error`;
  const rootRef = useFocusKept(focusTarget);

  const invite = useInviteUser({
    groupId: props.groupId,
    client: props.client,
    retryPolicy: props.retryPolicy,
    onInvited: (result) => {
      form.reset();
      props.onInvited?.(result);
    },
    onError: props.onError,
  });
  const { status, error, wait, remainingMs } = invite;

  // The server rejected what was typed: shown at the field, not in the alert.
  const fieldError = error?.type === 'invalid_request' || error?.type === 'unprocessable_entity' ? error : null;
  useEffect(() => {
    if (fieldError) form.setError('invitee', { type: 'server', message: `error.${fieldError.type}` }, { shouldFocus: true });
  }, [fieldError, form]);

  // Never "in 0 seconds": the last render before the retry fires still says 1.
  const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
  const waitText =
    wait === 'auto'
      ? t('retry.auto', { seconds })
      : wait === 'manual'
        ? invite.longWait && invite.retryAt !== null
          ? t('retry.at', { time: translator.formatTime(invite.retryAt) })
          : t('retry.countdown', { seconds })
        : wait === 'offline'
          ? t('offline')
          : null;
  const successText = invite.data ? t('success', { invitee: invite.data.invitee.email ?? String(invite.data.invitee.userId) }) : null;
  // One polite announcement when a wait starts and one when it ends, never
  // one per tick: the visible countdown is a silent `role="timer"`.
  const announcement = usePhaseAnnouncement(wait ? `${wait} ${invite.retryAt}` : status, (before) =>
    wait
      ? waitText
      : status === 'submitting' && before.startsWith('auto')
        ? t('retry.retrying')
        : invite.canRetry && before.startsWith('manual')
          ? t('retry.ready')
          : null,
  );

  const busy = status === 'submitting' || status === 'waiting';
  const alertKey: MessageKey | null = invite.setupError ? 'error.setup' : error && !fieldError ? `error.${error.type}` : null;

  return (
    <div ref={rootRef} {...slot('content', cn)}>
      <h2 id={props.titleId} {...slot('title', cn)}>
        {t('title')}
      </h2>
      <p id={props.descriptionId} {...slot('description', cn)}>
        {t('description')}
      </p>
      <form
        noValidate
        data-status={status}
        onSubmit={form.handleSubmit((values) => invite.invite(values.invitee))}
        {...slot('form', cn)}
      >
        {status !== 'success' && (
          <>
            <div data-invalid={fieldErrorKey ? '' : undefined} {...slot('field', cn)}>
              <label htmlFor={inputId} {...slot('label', cn)}>
                {t('field.label')}
              </label>
              <input
                id={inputId}
                type="text"
                inputMode="email"
                autoComplete="off"
                autoCapitalize="none"
                spellCheck={false}
                dir="auto"
                aria-invalid={fieldErrorKey ? true : undefined}
                aria-describedby={fieldErrorKey ? fieldErrorId : undefined}
                {...form.register('invitee')}
                {...slot('input', cn)}
              />
              {fieldErrorKey && (
                <p id={fieldErrorId} {...slot('field-error', cn)}>
                  {t(fieldErrorKey)}
                </p>
              )}
            </div>
            <div role="alert" {...slot('alert', cn)}>
              {alertKey && t(alertKey)}
            </div>
            {error?.serverMessage && (
              <p {...slot('server-message', cn)}>
                <bdi>{t('error.details', { message: error.serverMessage })}</bdi>
              </p>
            )}
            {waitText && (
              <p role={wait === 'offline' ? undefined : 'timer'} {...slot(wait === 'offline' ? 'offline' : 'countdown', cn)}>
                {waitText}
              </p>
            )}
          </>
        )}
        {/* The polite live region exists from the start, so its first message is
            announced. The success text is shown in it rather than copied into it. */}
        <div role="status" {...slot('status', cn)}>
          {successText ? (
            <p {...slot('success', cn)}>{successText}</p>
          ) : (
            // Empty until there is something to say: one element and its inline style fewer when opening.
            announcement.text ? <VisuallyHidden key={announcement.id}>{announcement.text}</VisuallyHidden> : null
          )}
        </div>
        <div {...slot('actions', cn)}>
          {status === 'success' ? (
            // The × button closes; a second "Close" here would give two buttons one name.
            // Pressing it removes it, and focus moves on to the field that comes
            // back (its own key, so React does not turn it into "Cancel" in place).
            <button key="another" type="button" onClick={invite.cancel} {...slot('invite-another', cn)}>
              {t('inviteAnother')}
            </button>
          ) : (
            <>
              <button type="button" onClick={onClose} {...slot('cancel', cn)}>
                {t('cancel')}
              </button>
              {invite.canRetry && (
                <button type="button" onClick={invite.retry} {...slot('retry', cn)}>
                  {t('retry.now')}
                </button>
              )}
              <button type="submit" aria-disabled={busy || undefined} {...slot('submit', cn)}>
                {status === 'submitting' ? t('submitting') : t('submit')}
              </button>
            </>
          )}
        </div>
      </form>
      {/* Last in the DOM (drawn at the top corner by the theme), so the
          browser's own dialog focusing lands on the field, and Tab reaches
          the close button after the form's actions. The × is text, so it
          shows without the stylesheet; the name comes from aria-label. */}
      <button type="button" aria-label={t('close')} onClick={onClose} {...slot('close', cn)}>
        {CLOSE_GLYPH}
      </button>
    </div>
  );
});
