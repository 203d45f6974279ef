import type { HeaderSource } from './parseRetryAfter.js';

/** A header's trimmed value, or `null`; a header source that throws counts as none. */
export function readHeader(headers: HeaderSource, name: string): string | null {
  try {
    const value = headers.get(name);
    return typeof value === 'string' ? value.trim() : null;
  } catch {
    // A hand-made header source may throw; a bad header is the same as none.
    return null;
  }
}
