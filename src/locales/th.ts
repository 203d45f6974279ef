import type { LocaleCatalog } from '../messages/LocaleCatalog.js';

/**
 * Thai. Polite without gendered particles (โปรด for requests); sentences are
 * separated by spaces, not full stops. One plural form (other).
 */
export const th = {
  trigger: 'เชิญสมาชิก',
  title: 'เชิญสมาชิกเข้ากลุ่มนี้',
  description: 'กรอกอีเมลหรือ ID ผู้ใช้ของผู้ที่ต้องการเชิญ แล้วผู้นั้นจะได้รับคำเชิญเข้าร่วมกลุ่ม',
  'field.label': 'อีเมลหรือ ID ผู้ใช้',
  submit: 'ส่งคำเชิญ',
  submitting: 'กำลังส่ง…',
  cancel: 'ยกเลิก',
  close: 'ปิด',
  success: 'ส่งคำเชิญถึง {invitee} แล้ว',
  inviteAnother: 'เชิญคนอื่นเพิ่ม',
  'validation.required': 'โปรดกรอกอีเมลหรือ ID ผู้ใช้',
  'validation.email': 'โปรดกรอกอีเมลที่ถูกต้อง เช่น name@example.com',
  'validation.userId': 'ID ผู้ใช้ต้องเป็นจำนวนเต็ม เช่น 153',
  'error.invalid_request': 'ดำเนินการคำเชิญไม่ได้ โปรดตรวจสอบอีเมลหรือ ID ผู้ใช้แล้วลองอีกครั้ง',
  'error.unauthorized': 'เซสชันหมดอายุแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง แล้วส่งคำเชิญ',
  'error.forbidden': 'คุณไม่มีสิทธิ์เชิญผู้อื่นเข้ากลุ่มนี้ โปรดขอสิทธิ์จากผู้ดูแลกลุ่ม',
  'error.not_found': 'ไม่พบกลุ่มหรือบุคคลนี้ โปรดตรวจสอบอีเมลหรือ ID ผู้ใช้ หรือเปิดกลุ่มใหม่แล้วลองอีกครั้ง',
  'error.unprocessable_entity': 'เชิญอีเมลหรือ ID ผู้ใช้นี้ไม่ได้ โปรดตรวจสอบแล้วลองอีกครั้ง',
  'error.rate_limit_exceeded': 'ส่งคำเชิญมากเกินไปในเวลาสั้นๆ โปรดรอสักครู่',
  'error.internal_server_error': 'เกิดข้อผิดพลาดในระบบของเรา คำเชิญอาจยังไม่ถูกส่ง',
  'error.bad_gateway': 'บริการติดต่อเซิร์ฟเวอร์ไม่ได้',
  'error.service_unavailable': 'บริการไม่ว่างหรือปิดปรับปรุงอยู่',
  'error.gateway_timeout': 'เซิร์ฟเวอร์ใช้เวลาตอบกลับนานเกินไป',
  'error.network_error': 'เชื่อมต่อไม่ได้ โปรดตรวจสอบอินเทอร์เน็ต',
  'error.timeout': 'คำขอใช้เวลานานเกินไป',
  'error.unknown_error': 'เกิดข้อผิดพลาดที่ไม่คาดคิด โปรดลองอีกครั้ง',
  'error.setup': 'แบบฟอร์มนี้ตั้งค่าไม่ถูกต้อง จึงยังไม่ได้ส่งอะไร',
  'error.details': 'เซิร์ฟเวอร์ตอบกลับ: {message}',
  'retry.countdown': { other: 'ลองอีกครั้งได้ในอีก {seconds} วินาที' },
  'retry.auto': { other: 'จะลองอีกครั้งโดยอัตโนมัติในอีก {seconds} วินาที…' },
  'retry.at': 'ลองอีกครั้งได้เมื่อเวลา {time}',
  'retry.ready': 'ลองอีกครั้งได้แล้ว',
  'retry.now': 'ลองอีกครั้ง',
  'retry.retrying': 'กำลังลองอีกครั้ง…',
  offline: 'คุณออฟไลน์อยู่ ระบบจะส่งคำเชิญเมื่อเชื่อมต่อได้อีกครั้ง',
} as const satisfies LocaleCatalog;

export default th;
