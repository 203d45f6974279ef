import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/**
 * Urdu. Addresses the user as `آپ`. Plural forms (one, other) differ where
 * the noun or verb does ("1 شخص" / "5 افراد", "دعوت نامہ" / "دعوت نامے").
 */
export const urBulk = {
  'bulk.trigger': 'کئی لوگوں کو مدعو کریں',
  'bulk.title': 'اس گروپ میں لوگوں کو مدعو کریں',
  'bulk.description': 'ان کے ای میل یا صارف آئی ڈی پیسٹ کریں یا لکھیں، کوما، اسپیس یا نئی لائن سے الگ کر کے۔',
  'bulk.field.label': 'ای میلز یا صارف آئی ڈیز',
  'bulk.recipients': 'وصول کنندگان',
  'bulk.count': { one: '{count} شخص', other: '{count} افراد' },
  'bulk.needFixing': { one: '{count} کو درست کرنا ہے', other: '{count} کو درست کرنا ہے' },
  'bulk.remove': '{invitee} کو ہٹائیں',
  'bulk.duplicate': 'فہرست میں پہلے سے ہے۔ ایک ہی بار بھیجا جائے گا۔',
  'bulk.tooMany': {
    one: 'ایک وقت میں {max} شخص کی حد سے زیادہ۔ نہیں بھیجا جائے گا۔',
    other: 'ایک وقت میں {max} افراد کی حد سے زیادہ۔ نہیں بھیجا جائے گا۔',
  },
  'bulk.empty': 'کم از کم ایک ای میل یا صارف آئی ڈی شامل کریں۔',
  'bulk.fixFirst': 'اوپر نشان زدہ اندراجات درست کریں یا ہٹائیں، پھر بھیجیں۔',
  'bulk.submit': { one: '{count} شخص کو مدعو کریں', other: '{count} افراد کو مدعو کریں' },
  'bulk.progress': '{total} میں سے {done} مکمل',
  'bulk.status.pending': 'انتظار میں',
  'bulk.status.sending': 'بھیجا جا رہا ہے…',
  'bulk.status.waiting': 'جلد دوبارہ کوشش ہو گی',
  'bulk.status.invited': 'مدعو کر لیا گیا',
  'bulk.status.failed': 'مدعو نہیں ہوا',
  'bulk.status.cancelled': 'نہیں بھیجا گیا',
  'bulk.started': {
    one: '{count} دعوت نامہ بھیجا جا رہا ہے…',
    other: '{count} دعوت نامے بھیجے جا رہے ہیں…',
  },
  'bulk.paused': {
    one: 'رکا ہوا: سرور نے انتظار کو کہا ہے۔ {seconds} سیکنڈ بعد جاری رہے گا۔',
    other: 'رکا ہوا: سرور نے انتظار کو کہا ہے۔ {seconds} سیکنڈ بعد جاری رہے گا۔',
  },
  'bulk.pausedUntil': 'رکا ہوا: سرور نے انتظار کو کہا ہے۔ آپ {time} پر جاری رکھ سکتے ہیں۔',
  'bulk.resumed': 'دوبارہ جاری…',
  'bulk.offline': 'آپ آف لائن ہیں۔ کنکشن بحال ہوتے ہی بھیجنا جاری رہے گا۔',
  'bulk.done': { one: 'مکمل: {invited} شخص مدعو ہوا۔', other: 'مکمل: {invited} افراد مدعو ہوئے۔' },
  'bulk.notInvited': { one: '{failed} شخص مدعو نہیں ہوا۔', other: '{failed} افراد مدعو نہیں ہوئے۔' },
  'bulk.cancelled': 'روک دیا گیا۔ مزید کچھ نہیں بھیجا جائے گا۔',
  'bulk.retryFailed': 'ناکام پر دوبارہ کوشش کریں',
  'bulk.inviteMore': 'مزید لوگوں کو مدعو کریں',
} as const satisfies BulkLocaleCatalog;

export default urBulk;
