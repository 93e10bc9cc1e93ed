export interface TrustedFlagger {
  reporterId: string;
  name: string;
  /** Why the status was granted: the designation and its reference. */
  note: string | null;
  active: boolean;
  grantedBy: string;
  grantedAt: string;
  revokedBy: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  /** Their first reports filed while trusted; of those, decided, and decided as a violation. */
  reports: { filed: number; decided: number; violated: number };
  /** violated / decided; null before any of their reports is decided. */
  accuracy: number | null;
}

export interface GrantFlaggerInput {
  reporterId: string;
  name: string;
  note?: string;
}
