import type { ActionRequest, ActionRule, ViolationCatalogue } from './governance.types';

export const NO_VIOLATION = 'none';

/** The actions a reviewer may choose for a violation type on this case's target kind. */
export function allowedActions(
  catalogue: ViolationCatalogue,
  violationType: string | undefined,
  targetKind: string,
): ActionRule[] {
  if (!violationType) return [];
  const allowed =
    violationType === NO_VIOLATION
      ? ['restore_listing']
      : (catalogue.violations.find((v) => v.type === violationType)?.actions ?? []);
  return catalogue.actions.filter(
    (rule) =>
      allowed.includes(rule.type) &&
      (rule.appliesTo === 'subject' || rule.targetKind === undefined || rule.targetKind === targetKind),
  );
}

/** The chosen actions as the API takes them; days and amounts only where the action takes them. */
export function actionRequests(
  chosen: readonly string[],
  rules: readonly ActionRule[],
  days: Readonly<Record<string, number | null>>,
  amounts: Readonly<Record<string, number | null>>,
): ActionRequest[] {
  return chosen.flatMap((type) => {
    const rule = rules.find((r) => r.type === type);
    if (!rule) return [];
    const request: ActionRequest = { type };
    const d = days[type];
    if (rule.days !== 'none' && d) request.days = d;
    const a = amounts[type];
    if (rule.amount && a) request.amount = a;
    return [request];
  });
}

/** True when the chosen actions still lack a required number of days or an amount. */
export function missingInputs(requests: readonly ActionRequest[], rules: readonly ActionRule[]): boolean {
  return requests.some((request) => {
    const rule = rules.find((r) => r.type === request.type);
    return (rule?.days === 'required' && !request.days) || (rule?.amount === true && !request.amount);
  });
}
