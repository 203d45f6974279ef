import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/** Albanian. Addresses the user as `ju`; plurals: one (person, ftesë), other (persona, ftesa). */
export const sqBulk = {
  'bulk.trigger': 'Fto disa persona',
  'bulk.title': 'Fto njerëz në këtë grup',
  'bulk.description': 'Ngjitni ose shkruani email-et ose ID-të e përdoruesve, të ndara me presje, hapësira ose rreshta të rinj.',
  'bulk.field.label': 'Email-et ose ID-të e përdoruesve',
  'bulk.recipients': 'Marrësit',
  'bulk.count': { one: '{count} person', other: '{count} persona' },
  'bulk.needFixing': { one: '{count} duhet korrigjuar', other: '{count} duhen korrigjuar' },
  'bulk.remove': 'Hiq {invitee}',
  'bulk.duplicate': 'Është tashmë në listë. Dërgohet vetëm një herë.',
  'bulk.tooMany': {
    one: 'Mbi kufirin prej {max} personi njëherësh. Nuk dërgohet.',
    other: 'Mbi kufirin prej {max} personash njëherësh. Nuk dërgohet.',
  },
  'bulk.empty': 'Shtoni të paktën një email ose ID përdoruesi.',
  'bulk.fixFirst': 'Korrigjoni ose hiqni hyrjet e shënuara më lart, pastaj dërgoni.',
  'bulk.submit': { one: 'Fto {count} person', other: 'Fto {count} persona' },
  'bulk.progress': 'Kryer: {done} nga {total}',
  'bulk.status.pending': 'Në pritje',
  'bulk.status.sending': 'Po dërgohet…',
  'bulk.status.waiting': 'Riprovim së shpejti',
  'bulk.status.invited': 'U ftua',
  'bulk.status.failed': 'Nuk u ftua',
  'bulk.status.cancelled': 'Nuk u dërgua',
  'bulk.started': { one: 'Po dërgohet {count} ftesë…', other: 'Po dërgohen {count} ftesa…' },
  'bulk.paused': {
    one: 'Në pauzë: serveri kërkoi të presim. Vazhdon pas {seconds} sekonde.',
    other: 'Në pauzë: serveri kërkoi të presim. Vazhdon pas {seconds} sekondash.',
  },
  'bulk.pausedUntil': 'Në pauzë: serveri kërkoi të presim. Mund të vazhdoni në orën {time}.',
  'bulk.resumed': 'Po vazhdohet…',
  'bulk.offline': 'Jeni jashtë linje. Dërgimi vazhdon sapo të rikthehet lidhja.',
  'bulk.done': { one: 'U krye: {invited} i ftuar.', other: 'U krye: {invited} të ftuar.' },
  'bulk.notInvited': { one: '{failed} nuk u ftua.', other: '{failed} nuk u ftuan.' },
  'bulk.cancelled': 'U ndal. Nuk dërgohet asgjë më.',
  'bulk.retryFailed': 'Riprovo të dështuarat',
  'bulk.inviteMore': 'Fto të tjerë',
} as const satisfies BulkLocaleCatalog;

export default sqBulk;
