import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/** French. Addresses the user as `vous`; plurals: one (0 and 1), many, other. */
export const fr = {
  trigger: 'Inviter quelqu’un',
  title: 'Inviter quelqu’un dans ce groupe',
  description: 'Saisissez son e-mail ou son ID utilisateur pour lui envoyer une invitation.',
  'field.label': 'E-mail ou ID utilisateur',
  submit: 'Envoyer l’invitation',
  submitting: 'Envoi…',
  cancel: 'Annuler',
  close: 'Fermer',
  success: 'Invitation envoyée à {invitee}.',
  inviteAnother: 'Inviter quelqu’un d’autre',
  'validation.required': 'Saisissez un e-mail ou un ID utilisateur.',
  'validation.email': 'Saisissez un e-mail valide, par ex. nom@example.com.',
  'validation.userId': 'Un ID utilisateur est un nombre entier, par ex. 153.',
  'error.invalid_request': 'L’invitation n’a pas pu être traitée. Vérifiez l’e-mail ou l’ID, puis réessayez.',
  'error.unauthorized': 'Session expirée. Reconnectez-vous, puis renvoyez l’invitation.',
  'error.forbidden': 'Vous n’avez pas le droit d’inviter dans ce groupe. Demandez l’accès à un administrateur.',
  'error.not_found': 'Groupe ou personne introuvable. Vérifiez l’e-mail ou l’ID, ou rouvrez le groupe et réessayez.',
  'error.unprocessable_entity': 'Cet e-mail ou cet ID ne peut pas être invité. Vérifiez-le et réessayez.',
  'error.rate_limit_exceeded': 'Trop d’invitations d’un coup. Patientez un instant.',
  'error.internal_server_error': 'Erreur de notre côté\u00a0: l’invitation n’est peut-être pas partie.',
  'error.bad_gateway': 'Le service n’a pas pu joindre son serveur.',
  'error.service_unavailable': 'Le service est surchargé ou en maintenance.',
  'error.gateway_timeout': 'Le serveur n’a pas répondu à temps.',
  'error.network_error': 'Connexion impossible. Vérifiez votre accès à Internet.',
  'error.timeout': 'La requête a expiré.',
  'error.unknown_error': 'Erreur inattendue. Veuillez réessayer.',
  'error.setup': 'Ce formulaire est mal configuré. Rien n’a été envoyé.',
  'error.details': 'Réponse du serveur\u00a0: {message}',
  // `many` is CLDR's form for round millions ("1 000 000 de secondes"); a
  // countdown never gets there, and digits read naturally with `secondes`.
  'retry.countdown': {
    one: 'Réessayez dans {seconds} seconde.',
    many: 'Réessayez dans {seconds} secondes.',
    other: 'Réessayez dans {seconds} secondes.',
  },
  'retry.auto': {
    one: 'Nouvel essai dans {seconds} seconde…',
    many: 'Nouvel essai dans {seconds} secondes…',
    other: 'Nouvel essai dans {seconds} secondes…',
  },
  'retry.at': 'Réessayez à {time}.',
  'retry.ready': 'Vous pouvez réessayer.',
  'retry.now': 'Réessayer',
  'retry.retrying': 'Nouvel essai…',
  offline: 'Vous êtes hors ligne. L’invitation partira au retour de la connexion.',
} as const satisfies LocaleCatalog;

export default fr;
