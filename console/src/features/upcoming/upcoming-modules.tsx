import {
  AlertOutlined,
  CarOutlined,
  CommentOutlined,
  FileTextOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

// Backend domains whose console pages are not built yet. A module leaves this list when its
// feature folder arrives; keys match src/domains/<name>.
export const upcomingModules = ['ip', 'protection', 'fulfillment', 'voice', 'reports'] as const;
export type UpcomingModule = (typeof upcomingModules)[number];

export const upcomingModuleIcons: Record<UpcomingModule, ReactNode> = {
  ip: <SafetyCertificateOutlined />,
  protection: <AlertOutlined />,
  fulfillment: <CarOutlined />,
  voice: <CommentOutlined />,
  reports: <FileTextOutlined />,
};
