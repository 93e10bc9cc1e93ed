import { AuditOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Area } from '../auth/can-see';

export const governanceNavKeys = ['governance-queues'] as const;
export type GovernanceNavKey = (typeof governanceNavKeys)[number];

// The staff roles that read cases are those of the screening area; deciding is checked on the page.
export const governanceNavEntries: { key: GovernanceNavKey; icon: ReactNode; area: Area }[] = [
  { key: 'governance-queues', icon: <AuditOutlined />, area: 'screening' },
];
