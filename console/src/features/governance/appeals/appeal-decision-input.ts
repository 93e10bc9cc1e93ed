import { actionRequests, missingInputs } from '../decision-form';
import type { ActionRule, DecisionInput, StatementLanguage } from '../governance.types';
import type { AppealDecisionInput, AppealOutcome } from './appeals.types';

/** What the reviewer has filled in for the decision that replaces the appealed one. */
export interface NewDecisionDraft {
  violationType: string | undefined;
  chosen: string[];
  days: Record<string, number | null>;
  amounts: Record<string, number | null>;
  facts: string;
  language: StatementLanguage;
}

export function emptyDraft(language: StatementLanguage): NewDecisionDraft {
  return { violationType: undefined, chosen: [], days: {}, amounts: {}, facts: '', language };
}

/** The new decision as the API takes it, or null while a required part is missing. */
export function newDecisionInput(draft: NewDecisionDraft, rules: readonly ActionRule[]): DecisionInput | null {
  const facts = draft.facts.trim();
  if (!draft.violationType || facts === '') return null;
  const requests = actionRequests(draft.chosen, rules, draft.days, draft.amounts);
  if (missingInputs(requests, rules)) return null;
  return {
    violationType: draft.violationType,
    // None chosen: the server takes the catalogue's defaults for the type, as on a case.
    ...(requests.length > 0 ? { actions: requests } : {}),
    facts,
    language: draft.language,
  };
}

/** The body of POST /v1/appeals/:id/decision, or null while it is incomplete. */
export function appealDecisionInput(
  outcome: AppealOutcome | undefined,
  reasoning: string,
  draft: NewDecisionDraft,
  rules: readonly ActionRule[],
): AppealDecisionInput | null {
  const text = reasoning.trim();
  if (!outcome || text === '') return null;
  if (outcome !== 'modified') return { outcome, reasoning: text };
  const decision = newDecisionInput(draft, rules);
  return decision ? { outcome, reasoning: text, decision } : null;
}
