import { describe, expect, it } from 'vitest';
import { hashIdentifier, hashIdentifiers, normaliseIdentifier } from './identity-hash.js';

describe('identity hashes', () => {
  it('are deterministic under one secret and differ under another', () => {
    const a = hashIdentifier('secret-one-0123456789', 'id_number', '110101199003071234');
    expect(hashIdentifier('secret-one-0123456789', 'id_number', '110101199003071234')).toBe(a);
    expect(hashIdentifier('secret-two-0123456789', 'id_number', '110101199003071234')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keep kinds apart: the same digits as a phone and as a device never meet', () => {
    const s = 'secret-one-0123456789';
    expect(hashIdentifier(s, 'phone', '13800138000')).not.toBe(hashIdentifier(s, 'device_id', '13800138000'));
  });

  it('bring the usual ways of writing one identifier to one form', () => {
    const s = 'secret-one-0123456789';
    expect(hashIdentifier(s, 'phone', '+86 138-0013-8000')).toBe(hashIdentifier(s, 'phone', '13800138000'));
    expect(hashIdentifier(s, 'phone', '0086 13800138000')).toBe(hashIdentifier(s, 'phone', '13800138000'));
    expect(hashIdentifier(s, 'id_number', '11010119900307123x')).toBe(
      hashIdentifier(s, 'id_number', '110101 19900307 123X'),
    );
    expect(normaliseIdentifier('business_licence', '91350211-m000100y43')).toBe('91350211M000100Y43');
    expect(normaliseIdentifier('payment_account', ' Shop@Example.com ')).toBe('shop@example.com');
    // A fixed-line number keeps its digits as they are.
    expect(normaliseIdentifier('phone', '(010) 6512-3456')).toBe('01065123456');
  });

  it('leave out identifiers that normalise to nothing', () => {
    expect(hashIdentifiers('secret-one-0123456789', { phone: '---', deviceId: undefined } as never)).toEqual([]);
    expect(hashIdentifiers('secret-one-0123456789', { id_number: 'X1', device_id: 'd-1' }).map((h) => h.kind)).toEqual([
      'id_number',
      'device_id',
    ]);
  });
});
