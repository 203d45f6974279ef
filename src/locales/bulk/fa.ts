import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/**
 * Persian. Addresses the user as `شما`. Nouns stay singular after numbers
 * ("۵ نفر"); the two plural forms (one, other) differ only in verb agreement.
 */
export const faBulk = {
  'bulk.trigger': 'دعوت از چند نفر',
  'bulk.title': 'دعوت افراد به این گروه',
  'bulk.description': 'ایمیل یا شناسهٔ کاربری افراد را بچسبانید یا بنویسید و با ویرگول، فاصله یا خط جدید جدا کنید.',
  'bulk.field.label': 'ایمیل‌ها یا شناسه‌های کاربری',
  'bulk.recipients': 'گیرندگان',
  'bulk.count': { one: '{count} نفر', other: '{count} نفر' },
  'bulk.needFixing': { one: '{count} مورد نیازمند اصلاح', other: '{count} مورد نیازمند اصلاح' },
  'bulk.remove': 'حذف {invitee}',
  'bulk.duplicate': 'تکراری است. فقط یک بار فرستاده می‌شود.',
  'bulk.tooMany': {
    one: 'بیش از سقف {max} نفر در هر بار. فرستاده نمی‌شود.',
    other: 'بیش از سقف {max} نفر در هر بار. فرستاده نمی‌شود.',
  },
  'bulk.empty': 'دست‌کم یک ایمیل یا شناسهٔ کاربری وارد کنید.',
  'bulk.fixFirst': 'موارد علامت‌خورده در بالا را اصلاح یا حذف کنید، سپس بفرستید.',
  'bulk.submit': { one: 'دعوت از {count} نفر', other: 'دعوت از {count} نفر' },
  'bulk.progress': '{done} از {total} انجام شد',
  'bulk.status.pending': 'در انتظار',
  'bulk.status.sending': 'در حال ارسال…',
  'bulk.status.waiting': 'تلاش دوباره به‌زودی',
  'bulk.status.invited': 'دعوت شد',
  'bulk.status.failed': 'دعوت نشد',
  'bulk.status.cancelled': 'ارسال نشد',
  'bulk.started': { one: 'در حال ارسال {count} دعوت‌نامه…', other: 'در حال ارسال {count} دعوت‌نامه…' },
  'bulk.paused': {
    one: 'مکث: سرور خواست کمی صبر کنیم. {seconds} ثانیهٔ دیگر ادامه می‌دهیم.',
    other: 'مکث: سرور خواست کمی صبر کنیم. {seconds} ثانیهٔ دیگر ادامه می‌دهیم.',
  },
  'bulk.pausedUntil': 'مکث: سرور خواست کمی صبر کنیم. ساعت {time} می‌توانید ادامه دهید.',
  'bulk.resumed': 'ادامهٔ ارسال…',
  'bulk.offline': 'شما آفلاین هستید. ارسال پس از برقراری اتصال ادامه می‌یابد.',
  'bulk.done': { one: 'پایان: {invited} نفر دعوت شد.', other: 'پایان: {invited} نفر دعوت شدند.' },
  'bulk.notInvited': { one: '{failed} نفر دعوت نشد.', other: '{failed} نفر دعوت نشدند.' },
  'bulk.cancelled': 'متوقف شد. چیز دیگری فرستاده نمی‌شود.',
  'bulk.retryFailed': 'تلاش دوباره برای ناموفق‌ها',
  'bulk.inviteMore': 'دعوت از افراد بیشتر',
} as const satisfies BulkLocaleCatalog;

export default faBulk;
