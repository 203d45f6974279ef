import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/** French. Addresses the user as `vous`; plurals: one (0 and 1), many, other. */
export const frBulk = {
  'bulk.trigger': 'Inviter plusieurs personnes',
  'bulk.title': 'Inviter des personnes dans ce groupe',
  'bulk.description': 'Collez ou saisissez leurs e-mails ou ID utilisateur, séparés par des virgules, des espaces ou des retours à la ligne.',
  'bulk.field.label': 'E-mails ou ID utilisateur',
  'bulk.recipients': 'Destinataires',
  // `many` is CLDR's form for round millions ("1 000 000 de personnes"); a batch
  // and a countdown never get there, so it reads as `other`.
  'bulk.count': { one: '{count} personne', many: '{count} personnes', other: '{count} personnes' },
  'bulk.needFixing': { one: '{count} à corriger', many: '{count} à corriger', other: '{count} à corriger' },
  'bulk.remove': 'Retirer {invitee}',
  'bulk.duplicate': 'Déjà dans la liste. Une seule invitation sera envoyée.',
  'bulk.tooMany': {
    one: 'Limite de {max} personne par envoi dépassée. Invitation non envoyée.',
    many: 'Limite de {max} personnes par envoi dépassée. Invitation non envoyée.',
    other: 'Limite de {max} personnes par envoi dépassée. Invitation non envoyée.',
  },
  'bulk.empty': 'Ajoutez au moins un e-mail ou un ID utilisateur.',
  'bulk.fixFirst': 'Corrigez ou retirez les entrées signalées ci-dessus, puis envoyez.',
  'bulk.submit': { one: 'Inviter {count} personne', many: 'Inviter {count} personnes', other: 'Inviter {count} personnes' },
  'bulk.progress': '{done} sur {total} traitées',
  'bulk.status.pending': 'En attente',
  'bulk.status.sending': 'Envoi…',
  'bulk.status.waiting': 'Nouvel essai bientôt',
  'bulk.status.invited': 'Invitation envoyée',
  'bulk.status.failed': 'Échec',
  'bulk.status.cancelled': 'Non envoyée',
  'bulk.started': {
    one: 'Envoi de {count} invitation…',
    many: 'Envoi de {count} invitations…',
    other: 'Envoi de {count} invitations…',
  },
  'bulk.paused': {
    one: 'En pause\u00a0: le serveur demande de patienter. Reprise dans {seconds} seconde.',
    many: 'En pause\u00a0: le serveur demande de patienter. Reprise dans {seconds} secondes.',
    other: 'En pause\u00a0: le serveur demande de patienter. Reprise dans {seconds} secondes.',
  },
  'bulk.pausedUntil': 'En pause\u00a0: le serveur demande de patienter. Vous pourrez continuer à {time}.',
  'bulk.resumed': 'Reprise…',
  'bulk.offline': 'Vous êtes hors ligne. L’envoi reprendra au retour de la connexion.',
  'bulk.done': {
    one: 'Terminé\u00a0: {invited} invitation envoyée.',
    many: 'Terminé\u00a0: {invited} invitations envoyées.',
    other: 'Terminé\u00a0: {invited} invitations envoyées.',
  },
  'bulk.notInvited': { one: '{failed} échec.', many: '{failed} échecs.', other: '{failed} échecs.' },
  'bulk.cancelled': 'Envoi arrêté\u00a0: plus rien ne sera envoyé.',
  'bulk.retryFailed': 'Réessayer les échecs',
  'bulk.inviteMore': 'Inviter d’autres personnes',
} as const satisfies BulkLocaleCatalog;

export default frBulk;
