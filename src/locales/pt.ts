import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/**
 * Portuguese (Brazilian spelling, as CLDR's `pt`). Instructions use the
 * courteous third-person imperative; plurals: one (0 and 1), many, other.
 */
export const pt = {
  trigger: 'Convidar alguém',
  title: 'Convidar alguém para este grupo',
  description: 'Insira o e-mail ou o ID de usuário da pessoa. Ela receberá um convite.',
  'field.label': 'E-mail ou ID de usuário',
  submit: 'Enviar convite',
  submitting: 'Enviando…',
  cancel: 'Cancelar',
  close: 'Fechar',
  success: 'Convite enviado para {invitee}.',
  inviteAnother: 'Convidar outra pessoa',
  'validation.required': 'Insira um e-mail ou um ID de usuário.',
  'validation.email': 'Insira um e-mail válido, como nome@example.com.',
  'validation.userId': 'O ID de usuário é um número inteiro, como 153.',
  'error.invalid_request': 'Não foi possível processar o convite. Verifique o e-mail ou ID e tente novamente.',
  'error.unauthorized': 'Sua sessão expirou. Entre novamente e envie o convite.',
  'error.forbidden': 'Você não tem permissão para convidar pessoas para este grupo. Peça acesso a um administrador.',
  'error.not_found': 'Grupo ou pessoa não encontrados. Verifique o e-mail ou ID, ou reabra o grupo e tente novamente.',
  'error.unprocessable_entity': 'Não é possível convidar este e-mail ou ID. Verifique e tente novamente.',
  'error.rate_limit_exceeded': 'Muitos convites em pouco tempo. Aguarde um momento.',
  'error.internal_server_error': 'Ocorreu um erro do nosso lado, e o convite pode não ter sido enviado.',
  'error.bad_gateway': 'O serviço não conseguiu acessar o servidor.',
  'error.service_unavailable': 'O serviço está sobrecarregado ou em manutenção.',
  'error.gateway_timeout': 'O servidor não respondeu a tempo.',
  'error.network_error': 'Não foi possível conectar. Verifique sua conexão com a internet.',
  'error.timeout': 'A solicitação expirou.',
  'error.unknown_error': 'Erro inesperado. Tente novamente.',
  'error.setup': 'Este formulário não está configurado corretamente. Nada foi enviado.',
  'error.details': 'Resposta do servidor: {message}',
  // `many` is CLDR's form for round millions ("1.000.000 de segundos"), never reached by a countdown.
  'retry.countdown': {
    one: 'Tente novamente em {seconds} segundo.',
    many: 'Tente novamente em {seconds} segundos.',
    other: 'Tente novamente em {seconds} segundos.',
  },
  'retry.auto': {
    one: 'Nova tentativa em {seconds} segundo…',
    many: 'Nova tentativa em {seconds} segundos…',
    other: 'Nova tentativa em {seconds} segundos…',
  },
  'retry.at': 'Tente novamente às {time}.',
  'retry.ready': 'Já é possível tentar novamente.',
  'retry.now': 'Tentar novamente',
  'retry.retrying': 'Tentando novamente…',
  offline: 'Você está off-line. O convite será enviado quando a conexão voltar.',
} as const satisfies LocaleCatalog;

export default pt;
