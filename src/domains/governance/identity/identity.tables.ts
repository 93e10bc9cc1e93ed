import type { IdentifierKind, IdentitySubjectKind } from './identity-hash.js';

/** A keyed hash of one identifier of a merchant or host; the raw value is never stored. */
export interface GovIdentityFingerprintsTable {
  subjectKind: IdentitySubjectKind;
  subjectId: string;
  identifierKind: IdentifierKind;
  /** HMAC-SHA256 of the normalised value under the server's identity secret, hex. */
  hash: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

/** Whether an account is banned (terminated) or suspended, as the onboarding check reads it. */
export interface GovAccountStandingTable {
  subjectKind: IdentitySubjectKind;
  subjectId: string;
  banned: boolean;
  bannedAt: Date | null;
  banReason: string | null;
  bannedBy: string | null;
  suspendedUntil: Date | null;
  suspensionReason: string | null;
  updatedAt: Date;
}

export interface IdentityTables {
  govIdentityFingerprints: GovIdentityFingerprintsTable;
  govAccountStanding: GovAccountStandingTable;
}
