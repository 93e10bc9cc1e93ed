import { BookOutlined, ExperimentOutlined, HistoryOutlined, PartitionOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Area } from '../auth/can-see';

export const screeningNavKeys = [
  'screening-try',
  'screening-verdicts',
  'screening-lexicons',
  'screening-policies',
] as const;
export type ScreeningNavKey = (typeof screeningNavKeys)[number];

/** The screening group of the side menu; keys are route paths. Every staff role reads, admins and leads also edit. */
export const screeningNavEntries: { key: ScreeningNavKey; icon: ReactNode; area: Area }[] = [
  { key: 'screening-try', icon: <ExperimentOutlined />, area: 'screening' },
  { key: 'screening-verdicts', icon: <HistoryOutlined />, area: 'screening' },
  { key: 'screening-lexicons', icon: <BookOutlined />, area: 'screening' },
  { key: 'screening-policies', icon: <PartitionOutlined />, area: 'screening' },
];
