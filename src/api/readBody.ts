/** The most of a response body we ever read: error bodies are small, a proxy's page is not. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads at most `limit` bytes of a body as UTF-8 and cancels the rest, so a
 * multi-megabyte error page costs neither memory nor time.
 */
export async function readBody(response: Response, limit = MAX_BODY_BYTES): Promise<string> {
  const stream = response.body;
  if (!stream) {
    // Some fetch implementations (and hand-made Responses) have no stream.
    const text = await response.text();
    return text.slice(0, limit);
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  try {
    while (bytes < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = value.byteLength + bytes > limit ? value.subarray(0, limit - bytes) : value;
      bytes += chunk.byteLength;
      text += decoder.decode(chunk, { stream: true });
    }
    text += decoder.decode();
  } finally {
    if (bytes >= limit) reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  return text;
}
