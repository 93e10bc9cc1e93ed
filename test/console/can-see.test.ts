import { describe, expect, it } from 'vitest';
import { type Area, areas, canSee, homePath } from '../../console/src/features/auth/can-see';
import { type Role, roles } from '../../console/src/features/auth/roles';

const visible = (role: Role) => areas.filter((area) => canSee(role, area));

describe('canSee', () => {
  it('gives the admin every staff area and no portal', () => {
    expect(visible('admin')).toEqual([
      'overview',
      'events',
      'webhooks',
      'webhooks.manage',
      'audit',
      'settings',
      'upcoming',
      'screening',
      'screening.manage',
      'governance',
      'governance.manage',
    ]);
  });

  it('follows the server for the other staff roles', () => {
    expect(visible('lead')).toEqual([
      'overview',
      'events',
      'webhooks',
      'audit',
      'upcoming',
      'screening',
      'screening.manage',
      'governance',
      'governance.manage',
    ]);
    expect(visible('reviewer')).toEqual(['overview', 'events', 'upcoming', 'screening', 'governance']);
    expect(visible('analyst')).toEqual(['overview', 'events', 'webhooks', 'upcoming', 'screening', 'governance']);
  });

  it('shows merchants, hosts and rights holders their portal and nothing else', () => {
    for (const role of ['merchant', 'host', 'rights_holder'] as const) expect(visible(role)).toEqual(['portal']);
  });

  it('keeps settings and webhook writes to the admin', () => {
    const only = (area: Area) => roles.filter((role) => canSee(role, area));
    expect(only('settings')).toEqual(['admin']);
    expect(only('webhooks.manage')).toEqual(['admin']);
  });

  it('lets every staff role read screening and only admins and leads edit lexicons and policies', () => {
    const only = (area: Area) => roles.filter((role) => canSee(role, area));
    expect(only('screening')).toEqual(['admin', 'lead', 'reviewer', 'analyst']);
    expect(only('screening.manage')).toEqual(['admin', 'lead']);
  });
});

describe('homePath', () => {
  it('starts staff at the overview and portal users at the portal', () => {
    for (const role of ['admin', 'lead', 'reviewer', 'analyst'] as const) expect(homePath(role)).toBe('/overview');
    for (const role of ['merchant', 'host', 'rights_holder'] as const) expect(homePath(role)).toBe('/portal');
  });

  it('sends every role home to a place it may see', () => {
    for (const role of roles) expect(canSee(role, homePath(role) === '/portal' ? 'portal' : 'overview')).toBe(true);
  });
});
