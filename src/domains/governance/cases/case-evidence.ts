// What a case holds as evidence: snapshots of the content with the findings that pointed at it
// (spans into the snapshot), the verdicts they came from, and the reports about the target.

export interface EvidenceFinding {
  category: string;
  severity: number;
  term: string;
  section: string;
  line: number;
  /** UTF-16 offsets into the snapshot's text. */
  start: number;
  end: number;
  text: string;
}

export interface EvidenceItem {
  verdictId: string;
  contentKind: string;
  contentId: string;
  sessionId?: string;
  outcome: string;
  score: number;
  policy: string;
  /** The content as it was screened; for a live segment, the transcript snippet. */
  text: string;
  /** The snapshot was cut at MAX_SNAPSHOT_CHARS; findings past the cut keep their matched text. */
  truncated: boolean;
  findings: EvidenceFinding[];
  at: string;
}

export interface CaseEvidence {
  items: EvidenceItem[];
  /** The verdicts that fed the case, also those whose snapshot was left out (up to MAX_VERDICT_IDS). */
  verdictIds: string[];
  reportIds: string[];
  /** Snapshots left out once the case held MAX_EVIDENCE_ITEMS (a long problem stream, say). */
  omittedItems: number;
  /** Verdicts past MAX_VERDICT_IDS; screening still has them under the target's content id. */
  omittedVerdictIds: number;
}

// A case is read whole; a stream that keeps tripping screening must not grow it without bound.
export const MAX_EVIDENCE_ITEMS = 50;
export const MAX_SNAPSHOT_CHARS = 20_000;
export const MAX_VERDICT_IDS = 500;

export function emptyEvidence(): CaseEvidence {
  return { items: [], verdictIds: [], reportIds: [], omittedItems: 0, omittedVerdictIds: 0 };
}

export function addEvidence(evidence: CaseEvidence, items: readonly EvidenceItem[]): CaseEvidence {
  const room = Math.max(0, MAX_EVIDENCE_ITEMS - evidence.items.length);
  const kept = items.slice(0, room);
  const idRoom = Math.max(0, MAX_VERDICT_IDS - evidence.verdictIds.length);
  const keptIds = items.slice(0, idRoom).map((i) => i.verdictId);
  return {
    items: [...evidence.items, ...kept],
    verdictIds: [...evidence.verdictIds, ...keptIds],
    reportIds: evidence.reportIds,
    omittedItems: evidence.omittedItems + (items.length - kept.length),
    omittedVerdictIds: evidence.omittedVerdictIds + (items.length - keptIds.length),
  };
}

export function readEvidence(value: unknown): CaseEvidence {
  const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as Partial<CaseEvidence> | null;
  return {
    items: parsed?.items ?? [],
    verdictIds: parsed?.verdictIds ?? [],
    reportIds: parsed?.reportIds ?? [],
    omittedItems: parsed?.omittedItems ?? 0,
    omittedVerdictIds: parsed?.omittedVerdictIds ?? 0,
  };
}
