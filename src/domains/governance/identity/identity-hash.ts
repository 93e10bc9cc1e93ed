import { createHmac } from 'node:crypto';

export const IDENTITY_SUBJECT_KINDS = ['merchant', 'host'] as const;
export type IdentitySubjectKind = (typeof IDENTITY_SUBJECT_KINDS)[number];

export const IDENTIFIER_KINDS = ['id_number', 'phone', 'business_licence', 'payment_account', 'device_id'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export type Identifiers = Partial<Record<IdentifierKind, string>>;

export interface IdentifierHash {
  kind: IdentifierKind;
  hash: string;
}

// The same person writes the same number in more than one way; each kind is brought to one form
// before hashing so that `+86 138-0013-8000` and `13800138000` meet.
const NORMALISE: Record<IdentifierKind, (raw: string) => string> = {
  id_number: (raw) => raw.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase(),
  business_licence: (raw) => raw.normalize('NFKC').replace(/[\s-]/g, '').toUpperCase(),
  phone: (raw) => {
    const digits = raw.normalize('NFKC').replace(/\D/g, '');
    // Mainland mobile numbers with the country code (86…, 0086…) are the same line without it.
    const national = digits.replace(/^(00)?86(1\d{10})$/, '$2');
    return national;
  },
  payment_account: (raw) => raw.normalize('NFKC').trim().replace(/\s+/g, '').toLowerCase(),
  device_id: (raw) => raw.normalize('NFKC').trim().toLowerCase(),
};

export function normaliseIdentifier(kind: IdentifierKind, raw: string): string {
  return NORMALISE[kind](raw);
}

/**
 * A keyed hash (HMAC-SHA256 under the server's identity secret) of one identifier. The kind is
 * part of the input, so a phone number never matches a device id that happens to share digits;
 * the key keeps anyone with the table but without the secret from testing guesses.
 */
export function hashIdentifier(secret: string, kind: IdentifierKind, raw: string): string {
  return createHmac('sha256', secret)
    .update(kind)
    .update('\u0000')
    .update(normaliseIdentifier(kind, raw))
    .digest('hex');
}

/** The hashes of every identifier given; an identifier that normalises to nothing is left out. */
export function hashIdentifiers(secret: string, identifiers: Identifiers): IdentifierHash[] {
  const out: IdentifierHash[] = [];
  for (const kind of IDENTIFIER_KINDS) {
    const raw = identifiers[kind];
    if (raw === undefined || normaliseIdentifier(kind, raw) === '') continue;
    out.push({ kind, hash: hashIdentifier(secret, kind, raw) });
  }
  return out;
}
