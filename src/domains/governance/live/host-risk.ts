// A host's risk level before going live, from their governance history. Pure and data-driven: the
// thresholds are a value (DEFAULT_HOST_RISK_RULES) that a deployment may replace; the level is the
// highest one any signal reaches, and every signal that reached a level is named as a reason.

export const HOST_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type HostRiskLevel = (typeof HOST_RISK_LEVELS)[number];

/** What is known of a host's history at one instant. */
export interface HostHistory {
  /** Penalty points in force per track. */
  seriousPoints: number;
  generalPoints: number;
  /** Decisions in effect that found a violation, within 30 and 90 days. */
  violations30d: number;
  violations90d: number;
  /** Sanctions in force on the host (any action). */
  activeSanctions: number;
  /** Reports about the host within the report window. */
  reports: number;
  /** Viewers of the host's streams within the window, when the platform told us; else null. */
  viewers: number | null;
  /** The host's streams within the window (at least the ones Xinren saw). */
  streams: number;
}

export const RISK_SIGNALS = [
  'serious_points',
  'general_points',
  'violations_30d',
  'violations_90d',
  'active_sanctions',
  'reports_per_1000_viewers',
  'reports_per_stream',
] as const;
export type RiskSignal = (typeof RISK_SIGNALS)[number];

/** The value a signal must reach (>=) for a level; a signal absent from a level never raises to it. */
export type RiskThresholds = Partial<Record<RiskSignal, number>>;

export interface HostRiskRules {
  /** Days of reports that count toward the report rate. */
  reportWindowDays: number;
  medium: RiskThresholds;
  high: RiskThresholds;
}

export const DEFAULT_HOST_RISK_RULES: HostRiskRules = {
  reportWindowDays: 90,
  medium: {
    serious_points: 1,
    general_points: 12,
    violations_30d: 1,
    violations_90d: 2,
    active_sanctions: 1,
    reports_per_1000_viewers: 1,
    reports_per_stream: 0.5,
  },
  high: {
    serious_points: 12,
    general_points: 24,
    violations_30d: 3,
    violations_90d: 5,
    active_sanctions: 2,
    reports_per_1000_viewers: 5,
    reports_per_stream: 2,
  },
};

export interface RiskReason {
  signal: RiskSignal;
  value: number;
  threshold: number;
  level: Exclude<HostRiskLevel, 'low'>;
}

export interface HostRisk {
  level: HostRiskLevel;
  /** The signals that set the level or reached a lower one, gravest first. */
  reasons: RiskReason[];
}

/** The signal values of a history; the report rate is per 1,000 viewers when viewers are known, else per stream. */
export function riskSignalsOf(h: HostHistory): Partial<Record<RiskSignal, number>> {
  const values: Partial<Record<RiskSignal, number>> = {
    serious_points: h.seriousPoints,
    general_points: h.generalPoints,
    violations_30d: h.violations30d,
    violations_90d: h.violations90d,
    active_sanctions: h.activeSanctions,
  };
  if (h.viewers !== null && h.viewers > 0) values.reports_per_1000_viewers = (h.reports * 1000) / h.viewers;
  else values.reports_per_stream = h.reports / Math.max(1, h.streams);
  return values;
}

export function hostRiskOf(h: HostHistory, rules: HostRiskRules = DEFAULT_HOST_RISK_RULES): HostRisk {
  const values = riskSignalsOf(h);
  const reasons: RiskReason[] = [];
  for (const signal of RISK_SIGNALS) {
    const value = values[signal];
    if (value === undefined) continue;
    const high = rules.high[signal];
    const medium = rules.medium[signal];
    if (high !== undefined && value >= high) reasons.push({ signal, value, threshold: high, level: 'high' });
    else if (medium !== undefined && value >= medium)
      reasons.push({ signal, value, threshold: medium, level: 'medium' });
  }
  reasons.sort((a, b) => (a.level === b.level ? 0 : a.level === 'high' ? -1 : 1));
  const level: HostRiskLevel = reasons[0]?.level ?? 'low';
  return { level, reasons };
}
