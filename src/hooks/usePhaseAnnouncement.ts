'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * What a polite live region should say: one message when the phase changes
 * (a wait starts, it ends, a retry goes out), never one per re-render or per
 * countdown tick. `say(previousPhase)` gives the new phase's message, or
 * `null` to clear what an earlier phase said, so nothing stale ("Retrying…"
 * after the retry failed) stays in the region. A new `id` each time lets the
 * same sentence be announced twice.
 */
export function usePhaseAnnouncement(phase: string, say: (previousPhase: string) => string | null) {
  const [announcement, setAnnouncement] = useState({ text: '', id: 0 });
  const latest = useRef(say);
  latest.current = say;
  const previous = useRef(phase);
  useEffect(() => {
    const before = previous.current;
    if (before === phase) return;
    previous.current = phase;
    const text = latest.current(before);
    setAnnouncement((current) => (text ? { text, id: current.id + 1 } : current.text ? { text: '', id: current.id } : current));
  }, [phase]);
  return announcement;
}
