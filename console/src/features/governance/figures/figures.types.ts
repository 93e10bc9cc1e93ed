// Mirrors FiguresResponse in src/domains/governance/figures/figures.schemas.ts.

export interface RateFigures {
  reports: number;
  viewers: number;
  orders: number;
  perTenThousandViewers: number | null;
  perTenThousandOrders: number | null;
}

export interface SanctionCounts {
  total: number;
  byAction: Record<string, number>;
}

export interface DecisionTime {
  decisions: number;
  medianSeconds: number | null;
}

export interface GovernanceFigures {
  from: string;
  to: string;
  generatedAt: string;
  reportRates: { days: (RateFigures & { day: string })[]; total: RateFigures };
  penalties: SanctionCounts & {
    byViolationType: Record<string, SanctionCounts>;
    bySubjectKind: Record<string, SanctionCounts>;
  };
  bans: { total: number; byViolationType: Record<string, number>; bySubjectKind: Record<string, number> };
  timeToDecision: DecisionTime & { byQueue: Record<string, DecisionTime> };
  slaBreaches: { total: number; byQueue: Record<string, number> };
  appeals: {
    decided: number;
    upheld: number;
    reversed: number;
    modified: number;
    reversalRate: number | null;
    modificationRate: number | null;
  };
  automation: {
    decisions: number;
    byActorKind: Record<string, number>;
    automated: number;
    automatedShare: number | null;
    partiallyAutomated: number;
    partiallyAutomatedShare: number | null;
    sanctions: number;
    automaticSanctions: number;
    automaticSanctionShare: number | null;
  };
}

/** Whole UTC days, `YYYY-MM-DD`, both included. */
export interface DayRange {
  from: string;
  to: string;
}
