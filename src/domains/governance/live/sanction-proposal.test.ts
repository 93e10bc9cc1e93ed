import { describe, expect, it } from 'vitest';
import { defaultViolationCatalogue } from '../decisions/default-violation-catalogue.js';
import { proposeSanction } from './sanction-proposal.js';

const catalogue = defaultViolationCatalogue();

describe('sanction proposal of an emergency case', () => {
  it('proposes the violation of the gravest finding and a live suspension by its points', () => {
    // gambling: serious, 24 points → 30 days; its default remove_listing does not fit a stream.
    expect(proposeSanction(catalogue, 'gambling', 5, 'live_session')).toEqual({
      violationType: 'gambling',
      track: 'serious',
      points: 24,
      actions: [{ type: 'suspend_live', days: 30 }],
      basis: { category: 'gambling', severity: 5 },
    });
    expect(proposeSanction(catalogue, 'medical_claim', 5, 'live_session').actions).toEqual([
      { type: 'suspend_live', days: 3 },
    ]);
  });

  it('keeps the catalogue defaults that fit the target', () => {
    const p = proposeSanction(catalogue, 'medical_claim', 4, 'listing');
    expect(p.actions).toEqual([{ type: 'remove_listing' }, { type: 'suspend_live', days: 3 }]);
  });

  it('adds no live suspension where the catalogue does not allow one', () => {
    const p = proposeSanction(catalogue, 'ad_superlative', 2, 'live_session');
    expect(p.actions).toEqual([{ type: 'warn' }]);
  });

  it('proposes nothing for a category that is no violation type', () => {
    expect(proposeSanction(catalogue, 'unspecified', 5, 'live_session')).toMatchObject({
      violationType: null,
      actions: [],
    });
  });

  it('offers only actions the catalogue allows for the type', () => {
    for (const [type, spec] of Object.entries(catalogue.violations)) {
      for (const a of proposeSanction(catalogue, type, 5, 'live_session').actions) {
        expect(spec.actions).toContain(a.type);
      }
    }
  });
});
