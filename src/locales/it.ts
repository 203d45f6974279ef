import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/**
 * Italian. Instructions use the infinitive and statements are impersonal, the
 * courteous register of Italian interfaces; plurals: one, many, other.
 */
export const it = {
  trigger: 'Invita qualcuno',
  title: 'Invita qualcuno in questo gruppo',
  description: 'Inserire l’email o l’ID utente della persona, che riceverà un invito.',
  'field.label': 'Email o ID utente',
  submit: 'Invia invito',
  submitting: 'Invio in corso…',
  cancel: 'Annulla',
  close: 'Chiudi',
  success: 'Invito inviato a {invitee}.',
  inviteAnother: 'Invita un’altra persona',
  'validation.required': 'Inserire un’email o un ID utente.',
  'validation.email': 'Inserire un’email valida, ad es. nome@example.com.',
  'validation.userId': 'L’ID utente è un numero intero, ad es. 153.',
  'error.invalid_request': 'Impossibile elaborare l’invito. Controllare l’email o l’ID e riprovare.',
  'error.unauthorized': 'La sessione è scaduta. Accedere di nuovo, poi inviare l’invito.',
  'error.forbidden': 'Non si hanno i permessi per invitare in questo gruppo. Chiederli a un amministratore.',
  'error.not_found': 'Gruppo o persona non trovati. Controllare l’email o l’ID, oppure riaprire il gruppo e riprovare.',
  'error.unprocessable_entity': 'Impossibile invitare questa email o questo ID. Controllarlo e riprovare.',
  'error.rate_limit_exceeded': 'Troppi inviti in poco tempo. Attendere qualche istante.',
  'error.internal_server_error': 'Errore da parte nostra: l’invito potrebbe non essere partito.',
  'error.bad_gateway': 'Il servizio non è riuscito a raggiungere il server.',
  'error.service_unavailable': 'Il servizio è sovraccarico o in manutenzione.',
  'error.gateway_timeout': 'Il server non ha risposto in tempo.',
  'error.network_error': 'Impossibile connettersi. Controllare la connessione a Internet.',
  'error.timeout': 'La richiesta è scaduta.',
  'error.unknown_error': 'Errore imprevisto. Riprovare.',
  'error.setup': 'Questo modulo non è configurato correttamente. Non è stato inviato nulla.',
  'error.details': 'Risposta del server: {message}',
  // `many` is CLDR's form for round millions ("1.000.000 di secondi"), never reached by a countdown.
  'retry.countdown': {
    one: 'Si potrà riprovare tra {seconds} secondo.',
    many: 'Si potrà riprovare tra {seconds} secondi.',
    other: 'Si potrà riprovare tra {seconds} secondi.',
  },
  'retry.auto': {
    one: 'Nuovo tentativo automatico tra {seconds} secondo…',
    many: 'Nuovo tentativo automatico tra {seconds} secondi…',
    other: 'Nuovo tentativo automatico tra {seconds} secondi…',
  },
  'retry.at': 'Si potrà riprovare alle {time}.',
  'retry.ready': 'Ora si può riprovare.',
  'retry.now': 'Riprova',
  'retry.retrying': 'Nuovo tentativo in corso…',
  offline: 'Nessuna connessione. L’invito partirà al ritorno della rete.',
} as const satisfies LocaleCatalog;

export default it;
