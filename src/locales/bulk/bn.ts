import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/**
 * Bengali. Addresses the user as `আপনি`. Nouns stay singular after numbers
 * ("৫ জন"), so both plural forms (one, other) read the same.
 */
export const bnBulk = {
  'bulk.trigger': 'কয়েকজনকে আমন্ত্রণ জানান',
  'bulk.title': 'এই গ্রুপে লোকজনকে আমন্ত্রণ জানান',
  'bulk.description': 'তাঁদের ইমেল বা ইউজার আইডি পেস্ট করুন বা লিখুন; কমা, স্পেস বা নতুন লাইন দিয়ে আলাদা করুন।',
  'bulk.field.label': 'ইমেল বা ইউজার আইডি',
  'bulk.recipients': 'প্রাপক',
  'bulk.count': { one: '{count} জন', other: '{count} জন' },
  'bulk.needFixing': { one: '{count}টি ঠিক করতে হবে', other: '{count}টি ঠিক করতে হবে' },
  'bulk.remove': '{invitee} সরান',
  'bulk.duplicate': 'তালিকায় আগেই আছে। একবারই পাঠানো হবে।',
  'bulk.tooMany': {
    one: 'একবারে সর্বোচ্চ {max} জনের সীমা ছাড়িয়েছে। পাঠানো হবে না।',
    other: 'একবারে সর্বোচ্চ {max} জনের সীমা ছাড়িয়েছে। পাঠানো হবে না।',
  },
  'bulk.empty': 'অন্তত একটি ইমেল বা ইউজার আইডি যোগ করুন।',
  'bulk.fixFirst': 'ওপরে চিহ্নিত এন্ট্রিগুলো ঠিক করুন বা সরান, তারপর পাঠান।',
  'bulk.submit': { one: '{count} জনকে আমন্ত্রণ জানান', other: '{count} জনকে আমন্ত্রণ জানান' },
  'bulk.progress': '{total}টির মধ্যে {done}টি সম্পন্ন',
  'bulk.status.pending': 'অপেক্ষমাণ',
  'bulk.status.sending': 'পাঠানো হচ্ছে…',
  'bulk.status.waiting': 'শীঘ্রই আবার চেষ্টা',
  'bulk.status.invited': 'আমন্ত্রিত',
  'bulk.status.failed': 'আমন্ত্রিত হয়নি',
  'bulk.status.cancelled': 'পাঠানো হয়নি',
  'bulk.started': { one: '{count}টি আমন্ত্রণ পাঠানো হচ্ছে…', other: '{count}টি আমন্ত্রণ পাঠানো হচ্ছে…' },
  'bulk.paused': {
    one: 'বিরতি: সার্ভার অপেক্ষা করতে বলেছে। {seconds} সেকেন্ড পরে আবার চলবে।',
    other: 'বিরতি: সার্ভার অপেক্ষা করতে বলেছে। {seconds} সেকেন্ড পরে আবার চলবে।',
  },
  'bulk.pausedUntil': 'বিরতি: সার্ভার অপেক্ষা করতে বলেছে। {time}-এ আবার চালু করতে পারবেন।',
  'bulk.resumed': 'আবার চলছে…',
  'bulk.offline': 'আপনি অফলাইনে আছেন। সংযোগ ফিরলে পাঠানো আবার চলবে।',
  'bulk.done': { one: 'সম্পন্ন: {invited} জন আমন্ত্রিত।', other: 'সম্পন্ন: {invited} জন আমন্ত্রিত।' },
  'bulk.notInvited': { one: '{failed} জন আমন্ত্রিত হননি।', other: '{failed} জন আমন্ত্রিত হননি।' },
  'bulk.cancelled': 'থামানো হয়েছে। আর কিছু পাঠানো হবে না।',
  'bulk.retryFailed': 'ব্যর্থগুলো আবার চেষ্টা করুন',
  'bulk.inviteMore': 'আরও লোককে আমন্ত্রণ জানান',
} as const satisfies BulkLocaleCatalog;

export default bnBulk;
