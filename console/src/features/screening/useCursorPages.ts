import { useCallback, useState } from 'react';

/**
 * Back-and-forth paging over a cursor API that only knows "older than": the cursors of the pages
 * already seen are kept, so "newer" returns to the exact page before. Changing a filter starts over.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const current = cursors[cursors.length - 1];
  const older = useCallback((nextBefore: string) => setCursors((list) => [...list, nextBefore]), []);
  const newer = useCallback(() => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)), []);
  const reset = useCallback(() => setCursors([undefined]), []);
  return { before: current, page: cursors.length, hasNewer: cursors.length > 1, older, newer, reset };
}
