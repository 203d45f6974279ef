import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/** Indonesian. Addresses the user as `Anda`; one plural form (other). */
export const idBulk = {
  'bulk.trigger': 'Undang beberapa orang',
  'bulk.title': 'Undang orang ke grup ini',
  'bulk.description': 'Tempel atau ketik email atau ID pengguna mereka, dipisahkan dengan koma, spasi, atau baris baru.',
  'bulk.field.label': 'Email atau ID pengguna',
  'bulk.recipients': 'Penerima',
  'bulk.count': { other: '{count} orang' },
  'bulk.needFixing': { other: '{count} perlu diperbaiki' },
  'bulk.remove': 'Hapus {invitee}',
  'bulk.duplicate': 'Sudah ada di daftar. Hanya dikirim sekali.',
  'bulk.tooMany': { other: 'Melebihi batas {max} orang per pengiriman. Tidak dikirim.' },
  'bulk.empty': 'Tambahkan minimal satu email atau ID pengguna.',
  'bulk.fixFirst': 'Perbaiki atau hapus entri yang ditandai di atas, lalu kirim.',
  'bulk.submit': { other: 'Undang {count} orang' },
  'bulk.progress': '{done} dari {total} selesai',
  'bulk.status.pending': 'Menunggu',
  'bulk.status.sending': 'Mengirim…',
  'bulk.status.waiting': 'Segera dicoba lagi',
  'bulk.status.invited': 'Diundang',
  'bulk.status.failed': 'Tidak diundang',
  'bulk.status.cancelled': 'Tidak dikirim',
  'bulk.started': { other: 'Mengirim {count} undangan…' },
  'bulk.paused': { other: 'Dijeda: server meminta untuk menunggu. Dilanjutkan dalam {seconds} detik.' },
  'bulk.pausedUntil': 'Dijeda: server meminta untuk menunggu. Anda dapat melanjutkan pukul {time}.',
  'bulk.resumed': 'Melanjutkan…',
  'bulk.offline': 'Anda sedang offline. Pengiriman akan dilanjutkan setelah koneksi pulih.',
  'bulk.done': { other: 'Selesai: {invited} diundang.' },
  'bulk.notInvited': { other: '{failed} tidak diundang.' },
  'bulk.cancelled': 'Dihentikan. Tidak ada lagi yang dikirim.',
  'bulk.retryFailed': 'Coba lagi yang gagal',
  'bulk.inviteMore': 'Undang lebih banyak orang',
} as const satisfies BulkLocaleCatalog;

export default idBulk;
