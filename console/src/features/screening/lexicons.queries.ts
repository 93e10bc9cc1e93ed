import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type EntryQuery, type LexiconEdit, type LexiconImport, lexiconsApi } from './lexicons.api';

const keys = {
  all: ['screening', 'lexicons'] as const,
  lexicon: (name: string) => ['screening', 'lexicons', name] as const,
};

export function useLexicons() {
  return useQuery({ queryKey: keys.all, queryFn: lexiconsApi.list });
}

export function useLexiconEntries(name: string, query: EntryQuery) {
  return useQuery({
    queryKey: [...keys.lexicon(name), 'entries', query],
    queryFn: () => lexiconsApi.entries(name, query),
    placeholderData: keepPreviousData,
  });
}

export function useLexiconVersions(name: string) {
  return useQuery({ queryKey: [...keys.lexicon(name), 'versions'], queryFn: () => lexiconsApi.versions(name) });
}

export function useLexiconDiff(name: string, from: number | undefined, to: number | undefined) {
  return useQuery({
    queryKey: [...keys.lexicon(name), 'diff', from, to],
    queryFn: () => lexiconsApi.diff(name, from ?? 0, to ?? 0),
    enabled: from !== undefined && to !== undefined && from !== to,
    // Versions never change once written, so neither does a diff between two of them.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

// Every edit makes a new version, which changes the list, the entries and the version history. A
// refused edit refreshes nothing on its own: after a conflict (409) the editor reloads when the user
// asks, so the form they filled in is not swept away under them.
function useInvalidateLexicons() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.all });
  };
}

export function useEditLexicon(name: string) {
  const invalidate = useInvalidateLexicons();
  return useMutation({
    mutationFn: (edit: LexiconEdit) => lexiconsApi.edit(name, edit),
    onSuccess: invalidate,
  });
}

export function useImportLexicon(name: string) {
  const invalidate = useInvalidateLexicons();
  return useMutation({
    mutationFn: (input: LexiconImport) => lexiconsApi.import(name, input),
    onSuccess: invalidate,
  });
}
