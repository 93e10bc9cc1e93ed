import type { XinrenConnection } from '../xinren/xinren-http.js';

// Xinren's reviewers, played by keys with the admin scope, so that tests and demo runs get
// decisions (and so enforcement messages) without a person at the console.

type Json = Record<string, any>;

export interface CaseToDecide {
  id: string;
  subject: { kind: string; id: string };
  target: { kind: string; id: string };
  category: string;
}

export interface DecisionPlan {
  violationType: string;
  actions: { type: string; days?: number; amount?: number }[];
  facts: string;
}

async function call(connection: XinrenConnection, method: 'GET' | 'POST', path: string, json?: unknown) {
  const res = await fetch(`${connection.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${connection.apiKey}`,
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: HTTP ${res.status} ${text.slice(0, 500)}`);
  return (text === '' ? {} : JSON.parse(text)) as Json;
}

export class ReviewDesk {
  /**
   * @param reviewer takes decisions on cases
   * @param second confirms four-eyes decisions and decides appeals (it must not be the reviewer)
   */
  constructor(
    private readonly reviewer: XinrenConnection,
    private readonly second: XinrenConnection,
  ) {}

  /**
   * Claims the next case of any queue and decides it as `plan` says (null: leaves it claimed and
   * moves on); a decision waiting for four eyes is confirmed. Returns the decision, or null when
   * no case was waiting.
   */
  async decideNext(plan: (c: CaseToDecide) => DecisionPlan | null): Promise<Json | null> {
    const queues = (await call(this.reviewer, 'GET', '/v1/queues')).items as Json[];
    for (const q of queues) {
      if (q.name === 'appeals' || (q.states?.open ?? 0) === 0) continue;
      const claimed = (await call(this.reviewer, 'POST', `/v1/queues/${encodeURIComponent(q.name)}/next`))
        .case as CaseToDecide | null;
      if (!claimed) continue;
      const body = plan(claimed);
      if (!body) {
        await call(this.reviewer, 'POST', `/v1/cases/${claimed.id}/release`, {});
        continue;
      }
      const decision = await call(this.reviewer, 'POST', `/v1/cases/${claimed.id}/decision`, {
        ...body,
        language: 'zh-CN',
      });
      if (decision.status === 'pending_confirmation') {
        return call(this.second, 'POST', `/v1/decisions/${decision.id}/confirm`, {});
      }
      return decision;
    }
    return null;
  }

  /** Claims the next appeal and decides it; null when none is waiting. */
  async decideNextAppeal(outcome: 'upheld' | 'reversed'): Promise<Json | null> {
    const next = await call(this.second, 'POST', '/v1/queues/appeals/next');
    const appeal = next.appeal as Json | null;
    if (!appeal) return null;
    return call(this.second, 'POST', `/v1/appeals/${appeal.id}/decision`, {
      outcome,
      reasoning: outcome === 'reversed' ? '经复核，证据不足，撤销原决定。' : '经复核，原决定事实清楚，维持原决定。',
    });
  }
}

// Decisions that between them use every action Xinren has, each with a violation type that
// allows it and a case target it fits.
const LISTING_PLANS: readonly DecisionPlan[] = [
  { violationType: 'misleading_description', actions: [{ type: 'remove_listing' }], facts: '商品描述与实物不符。' },
  { violationType: 'spam_seo', actions: [{ type: 'demote_listing', days: 3 }], facts: '标题堆砌无关关键词。' },
];
const STREAM_PLANS: readonly DecisionPlan[] = [
  { violationType: 'staged_drama', actions: [{ type: 'stop_stream' }], facts: '直播间演绎剧情诱导下单。' },
];
const ACCOUNT_PLANS: readonly DecisionPlan[] = [
  {
    violationType: 'misleading_description',
    actions: [{ type: 'warn' }, { type: 'restrict_traffic', days: 3 }],
    facts: '多次发布与实物不符的描述。',
  },
  { violationType: 'harassment', actions: [{ type: 'suspend_live', days: 1 }], facts: '直播中辱骂观众。' },
  {
    violationType: 'ip_infringement',
    actions: [{ type: 'forbid_new_listings', days: 3 }],
    facts: '盗用他人商品图片。',
  },
  { violationType: 'price_fraud', actions: [{ type: 'freeze_settlement', days: 7 }], facts: '虚构原价。' },
  { violationType: 'counterfeit', actions: [{ type: 'deduct_deposit', amount: 30_000 }], facts: '销售假冒商品。' },
  { violationType: 'counterfeit', actions: [{ type: 'suspend_account', days: 1 }], facts: '再次销售假冒商品。' },
  { violationType: 'counterfeit', actions: [{ type: 'terminate_account' }], facts: '屡次销售假冒商品，情节严重。' },
];

/**
 * A plan that goes round the actions: on a listing or live-session case, alternately a measure on
 * the target and one on the account; cases about buyers, or about no known account, are dismissed.
 */
export function rotatingPlan(): (c: CaseToDecide) => DecisionPlan {
  let n = 0;
  return (c) => {
    n++;
    // Xinren names a report's subject 'unknown' until it learns who sells the listing.
    if ((c.subject.kind !== 'merchant' && c.subject.kind !== 'host') || c.subject.id === 'unknown')
      return { violationType: 'none', actions: [], facts: '未发现违规。' };
    const onTarget = n % 2 === 0;
    if (onTarget && c.target.kind === 'listing') return LISTING_PLANS[(n / 2) % LISTING_PLANS.length]!;
    if (onTarget && c.target.kind === 'live_session') return STREAM_PLANS[0]!;
    return ACCOUNT_PLANS[Math.floor(n / 2) % ACCOUNT_PLANS.length]!;
  };
}
