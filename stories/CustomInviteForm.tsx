import { useId, useState, type FormEvent } from 'react';
import { parseInvitee, useInviteUser, useTranslator, type RetryPolicy } from '../src/index.js';

export interface CustomInviteFormProps {
  groupId: string;
  retryPolicy?: RetryPolicy;
  /** A BCP 47 tag; the messages come from the library's catalogs. */
  locale?: string;
}

/**
 * A host's own UI on the headless `useInviteUser` hook: an inline form, no
 * dialog, the library's messages through `useTranslator`. The client comes
 * from `<InviteKitProvider>`.
 */
export function CustomInviteForm({ groupId, retryPolicy, locale }: CustomInviteFormProps) {
  const invite = useInviteUser({ groupId, retryPolicy });
  const { t, dir } = useTranslator({ locale });
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<'validation.required' | 'validation.email' | 'validation.userId' | null>(null);
  const inputId = useId();
  const problemId = useId();
  const seconds = Math.ceil(invite.remainingMs / 1000);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseInvitee(value);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    setProblem(null);
    invite.invite(parsed.invitee);
  };

  let message = '';
  if (invite.status === 'success' && invite.data) {
    message = t('success', { invitee: invite.data.invitee.email ?? String(invite.data.invitee.userId) });
  } else if (invite.wait === 'offline') {
    message = t('offline');
  } else if (invite.error) {
    const wait = invite.wait === 'auto' ? t('retry.auto', { seconds }) : invite.wait === 'manual' ? t('retry.countdown', { seconds }) : '';
    message = `${t(`error.${invite.error.type}`)} ${wait}`.trim();
  } else if (invite.status === 'submitting') {
    message = t('submitting');
  }

  return (
    <form
      onSubmit={onSubmit}
      data-status={invite.status}
      dir={dir}
      style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: '0.5rem', maxInlineSize: '40rem' }}
    >
      <div style={{ display: 'grid', gap: '0.25rem', flex: '1 1 16rem' }}>
        <label htmlFor={inputId}>{t('field.label')}</label>
        <input
          id={inputId}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          style={{ minBlockSize: '2.5rem', font: 'inherit', padding: '0 0.5rem' }}
        />
      </div>
      <button type="submit" disabled={invite.status === 'submitting' || invite.status === 'waiting'} style={{ minBlockSize: '2.5rem' }}>
        {t('submit')}
      </button>
      {invite.canRetry && (
        <button type="button" onClick={invite.retry} style={{ minBlockSize: '2.5rem' }}>
          {t('retry.now')}
        </button>
      )}
      {problem && (
        <p id={problemId} style={{ flexBasis: '100%', margin: 0 }}>
          {t(problem)}
        </p>
      )}
      <p role="status" style={{ flexBasis: '100%', margin: 0 }}>
        {message}
      </p>
    </form>
  );
}
