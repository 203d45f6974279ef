import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/**
 * Russian. Addresses the user as `Вы`; plurals: one (1, 21 приглашение), few
 * (2–4 приглашения), many (0, 5–20 приглашений), other (fractions: 1,5 приглашения).
 */
export const ruBulk = {
  'bulk.trigger': 'Пригласить нескольких',
  'bulk.title': 'Пригласить людей в группу',
  'bulk.description': 'Вставьте или введите email или ID пользователей через запятую, пробел или с новой строки.',
  'bulk.field.label': 'Email или ID пользователей',
  'bulk.recipients': 'Получатели',
  'bulk.count': {
    one: '{count} человек',
    few: '{count} человека',
    many: '{count} человек',
    other: '{count} человека',
  },
  'bulk.needFixing': {
    one: '{count} нужно исправить',
    few: '{count} нужно исправить',
    many: '{count} нужно исправить',
    other: '{count} нужно исправить',
  },
  'bulk.remove': 'Удалить {invitee}',
  'bulk.duplicate': 'Уже есть в списке. Отправится один раз.',
  'bulk.tooMany': {
    one: 'Превышен лимит: не более {max} человека за раз. Не отправится.',
    few: 'Превышен лимит: не более {max} человек за раз. Не отправится.',
    many: 'Превышен лимит: не более {max} человек за раз. Не отправится.',
    other: 'Превышен лимит: не более {max} человека за раз. Не отправится.',
  },
  'bulk.empty': 'Добавьте хотя бы один email или ID пользователя.',
  'bulk.fixFirst': 'Исправьте или удалите отмеченные выше записи, затем отправьте.',
  'bulk.submit': {
    one: 'Отправить {count} приглашение',
    few: 'Отправить {count} приглашения',
    many: 'Отправить {count} приглашений',
    other: 'Отправить {count} приглашения',
  },
  'bulk.progress': 'Готово {done} из {total}',
  'bulk.status.pending': 'Ожидает',
  'bulk.status.sending': 'Отправка…',
  'bulk.status.waiting': 'Скоро повтор',
  'bulk.status.invited': 'Приглашение отправлено',
  'bulk.status.failed': 'Не удалось пригласить',
  'bulk.status.cancelled': 'Не отправлено',
  'bulk.started': {
    one: 'Отправка {count} приглашения…',
    few: 'Отправка {count} приглашений…',
    many: 'Отправка {count} приглашений…',
    other: 'Отправка {count} приглашения…',
  },
  'bulk.paused': {
    one: 'Пауза: сервер просит подождать. Продолжим через {seconds} секунду.',
    few: 'Пауза: сервер просит подождать. Продолжим через {seconds} секунды.',
    many: 'Пауза: сервер просит подождать. Продолжим через {seconds} секунд.',
    other: 'Пауза: сервер просит подождать. Продолжим через {seconds} секунды.',
  },
  'bulk.pausedUntil': 'Пауза: сервер просит подождать. Продолжить можно в {time}.',
  'bulk.resumed': 'Продолжаем…',
  'bulk.offline': 'Нет сети. Отправка продолжится, когда связь восстановится.',
  'bulk.done': {
    one: 'Готово. Приглашено: {invited}.',
    few: 'Готово. Приглашено: {invited}.',
    many: 'Готово. Приглашено: {invited}.',
    other: 'Готово. Приглашено: {invited}.',
  },
  'bulk.notInvited': {
    one: 'Не приглашено: {failed}.',
    few: 'Не приглашено: {failed}.',
    many: 'Не приглашено: {failed}.',
    other: 'Не приглашено: {failed}.',
  },
  'bulk.cancelled': 'Остановлено. Больше ничего не отправится.',
  'bulk.retryFailed': 'Повторить неудачные',
  'bulk.inviteMore': 'Пригласить ещё',
} as const satisfies BulkLocaleCatalog;

export default ruBulk;
