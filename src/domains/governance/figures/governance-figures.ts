import type { Clock } from '../../../platform/clock.js';
import type { Db } from '../../../platform/db/database.js';
import { type AppealOutcomes, appealOutcomes } from './appeal-outcomes.js';
import { type AutomationFigures, automationFigures } from './automation.js';
import { type DecisionTimes, decisionTimes } from './decision-times.js';
import type { FiguresRange } from './figures-range.js';
import { type BanFigures, type PenaltyFigures, penaltiesAndBans } from './penalties.js';
import { type ReportRates, reportRates } from './report-rates.js';
import { type SlaBreaches, slaBreaches } from './sla-breaches.js';

/** The enforcement figures of a range of UTC days, for a trust report. */
export interface GovernanceFigures {
  from: string;
  to: string;
  generatedAt: string;
  reportRates: ReportRates;
  penalties: PenaltyFigures;
  bans: BanFigures;
  timeToDecision: DecisionTimes;
  slaBreaches: SlaBreaches;
  appeals: AppealOutcomes;
  automation: AutomationFigures;
}

/** Reads every figure of the range; each is one aggregate query over governance's own tables. */
export async function governanceFigures(db: Db, clock: Clock, range: FiguresRange): Promise<GovernanceFigures> {
  const generatedAt = clock.now().toISOString();
  const rates = await reportRates(db, range);
  const { penalties, bans } = await penaltiesAndBans(db, range);
  const timeToDecision = await decisionTimes(db, range);
  const breaches = await slaBreaches(db, range);
  const appeals = await appealOutcomes(db, range);
  const automation = await automationFigures(db, range);
  return {
    from: range.from,
    to: range.to,
    generatedAt,
    reportRates: rates,
    penalties,
    bans,
    timeToDecision,
    slaBreaches: breaches,
    appeals,
    automation,
  };
}
