/** How a handler writes `Retry-After` (RFC 9110 §10.2.3 allows both). */
export type RetryAfterFormat = 'seconds' | 'http-date';

/** Options for the headers that tell a client how long to wait. */
export interface RetryAfterOptions {
  /**
   * Sends `Retry-After` asking for this many seconds; no header when left out.
   * @default undefined
   */
  retryAfter?: number | undefined;
  /**
   * Writes `Retry-After` as delay-seconds (`"3"`) or as an HTTP-date
   * (`"Wed, 21 Oct 2026 07:28:03 GMT"`, that many seconds from now).
   * @default 'seconds'
   */
  retryAfterFormat?: RetryAfterFormat | undefined;
  /**
   * Sends the `RateLimit` header (`"default";r=0;t=N`) with this many seconds
   * until the quota resets; no header when left out.
   * @default undefined
   */
  rateLimitReset?: number | undefined;
}

/** The `Retry-After` / `RateLimit` headers for `options`, read at `now` (epoch ms). */
export function retryAfterHeaders(options: RetryAfterOptions, now: number): Record<string, string> {
  const headers: Record<string, string> = {};
  const { retryAfter, retryAfterFormat = 'seconds', rateLimitReset } = options;
  if (retryAfter !== undefined) {
    // An HTTP-date has whole seconds; rounding up keeps the wait at least as long as asked.
    headers['Retry-After'] =
      retryAfterFormat === 'http-date'
        ? new Date(Math.ceil((now + retryAfter * 1000) / 1000) * 1000).toUTCString()
        : String(retryAfter);
  }
  if (rateLimitReset !== undefined) headers.RateLimit = `"default";r=0;t=${rateLimitReset}`;
  return headers;
}
