import type { StatementLanguage } from '../rules/violation-catalogue.js';
import type { AppealOutcome } from './appeals.tables.js';

// What the appellant reads and what the decision's statement of reasons records. The reviewer
// writes the reasoning; the frame around it is in the appellant's (or the decision's) language.

function day(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export interface ReplyFacts {
  outcome: AppealOutcome;
  language: StatementLanguage;
  decisionId: string;
  newDecisionId: string | null;
  reasoning: string;
}

export function appealReply(f: ReplyFacts): string {
  if (f.language === 'en') {
    const head =
      f.outcome === 'upheld'
        ? `We reviewed your appeal and uphold decision ${f.decisionId}.`
        : f.outcome === 'reversed'
          ? `We reviewed your appeal and reverse decision ${f.decisionId}: its measures are lifted and its penalty points returned.`
          : `We reviewed your appeal and replace decision ${f.decisionId} with decision ${f.newDecisionId}; its statement of reasons explains the new measures.`;
    return `${head} Reasons: ${f.reasoning}`;
  }
  const head =
    f.outcome === 'upheld'
      ? `经复核，维持原决定（${f.decisionId}）。`
      : f.outcome === 'reversed'
        ? `经复核，撤销原决定（${f.decisionId}），相关处罚已解除，扣分已返还。`
        : `经复核，变更原决定（${f.decisionId}），新决定为${f.newDecisionId}，新的处理措施见其处理理由说明。`;
  return `${head}理由：${f.reasoning}`;
}

/** The paragraph the appealed decision's statement of reasons gains when an appeal undoes it. */
export function appealNoteForAppealed(
  language: StatementLanguage,
  appealId: string,
  at: Date,
  newDecisionId: string | null,
  reasoning: string,
): string {
  if (language === 'en') {
    const what = newDecisionId ? `replaced by decision ${newDecisionId}` : 'reversed';
    return `\n\nAppeal ${appealId} (${day(at)}): this decision was ${what}. Reasons: ${reasoning}`;
  }
  const what = newDecisionId ? `本决定已由${newDecisionId}取代` : '本决定已撤销';
  return `\n\n申诉${appealId}（${day(at)}）：${what}。理由：${reasoning}`;
}

/** The paragraph a decision taken on appeal gains: which decision it replaces. */
export function appealNoteForReplacement(
  language: StatementLanguage,
  appealId: string,
  replacedDecisionId: string,
): string {
  return language === 'en'
    ? `\n\nThis decision replaces decision ${replacedDecisionId} after appeal ${appealId}.`
    : `\n\n本决定系申诉${appealId}复核后作出，取代原决定${replacedDecisionId}。`;
}
