// The measures a decision can take. Each one acts either on the case's target (a listing, a live
// session) or on its subject's account, and is either a state that holds until it ends or is
// lifted (a suspension, a removed listing), or a one-off (a warning, a stopped stream).

export const SANCTION_ACTIONS = [
  'remove_listing',
  'restore_listing',
  'demote_listing',
  'restrict_traffic',
  'stop_stream',
  'suspend_live',
  'forbid_new_listings',
  'freeze_settlement',
  'deduct_deposit',
  'suspend_account',
  'terminate_account',
  'warn',
] as const;
export type SanctionAction = (typeof SANCTION_ACTIONS)[number];

export interface ActionRule {
  /** `target`: the listing or live session the case is about; `subject`: the merchant or host account. */
  appliesTo: 'target' | 'subject';
  /** The target kind a target action needs. */
  targetKind?: 'listing' | 'live_session';
  /** `required`: needs days; `optional`: days or until lifted; `none`: takes no days. */
  days: 'required' | 'optional' | 'none';
  /** Takes an amount of money (minor units). */
  amount: boolean;
  /** A one-off has nothing that lasts, so nothing to lift (a deposit deduction is refunded, though). */
  oneOff: boolean;
}

export const ACTION_RULES: Readonly<Record<SanctionAction, ActionRule>> = {
  remove_listing: { appliesTo: 'target', targetKind: 'listing', days: 'none', amount: false, oneOff: false },
  restore_listing: { appliesTo: 'target', targetKind: 'listing', days: 'none', amount: false, oneOff: true },
  demote_listing: { appliesTo: 'target', targetKind: 'listing', days: 'optional', amount: false, oneOff: false },
  restrict_traffic: { appliesTo: 'subject', days: 'optional', amount: false, oneOff: false },
  stop_stream: { appliesTo: 'target', targetKind: 'live_session', days: 'none', amount: false, oneOff: true },
  suspend_live: { appliesTo: 'subject', days: 'required', amount: false, oneOff: false },
  forbid_new_listings: { appliesTo: 'subject', days: 'required', amount: false, oneOff: false },
  freeze_settlement: { appliesTo: 'subject', days: 'required', amount: false, oneOff: false },
  deduct_deposit: { appliesTo: 'subject', days: 'none', amount: true, oneOff: true },
  suspend_account: { appliesTo: 'subject', days: 'required', amount: false, oneOff: false },
  terminate_account: { appliesTo: 'subject', days: 'none', amount: false, oneOff: false },
  warn: { appliesTo: 'subject', days: 'none', amount: false, oneOff: true },
};

/** What a reviewer (or the ladder) asks for: an action with its days or amount. */
export interface ActionRequest {
  type: SanctionAction;
  days?: number;
  /** Minor units of the deposit's currency. */
  amount?: number;
}

export const MAX_SANCTION_DAYS = 3_650;

/**
 * The code of the message that undoes an action: `restore_listing` for a removed listing (the
 * code receivers already apply), `lift_<action>` for the rest. One-offs other than a deposit
 * deduction have nothing to undo.
 */
export function liftCodeOf(action: SanctionAction): string | null {
  if (action === 'remove_listing') return 'restore_listing';
  if (action === 'deduct_deposit') return 'lift_deduct_deposit';
  return ACTION_RULES[action].oneOff ? null : `lift_${action}`;
}

export type ActionProblem =
  | { code: 'days_required' | 'days_not_allowed' | 'amount_required' | 'amount_not_allowed'; action: SanctionAction }
  | { code: 'target_kind'; action: SanctionAction; needs: string };

/** Checks an action's parameters against its rule and the case's target; null when it holds. */
export function actionProblem(req: ActionRequest, targetKind: string): ActionProblem | null {
  const rule = ACTION_RULES[req.type];
  if (rule.days === 'required' && req.days === undefined) return { code: 'days_required', action: req.type };
  if (rule.days === 'none' && req.days !== undefined) return { code: 'days_not_allowed', action: req.type };
  if (rule.amount && req.amount === undefined) return { code: 'amount_required', action: req.type };
  if (!rule.amount && req.amount !== undefined) return { code: 'amount_not_allowed', action: req.type };
  if (rule.targetKind && rule.targetKind !== targetKind) {
    return { code: 'target_kind', action: req.type, needs: rule.targetKind };
  }
  return null;
}
