import { http } from '../../../api/http-client';
import type { DayRange, GovernanceFigures } from './figures.types';

export const fetchGovernanceFigures = (range: DayRange) =>
  http.get<GovernanceFigures>('/v1/governance/figures', { from: range.from, to: range.to });
