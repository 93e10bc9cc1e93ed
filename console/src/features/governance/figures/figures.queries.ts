import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchGovernanceFigures } from './figures.api';
import type { DayRange } from './figures.types';

export function useGovernanceFigures(range: DayRange) {
  return useQuery({
    queryKey: ['governance', 'figures', range.from, range.to],
    queryFn: () => fetchGovernanceFigures(range),
    // Keeps the charts in place while another range loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}
