import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/**
 * Urdu. Addresses the user as `آپ`. Nouns stay singular after numbers
 * ("5 سیکنڈ"), so both plural forms (one, other) read the same.
 */
export const ur = {
  trigger: 'کسی کو مدعو کریں',
  title: 'اس گروپ میں کسی کو مدعو کریں',
  description: 'ان کا ای میل یا صارف آئی ڈی درج کریں۔ انہیں شامل ہونے کا دعوت نامہ ملے گا۔',
  'field.label': 'ای میل یا صارف آئی ڈی',
  submit: 'دعوت نامہ بھیجیں',
  submitting: 'بھیجا جا رہا ہے…',
  cancel: 'منسوخ کریں',
  close: 'بند کریں',
  success: '{invitee} کو دعوت نامہ بھیج دیا گیا۔',
  inviteAnother: 'کسی اور کو مدعو کریں',
  'validation.required': 'ای میل یا صارف آئی ڈی درج کریں۔',
  'validation.email': 'درست ای میل درج کریں، جیسے name@example.com۔',
  'validation.userId': 'صارف آئی ڈی ایک مکمل عدد ہے، جیسے 153۔',
  'error.invalid_request': 'دعوت نامے پر کارروائی نہیں ہو سکی۔ ای میل یا صارف آئی ڈی چیک کر کے دوبارہ کوشش کریں۔',
  'error.unauthorized': 'آپ کا سیشن ختم ہو گیا ہے۔ دوبارہ سائن ان کریں، پھر دعوت نامہ بھیجیں۔',
  'error.forbidden': 'آپ کو اس گروپ میں لوگوں کو مدعو کرنے کی اجازت نہیں۔ گروپ کے کسی ایڈمن سے رسائی مانگیں۔',
  'error.not_found': 'یہ گروپ یا شخص نہیں ملا۔ ای میل یا صارف آئی ڈی چیک کریں، یا گروپ دوبارہ کھول کر پھر کوشش کریں۔',
  'error.unprocessable_entity': 'اس ای میل یا صارف آئی ڈی کو مدعو نہیں کیا جا سکتا۔ اسے چیک کر کے دوبارہ کوشش کریں۔',
  'error.rate_limit_exceeded': 'کم وقت میں بہت زیادہ دعوت نامے بھیجے گئے۔ براہ کرم تھوڑا انتظار کریں۔',
  'error.internal_server_error': 'ہماری طرف کوئی خرابی ہوئی، ممکن ہے دعوت نامہ نہ گیا ہو۔',
  'error.bad_gateway': 'سروس اپنے سرور تک نہیں پہنچ سکی۔',
  'error.service_unavailable': 'سروس مصروف ہے یا مرمت کے لیے بند ہے۔',
  'error.gateway_timeout': 'سرور نے جواب دینے میں بہت دیر لگائی۔',
  'error.network_error': 'کنکشن نہیں ہو سکا۔ اپنا انٹرنیٹ کنکشن چیک کریں۔',
  'error.timeout': 'درخواست میں بہت دیر لگ گئی۔',
  'error.unknown_error': 'کچھ غیر متوقع ہوا۔ براہ کرم دوبارہ کوشش کریں۔',
  'error.setup': 'یہ فارم درست طریقے سے ترتیب نہیں دیا گیا۔ کچھ نہیں بھیجا گیا۔',
  'error.details': 'سرور کا جواب: {message}',
  'retry.countdown': {
    one: 'آپ {seconds} سیکنڈ بعد دوبارہ کوشش کر سکتے ہیں۔',
    other: 'آپ {seconds} سیکنڈ بعد دوبارہ کوشش کر سکتے ہیں۔',
  },
  'retry.auto': {
    one: '{seconds} سیکنڈ بعد خود بخود دوبارہ کوشش ہو گی…',
    other: '{seconds} سیکنڈ بعد خود بخود دوبارہ کوشش ہو گی…',
  },
  'retry.at': 'آپ {time} پر دوبارہ کوشش کر سکتے ہیں۔',
  'retry.ready': 'اب آپ دوبارہ کوشش کر سکتے ہیں۔',
  'retry.now': 'دوبارہ کوشش کریں',
  'retry.retrying': 'دوبارہ کوشش ہو رہی ہے…',
  offline: 'آپ آف لائن ہیں۔ کنکشن بحال ہوتے ہی دعوت نامہ بھیج دیا جائے گا۔',
} as const satisfies LocaleCatalog;

export default ur;
