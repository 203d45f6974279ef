import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/**
 * Turkish. Addresses the user as `siz`. Nouns stay singular after numbers
 * ("5 kişi"), so both plural forms (one, other) read the same.
 */
export const trBulk = {
  'bulk.trigger': 'Birden çok kişiyi davet et',
  'bulk.title': 'Bu gruba kişi davet edin',
  'bulk.description': 'E-postaları veya kullanıcı kimliklerini virgül, boşluk ya da yeni satırla ayırarak yapıştırın veya yazın.',
  'bulk.field.label': 'E-postalar veya kullanıcı kimlikleri',
  'bulk.recipients': 'Alıcılar',
  'bulk.count': { one: '{count} kişi', other: '{count} kişi' },
  'bulk.needFixing': { one: '{count} düzeltilmeli', other: '{count} düzeltilmeli' },
  'bulk.remove': 'Kaldır: {invitee}',
  'bulk.duplicate': 'Listede zaten var. Bir kez gönderilir.',
  'bulk.tooMany': {
    one: 'Bir seferde {max} kişi sınırını aşıyor. Gönderilmez.',
    other: 'Bir seferde {max} kişi sınırını aşıyor. Gönderilmez.',
  },
  'bulk.empty': 'En az bir e-posta veya kullanıcı kimliği ekleyin.',
  'bulk.fixFirst': 'Yukarıda işaretlenen girişleri düzeltin veya kaldırın, sonra gönderin.',
  'bulk.submit': { one: '{count} kişiyi davet et', other: '{count} kişiyi davet et' },
  'bulk.progress': '{done}/{total} tamamlandı',
  'bulk.status.pending': 'Bekliyor',
  'bulk.status.sending': 'Gönderiliyor…',
  'bulk.status.waiting': 'Birazdan tekrar denenecek',
  'bulk.status.invited': 'Davet edildi',
  'bulk.status.failed': 'Davet edilemedi',
  'bulk.status.cancelled': 'Gönderilmedi',
  'bulk.started': { one: '{count} davet gönderiliyor…', other: '{count} davet gönderiliyor…' },
  'bulk.paused': {
    one: 'Duraklatıldı: sunucu beklememizi istedi. {seconds} saniye sonra devam edilecek.',
    other: 'Duraklatıldı: sunucu beklememizi istedi. {seconds} saniye sonra devam edilecek.',
  },
  'bulk.pausedUntil': 'Duraklatıldı: sunucu beklememizi istedi. Saat {time} olunca devam edebilirsiniz.',
  'bulk.resumed': 'Devam ediliyor…',
  'bulk.offline': 'Çevrimdışısınız. Bağlantı geri gelince gönderime devam edilecek.',
  'bulk.done': { one: 'Tamamlandı: {invited} kişi davet edildi.', other: 'Tamamlandı: {invited} kişi davet edildi.' },
  'bulk.notInvited': { one: '{failed} kişi davet edilemedi.', other: '{failed} kişi davet edilemedi.' },
  'bulk.cancelled': 'Durduruldu. Başka bir şey gönderilmeyecek.',
  'bulk.retryFailed': 'Başarısız olanları tekrar dene',
  'bulk.inviteMore': 'Daha fazla kişi davet et',
} as const satisfies BulkLocaleCatalog;

export default trBulk;
