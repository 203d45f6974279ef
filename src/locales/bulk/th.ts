import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/**
 * Thai. Polite without gendered particles (โปรด for requests); sentences are
 * separated by spaces, not full stops. One plural form (other).
 */
export const thBulk = {
  'bulk.trigger': 'เชิญหลายคน',
  'bulk.title': 'เชิญหลายคนเข้ากลุ่มนี้',
  'bulk.description': 'วางหรือพิมพ์อีเมลหรือ ID ผู้ใช้ โดยคั่นด้วยจุลภาค เว้นวรรค หรือขึ้นบรรทัดใหม่',
  'bulk.field.label': 'อีเมลหรือ ID ผู้ใช้',
  'bulk.recipients': 'ผู้รับคำเชิญ',
  'bulk.count': { other: '{count} คน' },
  'bulk.needFixing': { other: 'ต้องแก้ไข {count} รายการ' },
  'bulk.remove': 'นำ {invitee} ออก',
  'bulk.duplicate': 'มีในรายการแล้ว จะส่งเพียงครั้งเดียว',
  'bulk.tooMany': { other: 'เกินขีดจำกัด {max} คนต่อครั้ง จะไม่ถูกส่ง' },
  'bulk.empty': 'โปรดเพิ่มอีเมลหรือ ID ผู้ใช้อย่างน้อยหนึ่งรายการ',
  'bulk.fixFirst': 'โปรดแก้ไขหรือนำรายการที่มีเครื่องหมายด้านบนออก แล้วจึงส่ง',
  'bulk.submit': { other: 'เชิญ {count} คน' },
  'bulk.progress': 'เสร็จแล้ว {done} จาก {total}',
  'bulk.status.pending': 'รอส่ง',
  'bulk.status.sending': 'กำลังส่ง…',
  'bulk.status.waiting': 'จะลองอีกครั้งเร็วๆ นี้',
  'bulk.status.invited': 'เชิญแล้ว',
  'bulk.status.failed': 'เชิญไม่สำเร็จ',
  'bulk.status.cancelled': 'ไม่ได้ส่ง',
  'bulk.started': { other: 'กำลังส่งคำเชิญ {count} รายการ…' },
  'bulk.paused': { other: 'หยุดชั่วคราว: เซิร์ฟเวอร์ขอให้รอ จะส่งต่อในอีก {seconds} วินาที' },
  'bulk.pausedUntil': 'หยุดชั่วคราว: เซิร์ฟเวอร์ขอให้รอ ส่งต่อได้เมื่อเวลา {time}',
  'bulk.resumed': 'กำลังส่งต่อ…',
  'bulk.offline': 'คุณออฟไลน์อยู่ ระบบจะส่งต่อเมื่อเชื่อมต่อได้อีกครั้ง',
  'bulk.done': { other: 'เสร็จสิ้น: เชิญแล้ว {invited} คน' },
  'bulk.notInvited': { other: 'เชิญไม่สำเร็จ {failed} คน' },
  'bulk.cancelled': 'หยุดแล้ว จะไม่ส่งเพิ่มอีก',
  'bulk.retryFailed': 'ลองอีกครั้งเฉพาะที่ไม่สำเร็จ',
  'bulk.inviteMore': 'เชิญคนเพิ่ม',
} as const satisfies BulkLocaleCatalog;

export default thBulk;
