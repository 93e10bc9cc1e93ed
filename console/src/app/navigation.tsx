import {
  ApiOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  SettingOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { upcomingModuleIcons, upcomingModules } from '../features/upcoming/upcoming-modules';

export type NavKey = 'overview' | 'events' | 'webhooks' | 'audit' | 'settings' | (typeof upcomingModules)[number];

export interface NavEntry {
  key: NavKey;
  icon: ReactNode;
}

export interface NavGroup {
  key: 'operations' | 'platform';
  entries: NavEntry[];
}

/** The side menu: trust & safety work first, then the platform plumbing. Keys are route paths. */
export const navigation: NavGroup[] = [
  {
    key: 'operations',
    entries: [
      { key: 'overview', icon: <DashboardOutlined /> },
      ...upcomingModules.map((key) => ({ key, icon: upcomingModuleIcons[key] })),
    ],
  },
  {
    key: 'platform',
    entries: [
      { key: 'events', icon: <ThunderboltOutlined /> },
      { key: 'webhooks', icon: <ApiOutlined /> },
      { key: 'audit', icon: <FileSearchOutlined /> },
      { key: 'settings', icon: <SettingOutlined /> },
    ],
  },
];
