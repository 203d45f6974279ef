import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/**
 * Turkish. Addresses the user as `siz`. Nouns stay singular after numbers
 * ("5 saniye"), so both plural forms (one, other) read the same.
 */
export const tr = {
  trigger: 'Birini davet et',
  title: 'Bu gruba birini davet edin',
  description: 'Kişinin e-postasını veya kullanıcı kimliğini girin; davet ona gönderilecek.',
  'field.label': 'E-posta veya kullanıcı kimliği',
  submit: 'Davet gönder',
  submitting: 'Gönderiliyor…',
  cancel: 'İptal',
  close: 'Kapat',
  success: 'Davet gönderildi: {invitee}.',
  inviteAnother: 'Başka birini davet et',
  'validation.required': 'E-posta veya kullanıcı kimliği girin.',
  'validation.email': 'Geçerli bir e-posta girin, ör. ad@example.com.',
  'validation.userId': 'Kullanıcı kimliği tam sayıdır, ör. 153.',
  'error.invalid_request': 'Davet işlenemedi. E-postayı veya kimliği kontrol edip tekrar deneyin.',
  'error.unauthorized': 'Oturumunuz sona erdi. Tekrar giriş yapıp daveti gönderin.',
  'error.forbidden': 'Bu gruba davet etme yetkiniz yok. Grup yöneticisinden yetki isteyin.',
  'error.not_found': 'Grup veya kişi bulunamadı. E-postayı ya da kimliği kontrol edin veya grubu yeniden açıp tekrar deneyin.',
  'error.unprocessable_entity': 'Bu e-posta veya kimlik davet edilemiyor. Kontrol edip tekrar deneyin.',
  'error.rate_limit_exceeded': 'Kısa sürede çok fazla davet gönderildi. Biraz bekleyin.',
  'error.internal_server_error': 'Bizden kaynaklı bir sorun oluştu; davet gitmemiş olabilir.',
  'error.bad_gateway': 'Hizmet sunucuya ulaşamadı.',
  'error.service_unavailable': 'Hizmet yoğun veya bakımda.',
  'error.gateway_timeout': 'Sunucu zamanında yanıt vermedi.',
  'error.network_error': 'Bağlanılamadı. İnternet bağlantınızı kontrol edin.',
  'error.timeout': 'İstek çok uzun sürdü.',
  'error.unknown_error': 'Beklenmeyen bir hata oluştu. Tekrar deneyin.',
  'error.setup': 'Bu form doğru yapılandırılmamış. Hiçbir şey gönderilmedi.',
  'error.details': 'Sunucu yanıtı: {message}',
  'retry.countdown': {
    one: '{seconds} saniye sonra tekrar deneyebilirsiniz.',
    other: '{seconds} saniye sonra tekrar deneyebilirsiniz.',
  },
  'retry.auto': {
    one: '{seconds} saniye sonra otomatik tekrar denenecek…',
    other: '{seconds} saniye sonra otomatik tekrar denenecek…',
  },
  'retry.at': 'Saat {time} olunca tekrar deneyebilirsiniz.',
  'retry.ready': 'Artık tekrar deneyebilirsiniz.',
  'retry.now': 'Tekrar dene',
  'retry.retrying': 'Tekrar deneniyor…',
  offline: 'Çevrimdışısınız. Bağlantı geri gelince davet gönderilecek.',
} as const satisfies LocaleCatalog;

export default tr;
