import type { CasePriority, CaseSource } from './case-priority.js';

// Routing is data: an ordered list of rules, the first that matches names the queue. A rule
// without conditions matches everything, so the last one is the catch-all.

export interface RoutingInput {
  source: CaseSource;
  category: string;
  severity: number;
  language: string;
  priority: CasePriority;
}

export interface RoutingRule {
  queue: string;
  sources?: readonly CaseSource[];
  priorities?: readonly CasePriority[];
  categories?: readonly string[];
  minSeverity?: number;
  languages?: readonly string[];
}

export interface QueueDefinition {
  name: string;
  description: string;
}

/** Where a breached case goes; leads watch it. */
export const ESCALATION_QUEUE = 'escalated';
const FALLBACK_QUEUE = 'general';

export const DEFAULT_QUEUES: readonly QueueDefinition[] = [
  {
    name: 'emergency',
    description: 'Live streams stopped by screening, and anything raised to emergency; 15-minute SLA',
  },
  { name: ESCALATION_QUEUE, description: 'Cases whose SLA ran out before a decision; for leads' },
  { name: 'serious', description: 'Severity 4–5, and drugs, weapons, sexual content and gambling at any severity' },
  { name: 'en', description: 'Content in English' },
  { name: FALLBACK_QUEUE, description: 'Everything else (Chinese and undetermined language)' },
];

export const DEFAULT_ROUTING_RULES: readonly RoutingRule[] = [
  { queue: 'emergency', priorities: ['emergency'] },
  { queue: 'serious', minSeverity: 4 },
  { queue: 'serious', categories: ['drugs', 'weapons', 'sexual', 'gambling'] },
  { queue: 'en', languages: ['en'] },
  { queue: FALLBACK_QUEUE },
];

function matches(rule: RoutingRule, input: RoutingInput): boolean {
  if (rule.sources && !rule.sources.includes(input.source)) return false;
  if (rule.priorities && !rule.priorities.includes(input.priority)) return false;
  if (rule.categories && !rule.categories.includes(input.category)) return false;
  if (rule.minSeverity !== undefined && input.severity < rule.minSeverity) return false;
  if (rule.languages && !rule.languages.includes(input.language)) return false;
  return true;
}

export function routeCase(input: RoutingInput, rules: readonly RoutingRule[] = DEFAULT_ROUTING_RULES): string {
  for (const rule of rules) if (matches(rule, input)) return rule.queue;
  return FALLBACK_QUEUE;
}
