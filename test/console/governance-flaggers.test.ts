import { describe, expect, it } from 'vitest';
import { roles } from '../../console/src/features/auth/roles';
import { canManageFlaggers } from '../../console/src/features/governance/flaggers/can-manage-flaggers';
import { accuracyPercent } from '../../console/src/features/governance/flaggers/flagger-accuracy';

describe('trusted flaggers in the console', () => {
  it('offers granting and revoking to leads and admins only, as the server allows', () => {
    expect(roles.filter((role) => canManageFlaggers(role))).toEqual(['admin', 'lead']);
    expect(canManageFlaggers(undefined)).toBe(false);
  });

  it('shows accuracy as a whole percentage, and nothing before a report is decided', () => {
    expect(accuracyPercent(null)).toBeNull();
    expect(accuracyPercent(0)).toBe(0);
    expect(accuracyPercent(0.9)).toBe(90);
    expect(accuracyPercent(2 / 3)).toBe(67);
    expect(accuracyPercent(1)).toBe(100);
  });
});
