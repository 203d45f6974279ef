import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/**
 * Italian. Instructions use the infinitive and statements are impersonal, the
 * courteous register of Italian interfaces; plurals: one, many, other.
 */
export const itBulk = {
  'bulk.trigger': 'Invita più persone',
  'bulk.title': 'Invita persone in questo gruppo',
  'bulk.description': 'Incollare o digitare le email o gli ID utente, separati da virgole, spazi o interruzioni di riga.',
  'bulk.field.label': 'Email o ID utente',
  'bulk.recipients': 'Destinatari',
  // `many` is CLDR's form for round millions ("1.000.000 di persone"), never reached by a batch or a countdown.
  'bulk.count': { one: '{count} persona', many: '{count} persone', other: '{count} persone' },
  'bulk.needFixing': { one: '{count} da correggere', many: '{count} da correggere', other: '{count} da correggere' },
  'bulk.remove': 'Rimuovi {invitee}',
  'bulk.duplicate': 'Già nell’elenco. Verrà inviato un solo invito.',
  'bulk.tooMany': {
    one: 'Oltre il limite di {max} persona per invio. Invito non inviato.',
    many: 'Oltre il limite di {max} persone per invio. Invito non inviato.',
    other: 'Oltre il limite di {max} persone per invio. Invito non inviato.',
  },
  'bulk.empty': 'Aggiungere almeno un’email o un ID utente.',
  'bulk.fixFirst': 'Correggere o rimuovere le voci segnalate sopra, poi inviare.',
  'bulk.submit': { one: 'Invita {count} persona', many: 'Invita {count} persone', other: 'Invita {count} persone' },
  'bulk.progress': '{done} di {total} completati',
  'bulk.status.pending': 'In attesa',
  'bulk.status.sending': 'Invio in corso…',
  'bulk.status.waiting': 'Nuovo tentativo a breve',
  'bulk.status.invited': 'Invito inviato',
  'bulk.status.failed': 'Invito non riuscito',
  'bulk.status.cancelled': 'Non inviato',
  'bulk.started': { one: 'Invio di {count} invito…', many: 'Invio di {count} inviti…', other: 'Invio di {count} inviti…' },
  'bulk.paused': {
    one: 'In pausa: il server ha chiesto di attendere. Ripresa tra {seconds} secondo.',
    many: 'In pausa: il server ha chiesto di attendere. Ripresa tra {seconds} secondi.',
    other: 'In pausa: il server ha chiesto di attendere. Ripresa tra {seconds} secondi.',
  },
  'bulk.pausedUntil': 'In pausa: il server ha chiesto di attendere. Si potrà continuare alle {time}.',
  'bulk.resumed': 'Ripresa in corso…',
  'bulk.offline': 'Nessuna connessione. L’invio riprenderà al ritorno della rete.',
  'bulk.done': {
    one: 'Completato: {invited} invito inviato.',
    many: 'Completato: {invited} inviti inviati.',
    other: 'Completato: {invited} inviti inviati.',
  },
  'bulk.notInvited': { one: '{failed} non riuscito.', many: '{failed} non riusciti.', other: '{failed} non riusciti.' },
  'bulk.cancelled': 'Interrotto. Non verrà inviato altro.',
  'bulk.retryFailed': 'Riprova i non riusciti',
  'bulk.inviteMore': 'Invita altre persone',
} as const satisfies BulkLocaleCatalog;

export default itBulk;
