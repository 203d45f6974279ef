import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/** Dutch. Addresses the user as `u`; plurals: one, other. */
export const nl = {
  trigger: 'Iemand uitnodigen',
  title: 'Iemand uitnodigen voor deze groep',
  description: 'Voer het e-mailadres of de gebruikers-ID in. Deze persoon ontvangt een uitnodiging om lid te worden.',
  'field.label': 'E-mailadres of gebruikers-ID',
  submit: 'Uitnodiging versturen',
  submitting: 'Versturen…',
  cancel: 'Annuleren',
  close: 'Sluiten',
  success: 'Uitnodiging verstuurd naar {invitee}.',
  inviteAnother: 'Nog iemand uitnodigen',
  'validation.required': 'Voer een e-mailadres of gebruikers-ID in.',
  'validation.email': 'Voer een geldig e-mailadres in, zoals naam@example.com.',
  'validation.userId': 'Een gebruikers-ID is een geheel getal, zoals 153.',
  'error.invalid_request': 'De uitnodiging kon niet worden verwerkt. Controleer het e-mailadres of de gebruikers-ID en probeer het opnieuw.',
  'error.unauthorized': 'Uw sessie is verlopen. Meld u opnieuw aan en verstuur dan de uitnodiging.',
  'error.forbidden': 'U hebt geen toestemming om voor deze groep uit te nodigen. Vraag een beheerder om toegang.',
  'error.not_found': 'Groep of persoon niet gevonden. Controleer het e-mailadres of de gebruikers-ID, of open de groep opnieuw en probeer het nog eens.',
  'error.unprocessable_entity': 'Dit e-mailadres of deze gebruikers-ID kan niet worden uitgenodigd. Controleer het en probeer het opnieuw.',
  'error.rate_limit_exceeded': 'Te veel uitnodigingen in korte tijd. Wacht even.',
  'error.internal_server_error': 'Er ging aan onze kant iets mis. Mogelijk is de uitnodiging niet verstuurd.',
  'error.bad_gateway': 'De dienst kon de server niet bereiken.',
  'error.service_unavailable': 'De dienst is overbelast of in onderhoud.',
  'error.gateway_timeout': 'De server reageerde niet op tijd.',
  'error.network_error': 'Geen verbinding. Controleer uw internetverbinding.',
  'error.timeout': 'Het verzoek duurde te lang.',
  'error.unknown_error': 'Er is iets onverwachts gebeurd. Probeer het opnieuw.',
  'error.setup': 'Dit formulier is niet goed ingesteld. Er is niets verzonden.',
  'error.details': 'Antwoord van de server: {message}',
  'retry.countdown': {
    one: 'U kunt het over {seconds} seconde opnieuw proberen.',
    other: 'U kunt het over {seconds} seconden opnieuw proberen.',
  },
  'retry.auto': {
    one: 'Automatisch nieuwe poging over {seconds} seconde…',
    other: 'Automatisch nieuwe poging over {seconds} seconden…',
  },
  'retry.at': 'U kunt het om {time} opnieuw proberen.',
  'retry.ready': 'U kunt het nu opnieuw proberen.',
  'retry.now': 'Opnieuw proberen',
  'retry.retrying': 'Nieuwe poging…',
  offline: 'U bent offline. De uitnodiging wordt verstuurd zodra er weer verbinding is.',
} as const satisfies LocaleCatalog;

export default nl;
