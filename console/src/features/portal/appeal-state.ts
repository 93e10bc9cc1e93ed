import type { Appeal, AppealAttachment, PortalDecision } from './portal.types';

/** Where a decision stands for its appeal, as the portal shows it. */
export type AppealState =
  | { kind: 'pending'; appeal: Appeal }
  | { kind: 'decided'; appeal: Appeal }
  | { kind: 'can_appeal'; closesAt: string }
  | { kind: 'window_closed'; closedAt: string }
  | { kind: 'not_appealable' };

/**
 * A decision is appealed once: the case closes when its appeal is decided. So the newest appeal,
 * if any, is the story; without one, the server's deadline says whether the form is offered.
 */
export function appealStateOf(
  decision: Pick<PortalDecision, 'id' | 'status' | 'appealClosesAt'>,
  appeals: readonly Appeal[],
  now: Date,
): AppealState {
  const own = appeals.filter((a) => a.decisionId === decision.id).sort((a, b) => b.filedAt.localeCompare(a.filedAt));
  const latest = own[0];
  if (latest)
    return latest.status === 'open' ? { kind: 'pending', appeal: latest } : { kind: 'decided', appeal: latest };
  if (decision.status !== 'in_effect' || decision.appealClosesAt === null) return { kind: 'not_appealable' };
  return new Date(decision.appealClosesAt).getTime() >= now.getTime()
    ? { kind: 'can_appeal', closesAt: decision.appealClosesAt }
    : { kind: 'window_closed', closedAt: decision.appealClosesAt };
}

/** Whole days left until the deadline, rounded up: "1 day left" until the last moment. */
export function daysLeft(closesAt: string, now: Date): number {
  return Math.max(0, Math.ceil((new Date(closesAt).getTime() - now.getTime()) / 86_400_000));
}

export interface AttachmentRow {
  name?: string;
  url?: string;
}

/**
 * The attachments of the form as the API takes them: rows without a URL are dropped, and a row
 * without a name is named after the last segment of its URL.
 */
export function toAppealAttachments(rows: readonly (AttachmentRow | undefined)[]): AppealAttachment[] {
  const attachments: AppealAttachment[] = [];
  for (const row of rows) {
    const url = row?.url?.trim();
    if (!url) continue;
    const name = row?.name?.trim() || lastSegment(url);
    attachments.push({ name: name.slice(0, 255), url });
  }
  return attachments;
}

function lastSegment(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    return decodeURIComponent(segments.at(-1) ?? '') || url;
  } catch {
    return url;
  }
}

/** An absolute http(s) URL, the only kind the appeal endpoint accepts as an attachment. */
export function isAttachmentUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The length of the appeal window in days, from when the decision took effect to its deadline. */
export function windowDays(effectiveAt: string | null, closesAt: string): number | null {
  if (effectiveAt === null) return null;
  return Math.round((new Date(closesAt).getTime() - new Date(effectiveAt).getTime()) / 86_400_000);
}
