import type { Selectable } from 'kysely';
import type { CaseSubjectKind } from '../governance.tables.js';
import type { StatementLanguage } from '../rules/violation-catalogue.js';
import type { AppealAttachment, AppealStatus, GovAppealsTable } from './appeals.tables.js';

export type AppealRow = Selectable<GovAppealsTable>;

export interface AppealView {
  id: string;
  decisionId: string;
  caseId: string;
  subject: { kind: CaseSubjectKind; id: string };
  appellant: string;
  text: string;
  attachments: AppealAttachment[];
  language: StatementLanguage;
  status: AppealStatus;
  filedAt: Date;
  dueAt: Date;
  /** by: null for the affected party, who learns that a reviewer decided, not which one. */
  decision: { by: string | null; at: Date; reasoning: string; reply: string; newDecisionId: string | null } | null;
}

export function toAppealView(a: AppealRow, party = false): AppealView {
  const attachments = (typeof a.attachments === 'string' ? JSON.parse(a.attachments) : a.attachments) as
    | AppealAttachment[]
    | null;
  return {
    id: a.id,
    decisionId: a.decisionId,
    caseId: a.caseId,
    subject: { kind: a.subjectKind, id: a.subjectId },
    appellant: a.appellant,
    text: a.text,
    attachments: attachments ?? [],
    language: a.language,
    status: a.status,
    filedAt: a.filedAt,
    dueAt: a.dueAt,
    decision:
      a.decidedAt === null
        ? null
        : {
            by: party ? null : a.decidedBy,
            at: a.decidedAt,
            reasoning: a.reasoning ?? '',
            reply: a.reply ?? '',
            newDecisionId: a.newDecisionId,
          },
  };
}
