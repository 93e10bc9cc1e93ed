import {
  ApiOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  ProfileOutlined,
  SettingOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { type Area, canSee } from '../features/auth/can-see';
import type { Role } from '../features/auth/roles';
import { type GovernanceNavKey, governanceNavEntries } from '../features/governance/governance-navigation';
import { type ScreeningNavKey, screeningNavEntries } from '../features/screening/screening-navigation';
import { upcomingModuleIcons, upcomingModules } from '../features/upcoming/upcoming-modules';

export type NavKey =
  | 'overview'
  | 'events'
  | 'webhooks'
  | 'audit'
  | 'settings'
  | 'portal'
  | ScreeningNavKey
  | GovernanceNavKey
  | (typeof upcomingModules)[number];

export interface NavEntry {
  key: NavKey;
  icon: ReactNode;
  /** Who may open it: see {@link canSee}. */
  area: Area;
}

export interface NavGroup {
  key: 'self' | 'operations' | 'governance' | 'screening' | 'platform';
  entries: NavEntry[];
}

/** The side menu: trust & safety work first, then the platform plumbing. Keys are route paths. */
export const navigation: NavGroup[] = [
  {
    key: 'self',
    entries: [{ key: 'portal', icon: <ProfileOutlined />, area: 'portal' }],
  },
  {
    key: 'operations',
    entries: [
      { key: 'overview', icon: <DashboardOutlined />, area: 'overview' },
      ...upcomingModules.map((key) => ({ key, icon: upcomingModuleIcons[key], area: 'upcoming' as const })),
    ],
  },
  { key: 'governance', entries: governanceNavEntries },
  { key: 'screening', entries: screeningNavEntries },
  {
    key: 'platform',
    entries: [
      { key: 'events', icon: <ThunderboltOutlined />, area: 'events' },
      { key: 'webhooks', icon: <ApiOutlined />, area: 'webhooks' },
      { key: 'audit', icon: <FileSearchOutlined />, area: 'audit' },
      { key: 'settings', icon: <SettingOutlined />, area: 'settings' },
    ],
  },
];

/** The menu as one role sees it: entries it may not open are left out, and so are groups left empty. */
export function navigationFor(role: Role): NavGroup[] {
  return navigation
    .map((group) => ({ ...group, entries: group.entries.filter((entry) => canSee(role, entry.area)) }))
    .filter((group) => group.entries.length > 0);
}
