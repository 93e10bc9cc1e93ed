/** Accuracy as a whole percentage for display, or null before any of the flagger's reports was decided. */
export function accuracyPercent(accuracy: number | null): number | null {
  return accuracy === null ? null : Math.round(accuracy * 100);
}
