import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/** Fetches the lexicon list and one lexicon's entries, versions and diffs again. */
export function useReloadLexicon(name: string) {
  const client = useQueryClient();
  return useCallback(() => {
    void client.invalidateQueries({ queryKey: ['screening', 'lexicons', name] });
    void client.invalidateQueries({ queryKey: ['screening', 'lexicons'], exact: true });
  }, [client, name]);
}
