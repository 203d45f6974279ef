import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/**
 * Bengali. Addresses the user as `আপনি`. Nouns stay singular after numbers
 * ("৫ সেকেন্ড"), so both plural forms (one, other) read the same.
 */
export const bn = {
  trigger: 'কাউকে আমন্ত্রণ জানান',
  title: 'এই গ্রুপে কাউকে আমন্ত্রণ জানান',
  description: 'তাঁর ইমেল বা ইউজার আইডি লিখুন। তিনি যোগ দেওয়ার আমন্ত্রণ পাবেন।',
  'field.label': 'ইমেল বা ইউজার আইডি',
  submit: 'আমন্ত্রণ পাঠান',
  submitting: 'পাঠানো হচ্ছে…',
  cancel: 'বাতিল',
  close: 'বন্ধ করুন',
  success: '{invitee}-কে আমন্ত্রণ পাঠানো হয়েছে।',
  inviteAnother: 'আরেকজনকে আমন্ত্রণ জানান',
  'validation.required': 'ইমেল বা ইউজার আইডি লিখুন।',
  'validation.email': 'সঠিক ইমেল লিখুন, যেমন name@example.com।',
  'validation.userId': 'ইউজার আইডি একটি পূর্ণসংখ্যা, যেমন 153।',
  'error.invalid_request': 'আমন্ত্রণটি প্রক্রিয়া করা যায়নি। ইমেল বা ইউজার আইডি দেখে আবার চেষ্টা করুন।',
  'error.unauthorized': 'আপনার সেশনের মেয়াদ শেষ। আবার সাইন ইন করে আমন্ত্রণ পাঠান।',
  'error.forbidden': 'এই গ্রুপে আমন্ত্রণ জানানোর অনুমতি আপনার নেই। গ্রুপের অ্যাডমিনের কাছে অনুমতি চান।',
  'error.not_found': 'গ্রুপ বা ব্যক্তিকে পাওয়া যায়নি। ইমেল বা ইউজার আইডি দেখুন, অথবা গ্রুপটি আবার খুলে চেষ্টা করুন।',
  'error.unprocessable_entity': 'এই ইমেল বা ইউজার আইডিকে আমন্ত্রণ জানানো যাবে না। দেখে আবার চেষ্টা করুন।',
  'error.rate_limit_exceeded': 'অল্প সময়ে অনেক আমন্ত্রণ পাঠানো হয়েছে। অনুগ্রহ করে একটু অপেক্ষা করুন।',
  'error.internal_server_error': 'আমাদের দিকে সমস্যা হয়েছে, আমন্ত্রণটি হয়তো যায়নি।',
  'error.bad_gateway': 'পরিষেবাটি সার্ভারে পৌঁছাতে পারেনি।',
  'error.service_unavailable': 'পরিষেবাটি ব্যস্ত বা রক্ষণাবেক্ষণে আছে।',
  'error.gateway_timeout': 'সার্ভার উত্তর দিতে অনেক দেরি করেছে।',
  'error.network_error': 'সংযোগ করা যায়নি। ইন্টারনেট সংযোগ দেখুন।',
  'error.timeout': 'অনুরোধে অনেক বেশি সময় লেগেছে।',
  'error.unknown_error': 'অপ্রত্যাশিত সমস্যা হয়েছে। অনুগ্রহ করে আবার চেষ্টা করুন।',
  'error.setup': 'এই ফর্মটি ঠিকভাবে সেট আপ করা হয়নি। কিছুই পাঠানো হয়নি।',
  'error.details': 'সার্ভারের উত্তর: {message}',
  'retry.countdown': {
    one: '{seconds} সেকেন্ড পরে আবার চেষ্টা করতে পারবেন।',
    other: '{seconds} সেকেন্ড পরে আবার চেষ্টা করতে পারবেন।',
  },
  'retry.auto': {
    one: '{seconds} সেকেন্ড পরে নিজে থেকে আবার চেষ্টা করা হবে…',
    other: '{seconds} সেকেন্ড পরে নিজে থেকে আবার চেষ্টা করা হবে…',
  },
  'retry.at': '{time}-এ আবার চেষ্টা করতে পারবেন।',
  'retry.ready': 'এখন আবার চেষ্টা করতে পারেন।',
  'retry.now': 'আবার চেষ্টা করুন',
  'retry.retrying': 'আবার চেষ্টা করা হচ্ছে…',
  offline: 'আপনি অফলাইনে আছেন। সংযোগ ফিরলে আমন্ত্রণ পাঠানো হবে।',
} as const satisfies LocaleCatalog;

export default bn;
