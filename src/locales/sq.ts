import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/** Albanian. Addresses the user as `ju`; plurals: one (sekonde), other (sekondash). */
export const sq = {
  trigger: 'Fto dikë',
  title: 'Fto dikë në këtë grup',
  description: 'Shkruani email-in ose ID-në e përdoruesit. Personi do të marrë një ftesë.',
  'field.label': 'Email-i ose ID-ja e përdoruesit',
  submit: 'Dërgo ftesën',
  submitting: 'Po dërgohet…',
  cancel: 'Anulo',
  close: 'Mbyll',
  success: 'Ftesa u dërgua te {invitee}.',
  inviteAnother: 'Fto dikë tjetër',
  'validation.required': 'Shkruani një email ose një ID përdoruesi.',
  'validation.email': 'Shkruani një email të vlefshëm, p.sh. emri@example.com.',
  'validation.userId': 'ID-ja e përdoruesit është numër i plotë, p.sh. 153.',
  'error.invalid_request': 'Ftesa nuk u përpunua dot. Kontrolloni email-in ose ID-në dhe provoni sërish.',
  'error.unauthorized': 'Seanca ka skaduar. Hyni sërish dhe dërgoni ftesën.',
  'error.forbidden': 'Nuk keni leje të ftoni në këtë grup. Kërkojini qasje një administratori.',
  'error.not_found': 'Grupi ose personi nuk u gjet. Kontrolloni email-in ose ID-në, ose rihapni grupin dhe provoni sërish.',
  'error.unprocessable_entity': 'Ky email ose kjo ID nuk mund të ftohet. Kontrollojeni dhe provoni sërish.',
  'error.rate_limit_exceeded': 'Shumë ftesa në pak kohë. Prisni një çast.',
  'error.internal_server_error': 'Ndodhi një gabim nga ana jonë; ftesa mund të mos jetë dërguar.',
  'error.bad_gateway': 'Shërbimi nuk u lidh dot me serverin.',
  'error.service_unavailable': 'Shërbimi është i mbingarkuar ose në mirëmbajtje.',
  'error.gateway_timeout': 'Serveri nuk u përgjigj në kohë.',
  'error.network_error': 'Lidhja dështoi. Kontrolloni lidhjen me internetin.',
  'error.timeout': 'Kërkesa zgjati shumë.',
  'error.unknown_error': 'Ndodhi një gabim i papritur. Provoni sërish.',
  'error.setup': 'Ky formular nuk është konfiguruar si duhet. Nuk u dërgua asgjë.',
  'error.details': 'Përgjigjja e serverit: {message}',
  'retry.countdown': {
    one: 'Provoni sërish pas {seconds} sekonde.',
    other: 'Provoni sërish pas {seconds} sekondash.',
  },
  'retry.auto': {
    one: 'Riprovim automatik pas {seconds} sekonde…',
    other: 'Riprovim automatik pas {seconds} sekondash…',
  },
  'retry.at': 'Provoni sërish në orën {time}.',
  'retry.ready': 'Tani mund të provoni sërish.',
  'retry.now': 'Provo sërish',
  'retry.retrying': 'Po provohet sërish…',
  offline: 'Jeni jashtë linje. Ftesa do të dërgohet sapo të rikthehet lidhja.',
} as const satisfies LocaleCatalog;

export default sq;
