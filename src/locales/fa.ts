import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/**
 * Persian. Addresses the user as `شما`. Nouns stay singular after numbers
 * ("۵ ثانیه"), so both plural forms (one, other) read the same.
 */
export const fa = {
  trigger: 'دعوت از دیگران',
  title: 'دعوت به این گروه',
  description: 'ایمیل یا شناسهٔ کاربری فرد را وارد کنید تا دعوت‌نامهٔ عضویت برایش فرستاده شود.',
  'field.label': 'ایمیل یا شناسهٔ کاربری',
  submit: 'ارسال دعوت‌نامه',
  submitting: 'در حال ارسال…',
  cancel: 'لغو',
  close: 'بستن',
  success: 'دعوت‌نامه برای {invitee} ارسال شد.',
  inviteAnother: 'دعوت از فردی دیگر',
  'validation.required': 'ایمیل یا شناسهٔ کاربری را وارد کنید.',
  'validation.email': 'ایمیل معتبری وارد کنید، مانند name@example.com.',
  'validation.userId': 'شناسهٔ کاربری یک عدد صحیح است، مانند 153.',
  'error.invalid_request': 'دعوت‌نامه پردازش نشد. ایمیل یا شناسهٔ کاربری را بررسی و دوباره تلاش کنید.',
  'error.unauthorized': 'نشست شما به پایان رسیده است. دوباره وارد شوید و دعوت‌نامه را بفرستید.',
  'error.forbidden': 'اجازهٔ دعوت افراد به این گروه را ندارید. از یکی از مدیران گروه دسترسی بخواهید.',
  'error.not_found': 'این گروه یا فرد پیدا نشد. ایمیل یا شناسهٔ کاربری را بررسی کنید، یا گروه را از نو باز کنید و دوباره تلاش کنید.',
  'error.unprocessable_entity': 'نمی‌توان این ایمیل یا شناسهٔ کاربری را دعوت کرد. آن را بررسی و دوباره تلاش کنید.',
  'error.rate_limit_exceeded': 'در مدت کوتاهی دعوت‌های زیادی فرستاده شد. لطفاً کمی صبر کنید.',
  'error.internal_server_error': 'مشکلی از سمت ما پیش آمد و شاید دعوت‌نامه ارسال نشده باشد.',
  'error.bad_gateway': 'سرویس نتوانست به سرور خود دسترسی پیدا کند.',
  'error.service_unavailable': 'سرویس شلوغ است یا در حال تعمیر و نگهداری است.',
  'error.gateway_timeout': 'پاسخ سرور بیش از حد طول کشید.',
  'error.network_error': 'اتصال برقرار نشد. اتصال اینترنت خود را بررسی کنید.',
  'error.timeout': 'درخواست بیش از حد طول کشید.',
  'error.unknown_error': 'خطای غیرمنتظره‌ای رخ داد. لطفاً دوباره تلاش کنید.',
  'error.setup': 'این فرم درست تنظیم نشده است. چیزی ارسال نشد.',
  'error.details': 'پاسخ سرور: {message}',
  'retry.countdown': {
    one: '{seconds} ثانیهٔ دیگر می‌توانید دوباره تلاش کنید.',
    other: '{seconds} ثانیهٔ دیگر می‌توانید دوباره تلاش کنید.',
  },
  'retry.auto': {
    one: 'تلاش دوبارهٔ خودکار تا {seconds} ثانیهٔ دیگر…',
    other: 'تلاش دوبارهٔ خودکار تا {seconds} ثانیهٔ دیگر…',
  },
  'retry.at': 'ساعت {time} می‌توانید دوباره تلاش کنید.',
  'retry.ready': 'اکنون می‌توانید دوباره تلاش کنید.',
  'retry.now': 'تلاش دوباره',
  'retry.retrying': 'در حال تلاش دوباره…',
  offline: 'شما آفلاین هستید. دعوت‌نامه پس از برقراری اتصال ارسال می‌شود.',
} as const satisfies LocaleCatalog;

export default fa;
