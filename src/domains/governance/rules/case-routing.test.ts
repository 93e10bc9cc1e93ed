import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUEUES,
  DEFAULT_ROUTING_RULES,
  ESCALATION_QUEUE,
  type RoutingInput,
  routeCase,
} from './case-routing.js';

const base: RoutingInput = {
  source: 'screening',
  category: 'diversion',
  severity: 3,
  language: 'zh',
  priority: 'normal',
};

describe('case routing', () => {
  it('sends emergencies to the emergency queue whatever their category or language', () => {
    expect(routeCase({ ...base, source: 'emergency', priority: 'emergency', language: 'en' })).toBe('emergency');
    expect(routeCase({ ...base, priority: 'emergency', severity: 1 })).toBe('emergency');
  });

  it('sends severe cases and serious categories to the serious queue', () => {
    expect(routeCase({ ...base, severity: 4 })).toBe('serious');
    expect(routeCase({ ...base, severity: 5, language: 'en' })).toBe('serious');
    expect(routeCase({ ...base, category: 'drugs', severity: 2 })).toBe('serious');
  });

  it('sends English content to the English queue and the rest to general', () => {
    expect(routeCase({ ...base, language: 'en' })).toBe('en');
    expect(routeCase(base)).toBe('general');
    expect(routeCase({ ...base, language: 'und' })).toBe('general');
  });

  it('follows rules given as data, first match first', () => {
    const rules = [{ queue: 'medical', categories: ['medical_claim'] }, { queue: 'rest' }];
    expect(routeCase({ ...base, category: 'medical_claim', severity: 5 }, rules)).toBe('medical');
    expect(routeCase(base, rules)).toBe('rest');
    expect(routeCase(base, [{ queue: 'only-en', languages: ['en'] }])).toBe('general');
  });

  it('routes only to queues that exist by default, and keeps the escalation queue for breaches', () => {
    const names = DEFAULT_QUEUES.map((q) => q.name);
    for (const r of DEFAULT_ROUTING_RULES) expect(names).toContain(r.queue);
    expect(names).toContain(ESCALATION_QUEUE);
    expect(DEFAULT_ROUTING_RULES.map((r) => r.queue)).not.toContain(ESCALATION_QUEUE);
  });
});
