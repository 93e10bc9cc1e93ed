import { AuditOutlined, BarChartOutlined, FlagOutlined, RollbackOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Area } from '../auth/can-see';

export const governanceNavKeys = [
  'governance-queues',
  'governance-appeals',
  'governance-trusted-flaggers',
  'governance-figures',
] as const;
export type GovernanceNavKey = (typeof governanceNavKeys)[number];

// The staff roles that read cases are those of the governance area; deciding is checked on the page.
export const governanceNavEntries: { key: GovernanceNavKey; icon: ReactNode; area: Area }[] = [
  { key: 'governance-queues', icon: <AuditOutlined />, area: 'governance' },
  { key: 'governance-appeals', icon: <RollbackOutlined />, area: 'governance' },
  { key: 'governance-trusted-flaggers', icon: <FlagOutlined />, area: 'governance' },
  { key: 'governance-figures', icon: <BarChartOutlined />, area: 'governance' },
];
