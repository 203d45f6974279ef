import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/**
 * Portuguese (Brazilian spelling, as CLDR's `pt`). Instructions use the
 * courteous third-person imperative; plurals: one (0 and 1), many, other.
 */
export const ptBulk = {
  'bulk.trigger': 'Convidar várias pessoas',
  'bulk.title': 'Convidar pessoas para este grupo',
  'bulk.description': 'Cole ou digite os e-mails ou IDs de usuário, separados por vírgulas, espaços ou quebras de linha.',
  'bulk.field.label': 'E-mails ou IDs de usuário',
  'bulk.recipients': 'Destinatários',
  // `many` is CLDR's form for round millions ("1.000.000 de pessoas"), never reached by a batch or a countdown.
  'bulk.count': { one: '{count} pessoa', many: '{count} pessoas', other: '{count} pessoas' },
  'bulk.needFixing': { one: '{count} a corrigir', many: '{count} a corrigir', other: '{count} a corrigir' },
  'bulk.remove': 'Remover {invitee}',
  'bulk.duplicate': 'Já está na lista. Só um convite será enviado.',
  'bulk.tooMany': {
    one: 'Acima do limite de {max} pessoa por envio. Convite não enviado.',
    many: 'Acima do limite de {max} pessoas por envio. Convite não enviado.',
    other: 'Acima do limite de {max} pessoas por envio. Convite não enviado.',
  },
  'bulk.empty': 'Adicione pelo menos um e-mail ou ID de usuário.',
  'bulk.fixFirst': 'Corrija ou remova as entradas marcadas acima e depois envie.',
  'bulk.submit': { one: 'Convidar {count} pessoa', many: 'Convidar {count} pessoas', other: 'Convidar {count} pessoas' },
  'bulk.progress': '{done} de {total} concluídos',
  'bulk.status.pending': 'Aguardando',
  'bulk.status.sending': 'Enviando…',
  'bulk.status.waiting': 'Nova tentativa em breve',
  'bulk.status.invited': 'Convite enviado',
  'bulk.status.failed': 'Falhou',
  'bulk.status.cancelled': 'Não enviado',
  'bulk.started': { one: 'Enviando {count} convite…', many: 'Enviando {count} convites…', other: 'Enviando {count} convites…' },
  'bulk.paused': {
    one: 'Em pausa: o servidor pediu para aguardar. Retomando em {seconds} segundo.',
    many: 'Em pausa: o servidor pediu para aguardar. Retomando em {seconds} segundos.',
    other: 'Em pausa: o servidor pediu para aguardar. Retomando em {seconds} segundos.',
  },
  'bulk.pausedUntil': 'Em pausa: o servidor pediu para aguardar. Você poderá continuar às {time}.',
  'bulk.resumed': 'Retomando…',
  'bulk.offline': 'Você está off-line. O envio continuará quando a conexão voltar.',
  'bulk.done': {
    one: 'Concluído: {invited} convite enviado.',
    many: 'Concluído: {invited} convites enviados.',
    other: 'Concluído: {invited} convites enviados.',
  },
  'bulk.notInvited': { one: '{failed} com falha.', many: '{failed} com falha.', other: '{failed} com falha.' },
  'bulk.cancelled': 'Interrompido. Nada mais será enviado.',
  'bulk.retryFailed': 'Tentar novamente os que falharam',
  'bulk.inviteMore': 'Convidar mais pessoas',
} as const satisfies BulkLocaleCatalog;

export default ptBulk;
