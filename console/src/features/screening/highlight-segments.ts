import type { Finding } from './screening.types';

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Indexes into the findings that cover this whole segment; empty for plain text. */
  findings: number[];
}

/**
 * Cuts a text into runs that are each covered by the same set of findings, so overlapping findings
 * (加微信 inside a longer diversion phrase) each stay visible. Offsets are UTF-16, as the API gives them,
 * which is also how JavaScript strings index; findings outside the text are clipped or ignored.
 */
export function highlightSegments(text: string, findings: readonly Finding[]): TextSegment[] {
  const spans = findings
    .map((finding, index) => ({
      index,
      start: Math.max(0, Math.min(finding.start, text.length)),
      end: Math.max(0, Math.min(finding.end, text.length)),
    }))
    .filter((span) => span.start < span.end)
    .sort((a, b) => a.start - b.start || a.index - b.index);
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  // A sweep over the cuts: spans join the active set where they start and leave it where they end,
  // so a long text with many findings costs no more than its overlaps.
  let active: typeof spans = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i];
    const end = bounds[i + 1];
    active = active.filter((span) => span.end > start);
    while (next < spans.length && spans[next].start === start) active.push(spans[next++]);
    const covering = active.map((span) => span.index).sort((a, b) => a - b);
    const last = segments[segments.length - 1];
    // Neighbouring plain runs are merged: only the highlighted runs need their own element.
    if (covering.length === 0 && last && last.findings.length === 0) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), findings: covering });
    }
  }
  return segments;
}
