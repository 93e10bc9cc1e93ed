import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addCaseNote,
  claimNextCase,
  confirmDecision,
  decideCase,
  fetchCase,
  fetchDecision,
  fetchQueues,
  fetchSubjectCases,
  fetchSubjectPoints,
  fetchViolationCatalogue,
  rejectDecision,
  releaseCase,
} from './governance.api';
import type { DecisionInput } from './governance.types';

const caseKey = (id: string) => ['governance', 'case', id] as const;
const decisionKey = (id: string) => ['governance', 'decision', id] as const;

export function useQueues() {
  return useQuery({ queryKey: ['governance', 'queues'], queryFn: fetchQueues, refetchInterval: 15_000 });
}

export function useClaimNextCase() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: claimNextCase,
    onSuccess: () => client.invalidateQueries({ queryKey: ['governance', 'queues'] }),
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => fetchCase(id) });
}

export function useViolationCatalogue() {
  return useQuery({
    queryKey: ['governance', 'violations'],
    queryFn: fetchViolationCatalogue,
    staleTime: 5 * 60_000,
  });
}

export function useDecision(id: string | null) {
  return useQuery({
    queryKey: decisionKey(id ?? ''),
    queryFn: () => fetchDecision(id ?? ''),
    enabled: id !== null,
  });
}

export function useSubjectPoints(kind: string, id: string) {
  return useQuery({ queryKey: ['governance', 'points', kind, id], queryFn: () => fetchSubjectPoints(kind, id) });
}

export function useSubjectCases(kind: string, id: string) {
  return useQuery({ queryKey: ['governance', 'subject-cases', kind, id], queryFn: () => fetchSubjectCases(kind, id) });
}

/** The case actions of a reviewer; each refreshes the case so its state and history follow. */
export function useCaseActions(caseId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['governance'] });
  return {
    release: useMutation({ mutationFn: () => releaseCase(caseId), onSuccess: refresh }),
    addNote: useMutation({ mutationFn: (text: string) => addCaseNote(caseId, text), onSuccess: refresh }),
    decide: useMutation({
      mutationFn: (input: DecisionInput) => decideCase(caseId, input),
      onSuccess: (decision) => {
        client.setQueryData(decisionKey(decision.id), decision);
        return refresh();
      },
    }),
  };
}

export function useDecisionActions(decisionId: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['governance'] });
  return {
    confirm: useMutation({ mutationFn: () => confirmDecision(decisionId), onSuccess: refresh }),
    reject: useMutation({ mutationFn: (reason: string) => rejectDecision(decisionId, reason), onSuccess: refresh }),
  };
}
