import { isServerErrorType, type ServerErrorType } from './inviteErrorTypes.js';

/** What the two documented body shapes tell us, whichever one arrived. */
export interface ResponseBody {
  /** `true` for a JSON object, `false` for HTML, text, truncated JSON or nothing. */
  json: boolean;
  /** `success` from the body, when it is a boolean. */
  success: boolean | null;
  /** `type` from the current shape, when it is one of the ten documented types. */
  type: ServerErrorType | null;
  /** `error.code` from the older shape (ForbiddenError, ValidationError, …). */
  legacyCode: string | null;
  /** The message from either error shape (or a success's `data.message`), as cleaned plain text. */
  message: string | null;
}

/** Server messages are shown as secondary text at most; a paragraph is plenty. */
export const MAX_SERVER_MESSAGE_LENGTH = 300;

const EMPTY: ResponseBody = { json: false, success: null, type: null, legacyCode: null, message: null };

export function parseResponseBody(text: string): ResponseBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return EMPTY;
  }
  if (!isRecord(value)) return EMPTY;
  const legacy = isRecord(value.error) ? value.error : null;
  const data = isRecord(value.data) ? value.data : null;
  return {
    json: true,
    success: typeof value.success === 'boolean' ? value.success : null,
    type: isServerErrorType(value.type) ? value.type : null,
    legacyCode: legacy && typeof legacy.code === 'string' ? legacy.code.slice(0, 64) : null,
    message: cleanMessage(value.message) ?? cleanMessage(legacy?.message) ?? cleanMessage(data?.message),
  };
}

/**
 * Turns whatever the server put in `message` into short plain text: control
 * characters out, white space folded, length capped. Markup stays literal text
 * because it is only ever rendered as a text node.
 */
export function cleanMessage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // eslint-disable-next-line no-control-regex
  const text = value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (text.length <= MAX_SERVER_MESSAGE_LENGTH) return text;
  // Cut between code points (never inside a surrogate pair) but count UTF-16
  // units, as `length` does, so emoji and other astral text stay within the cap.
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > MAX_SERVER_MESSAGE_LENGTH - 1) break;
    cut += char;
  }
  return `${cut.trimEnd()}…`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
