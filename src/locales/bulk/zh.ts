import type { BulkLocaleCatalog } from '../../messages/LocaleCatalog.js';

/** Chinese (Simplified). Addresses the user as `您`; one plural form (other). */
export const zhBulk = {
  'bulk.trigger': '批量邀请',
  'bulk.title': '邀请多位成员加入群组',
  'bulk.description': '粘贴或输入对方的邮箱或用户 ID，用逗号、空格或换行分隔。',
  'bulk.field.label': '邮箱或用户 ID',
  'bulk.recipients': '受邀人',
  'bulk.count': { other: '{count} 人' },
  'bulk.needFixing': { other: '{count} 项需修改' },
  'bulk.remove': '移除 {invitee}',
  'bulk.duplicate': '列表中已有此项，只会发送一次。',
  'bulk.tooMany': { other: '超出每次最多 {max} 人的限制，不会发送。' },
  'bulk.empty': '请至少添加一个邮箱或用户 ID。',
  'bulk.fixFirst': '请修改或移除上方标出的条目，然后再发送。',
  'bulk.submit': { other: '邀请 {count} 人' },
  'bulk.progress': '已完成 {done}/{total}',
  'bulk.status.pending': '等待中',
  'bulk.status.sending': '正在发送…',
  'bulk.status.waiting': '即将重试',
  'bulk.status.invited': '已邀请',
  'bulk.status.failed': '邀请失败',
  'bulk.status.cancelled': '未发送',
  'bulk.started': { other: '正在发送 {count} 份邀请…' },
  'bulk.paused': { other: '已暂停：服务器要求等待，{seconds} 秒后继续。' },
  'bulk.pausedUntil': '已暂停：服务器要求等待，可在 {time} 继续。',
  'bulk.resumed': '正在继续…',
  'bulk.offline': '您已离线，联网后将继续发送。',
  'bulk.done': { other: '完成：已邀请 {invited} 人。' },
  'bulk.notInvited': { other: '{failed} 人邀请失败。' },
  'bulk.cancelled': '已停止，不再发送。',
  'bulk.retryFailed': '重试失败项',
  'bulk.inviteMore': '邀请更多人',
} as const satisfies BulkLocaleCatalog;

export default zhBulk;
