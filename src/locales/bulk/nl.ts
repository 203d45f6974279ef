import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/** Dutch. Addresses the user as `u`; plurals: one, other. */
export const nlBulk = {
  'bulk.trigger': 'Meerdere personen uitnodigen',
  'bulk.title': 'Personen uitnodigen voor deze groep',
  'bulk.description': 'Plak of typ hun e-mailadressen of gebruikers-ID’s, gescheiden door komma’s, spaties of nieuwe regels.',
  'bulk.field.label': 'E-mailadressen of gebruikers-ID’s',
  'bulk.recipients': 'Ontvangers',
  'bulk.count': { one: '{count} persoon', other: '{count} personen' },
  'bulk.needFixing': { one: '{count} te verbeteren', other: '{count} te verbeteren' },
  'bulk.remove': '{invitee} verwijderen',
  'bulk.duplicate': 'Staat al in de lijst en wordt maar één keer verstuurd.',
  'bulk.tooMany': {
    one: 'Boven de limiet van {max} persoon per keer. Niet verstuurd.',
    other: 'Boven de limiet van {max} personen per keer. Niet verstuurd.',
  },
  'bulk.empty': 'Voeg minstens één e-mailadres of gebruikers-ID toe.',
  'bulk.fixFirst': 'Verbeter of verwijder de gemarkeerde items hierboven en verstuur daarna.',
  'bulk.submit': { one: '{count} persoon uitnodigen', other: '{count} personen uitnodigen' },
  'bulk.progress': '{done} van {total} klaar',
  'bulk.status.pending': 'In de wachtrij',
  'bulk.status.sending': 'Versturen…',
  'bulk.status.waiting': 'Zo meteen nieuwe poging',
  'bulk.status.invited': 'Uitgenodigd',
  'bulk.status.failed': 'Niet uitgenodigd',
  'bulk.status.cancelled': 'Niet verstuurd',
  'bulk.started': { one: '{count} uitnodiging versturen…', other: '{count} uitnodigingen versturen…' },
  'bulk.paused': {
    one: 'Gepauzeerd: de server vraagt om te wachten. Verder over {seconds} seconde.',
    other: 'Gepauzeerd: de server vraagt om te wachten. Verder over {seconds} seconden.',
  },
  'bulk.pausedUntil': 'Gepauzeerd: de server vraagt om te wachten. U kunt om {time} verdergaan.',
  'bulk.resumed': 'Verder met versturen…',
  'bulk.offline': 'U bent offline. Het versturen gaat verder zodra er weer verbinding is.',
  'bulk.done': { one: 'Klaar: {invited} uitgenodigd.', other: 'Klaar: {invited} uitgenodigd.' },
  'bulk.notInvited': { one: '{failed} niet uitgenodigd.', other: '{failed} niet uitgenodigd.' },
  'bulk.cancelled': 'Gestopt. Er wordt niets meer verstuurd.',
  'bulk.retryFailed': 'Mislukte opnieuw proberen',
  'bulk.inviteMore': 'Meer personen uitnodigen',
} as const satisfies BulkLocaleCatalog;

export default nlBulk;
