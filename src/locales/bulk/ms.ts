import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/** Malay. Addresses the user as `Anda`; one plural form (other). */
export const msBulk = {
  'bulk.trigger': 'Jemput beberapa orang',
  'bulk.title': 'Jemput orang ke kumpulan ini',
  'bulk.description': 'Tampal atau taip e-mel atau ID pengguna mereka, dipisahkan dengan koma, ruang atau baris baharu.',
  'bulk.field.label': 'E-mel atau ID pengguna',
  'bulk.recipients': 'Penerima',
  'bulk.count': { other: '{count} orang' },
  'bulk.needFixing': { other: '{count} perlu dibetulkan' },
  'bulk.remove': 'Alih keluar {invitee}',
  'bulk.duplicate': 'Sudah ada dalam senarai. Dihantar sekali sahaja.',
  'bulk.tooMany': { other: 'Melebihi had {max} orang bagi setiap penghantaran. Tidak dihantar.' },
  'bulk.empty': 'Tambah sekurang-kurangnya satu e-mel atau ID pengguna.',
  'bulk.fixFirst': 'Betulkan atau alih keluar entri yang ditanda di atas, kemudian hantar.',
  'bulk.submit': { other: 'Jemput {count} orang' },
  'bulk.progress': '{done} daripada {total} selesai',
  'bulk.status.pending': 'Menunggu',
  'bulk.status.sending': 'Menghantar…',
  'bulk.status.waiting': 'Akan dicuba semula',
  'bulk.status.invited': 'Dijemput',
  'bulk.status.failed': 'Tidak dijemput',
  'bulk.status.cancelled': 'Tidak dihantar',
  'bulk.started': { other: 'Menghantar {count} jemputan…' },
  'bulk.paused': { other: 'Dijeda: pelayan meminta supaya menunggu. Disambung dalam {seconds} saat.' },
  'bulk.pausedUntil': 'Dijeda: pelayan meminta supaya menunggu. Anda boleh meneruskan pada pukul {time}.',
  'bulk.resumed': 'Menyambung semula…',
  'bulk.offline': 'Anda di luar talian. Penghantaran akan diteruskan apabila sambungan pulih.',
  'bulk.done': { other: 'Selesai: {invited} dijemput.' },
  'bulk.notInvited': { other: '{failed} tidak dijemput.' },
  'bulk.cancelled': 'Dihentikan. Tiada apa-apa lagi yang akan dihantar.',
  'bulk.retryFailed': 'Cuba lagi yang gagal',
  'bulk.inviteMore': 'Jemput lebih ramai orang',
} as const satisfies BulkLocaleCatalog;

export default msBulk;
