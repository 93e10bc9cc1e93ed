import { ACTION_RULES, type ActionRequest, type SanctionAction } from '../rules/sanction-actions.js';
import type { StatementLanguage, Track, ViolationSpec } from '../rules/violation-catalogue.js';

// The statement of reasons the affected merchant or host reads, in their language: the
// catalogue's template with the reviewer's facts, then the measures, the points and how to appeal.

const ACTION_TEXT: Record<StatementLanguage, Record<SanctionAction, string>> = {
  'zh-CN': {
    remove_listing: '下架商品',
    restore_listing: '恢复商品上架',
    demote_listing: '商品搜索降权',
    restrict_traffic: '限制店铺流量',
    stop_stream: '中断直播',
    suspend_live: '暂停直播权限',
    forbid_new_listings: '禁止发布新商品',
    freeze_settlement: '冻结结算资金',
    deduct_deposit: '扣除保证金',
    suspend_account: '暂停账户',
    terminate_account: '终止合作并关闭账户',
    warn: '警告',
  },
  en: {
    remove_listing: 'listing removed',
    restore_listing: 'listing restored',
    demote_listing: 'listing demoted in search',
    restrict_traffic: 'shop traffic restricted',
    stop_stream: 'live stream stopped',
    suspend_live: 'live streaming suspended',
    forbid_new_listings: 'new listings forbidden',
    freeze_settlement: 'settlement funds frozen',
    deduct_deposit: 'deduction from the deposit',
    suspend_account: 'account suspended',
    terminate_account: 'account terminated',
    warn: 'warning',
  },
};

const TRACK_TEXT: Record<StatementLanguage, Record<Track, string>> = {
  'zh-CN': { general: '一般违规', serious: '严重违规' },
  en: { general: 'general violation', serious: 'serious violation' },
};

function money(amountMinor: number, currency: string): string {
  return `${(amountMinor / 100).toFixed(2)} ${currency}`;
}

export function describeAction(a: ActionRequest, lang: StatementLanguage, currency: string): string {
  const base = ACTION_TEXT[lang][a.type];
  if (a.amount !== undefined)
    return lang === 'en' ? `${base}: ${money(a.amount, currency)}` : `${base} ${money(a.amount, currency)}`;
  if (a.days !== undefined) return lang === 'en' ? `${base} for ${a.days} days` : `${base}${a.days}天`;
  if (ACTION_RULES[a.type].days === 'optional')
    return lang === 'en' ? `${base} until further notice` : `${base}（至另行通知）`;
  return base;
}

export interface StatementInput {
  decisionId: string;
  language: StatementLanguage;
  /** null: no violation. */
  violation: ViolationSpec | null;
  facts: string;
  actions: readonly ActionRequest[];
  /** Measures the points ladder added: the threshold reached and its actions. */
  automatic: readonly { track: Track; points: number; actions: readonly ActionRequest[] }[];
  /** Points recorded by this decision (0 when the subject keeps no ledger). */
  points: number;
  decidedAt: Date;
  appealDays: number;
  currency: string;
}

export function buildStatement(s: StatementInput): string {
  const zh = s.language === 'zh-CN';
  const list = (actions: readonly ActionRequest[]) =>
    actions.map((a) => describeAction(a, s.language, s.currency)).join(zh ? '；' : '; ');
  const lines: string[] = [];
  if (s.violation) {
    lines.push(s.violation.statement[s.language].replace('{facts}', s.facts).trim());
    const { track } = s.violation;
    // Comment authors keep no ledger: their decisions cost no points, and say none.
    const zhPoints = s.points > 0 ? `，扣${s.points}分` : '';
    const enPoints = s.points > 0 ? `, ${s.points} penalty points` : '';
    lines.push(
      zh
        ? `违规类型：${s.violation.name['zh-CN']}（${TRACK_TEXT['zh-CN'][track]}${zhPoints}）`
        : `Violation: ${s.violation.name.en} (${TRACK_TEXT.en[track]}${enPoints})`,
    );
  } else {
    lines.push(
      zh ? `经审核，未发现违规。${s.facts}`.trim() : `After review, no violation was found. ${s.facts}`.trim(),
    );
  }
  if (s.actions.length > 0) lines.push(zh ? `处理措施：${list(s.actions)}` : `Measures: ${list(s.actions)}`);
  for (const step of s.automatic) {
    lines.push(
      zh
        ? `因${TRACK_TEXT['zh-CN'][step.track]}累计扣分达到${step.points}分，另予：${list(step.actions)}`
        : `Because your ${TRACK_TEXT.en[step.track]} points reached ${step.points}, also: ${list(step.actions)}`,
    );
  }
  const at = s.decidedAt.toISOString();
  lines.push(zh ? `决定编号：${s.decisionId}，决定时间：${at}` : `Decision ${s.decisionId}, taken ${at}`);
  lines.push(
    zh
      ? `如对本决定有异议，您可在${s.appealDays}天内通过商家后台或开放接口，注明决定编号提出申诉；申诉将由其他审核人员复核。`
      : `If you disagree, you may appeal within ${s.appealDays} days through the merchant portal or the API, citing the decision number; a different reviewer will review your appeal.`,
  );
  return lines.join('\n');
}
