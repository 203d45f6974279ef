import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/**
 * Russian. Addresses the user as `Вы`; plurals: one (1, 21 секунду), few
 * (2–4 секунды), many (0, 5–20 секунд), other (fractions: 1,5 секунды).
 */
export const ru = {
  trigger: 'Пригласить',
  title: 'Приглашение в группу',
  description: 'Введите email или ID пользователя, и ему придёт приглашение.',
  'field.label': 'Email или ID пользователя',
  submit: 'Отправить приглашение',
  submitting: 'Отправка…',
  cancel: 'Отмена',
  close: 'Закрыть',
  success: 'Приглашение отправлено: {invitee}.',
  inviteAnother: 'Пригласить ещё',
  'validation.required': 'Введите email или ID пользователя.',
  'validation.email': 'Введите корректный email, например name@example.com.',
  'validation.userId': 'ID пользователя — целое число, например 153.',
  'error.invalid_request': 'Не удалось обработать приглашение. Проверьте email или ID и повторите попытку.',
  'error.unauthorized': 'Сеанс истёк. Войдите снова и отправьте приглашение.',
  'error.forbidden': 'У Вас нет прав приглашать в эту группу. Запросите доступ у её администратора.',
  'error.not_found': 'Группа или пользователь не найдены. Проверьте email или ID либо откройте группу заново и повторите попытку.',
  'error.unprocessable_entity': 'Этот email или ID нельзя пригласить. Проверьте его и повторите попытку.',
  'error.rate_limit_exceeded': 'Слишком много приглашений за короткое время. Подождите немного.',
  'error.internal_server_error': 'У нас произошла ошибка. Возможно, приглашение не отправлено.',
  'error.bad_gateway': 'Сервису не удалось связаться с сервером.',
  'error.service_unavailable': 'Сервис перегружен или на обслуживании.',
  'error.gateway_timeout': 'Сервер не ответил вовремя.',
  'error.network_error': 'Нет соединения. Проверьте подключение к интернету.',
  'error.timeout': 'Запрос выполнялся слишком долго.',
  'error.unknown_error': 'Что-то пошло не так. Повторите попытку.',
  'error.setup': 'Форма настроена неверно. Ничего не отправлено.',
  'error.details': 'Ответ сервера: {message}',
  'retry.countdown': {
    one: 'Повторить можно через {seconds} секунду.',
    few: 'Повторить можно через {seconds} секунды.',
    many: 'Повторить можно через {seconds} секунд.',
    other: 'Повторить можно через {seconds} секунды.',
  },
  'retry.auto': {
    one: 'Автоповтор через {seconds} секунду…',
    few: 'Автоповтор через {seconds} секунды…',
    many: 'Автоповтор через {seconds} секунд…',
    other: 'Автоповтор через {seconds} секунды…',
  },
  'retry.at': 'Повторить можно в {time}.',
  'retry.ready': 'Теперь можно повторить попытку.',
  'retry.now': 'Повторить',
  'retry.retrying': 'Повторная попытка…',
  offline: 'Нет сети. Приглашение отправится, когда связь восстановится.',
} as const satisfies LocaleCatalog;

export default ru;
