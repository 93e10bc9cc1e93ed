import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { listEntries } from '../points/points.repository.js';
import { DAY_MS, totalsByTrack } from '../rules/points-ladder.js';
import {
  DEFAULT_HOST_RISK_RULES,
  type HostHistory,
  type HostRisk,
  type HostRiskRules,
  hostRiskOf,
} from './host-risk.js';
import { countActiveSanctions, reportsAbout, sessionsWithCases, violationTimes } from './live.repository.js';

export interface AudienceFigures {
  /** Viewers of the host's streams in the report window, when the platform knows them. */
  viewers?: number;
  /** The host's streams in the window, when the platform knows them (else the ones Xinren saw). */
  streams?: number;
}

/** Reads a host's governance history as the risk rule takes it. */
export async function hostHistoryOf(
  db: Db,
  clock: Clock,
  hostId: string,
  audience: AudienceFigures = {},
  rules: HostRiskRules = DEFAULT_HOST_RISK_RULES,
): Promise<HostHistory> {
  const now = clock.now();
  const since90 = new Date(now.getTime() - 90 * DAY_MS);
  const since30 = now.getTime() - 30 * DAY_MS;
  const reportSince = new Date(now.getTime() - rules.reportWindowDays * DAY_MS);
  const [entries, violations, activeSanctions, reports, caseSessions] = await Promise.all([
    listEntries(db, { kind: 'host', id: hostId }),
    violationTimes(db, hostId, since90),
    countActiveSanctions(db, hostId, now),
    reportsAbout(db, hostId, reportSince),
    sessionsWithCases(db, hostId, reportSince),
  ]);
  const totals = totalsByTrack(entries, now);
  const sessions = new Set(caseSessions);
  for (const r of reports) if (r.targetKind === 'live_session') sessions.add(r.targetId);
  return {
    seriousPoints: totals.serious,
    generalPoints: totals.general,
    violations30d: violations.filter((t) => t.getTime() >= since30).length,
    violations90d: violations.length,
    activeSanctions,
    reports: reports.length,
    viewers: audience.viewers ?? null,
    streams: audience.streams ?? sessions.size,
  };
}

export interface HostRiskView extends HostRisk {
  hostId: string;
  at: Date;
  history: HostHistory;
}

export async function assessHostRisk(
  db: Db,
  clock: Clock,
  hostId: string,
  audience: AudienceFigures = {},
  rules: HostRiskRules = DEFAULT_HOST_RISK_RULES,
): Promise<HostRiskView> {
  const history = await hostHistoryOf(db, clock, hostId, audience, rules);
  return { hostId, at: clock.now(), history, ...hostRiskOf(history, rules) };
}
