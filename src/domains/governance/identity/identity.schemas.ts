import { z } from 'zod';
import { IDENTITY_SUBJECT_KINDS, type IdentifierKind, type Identifiers } from './identity-hash.js';

const value = z.string().trim().min(1).max(200);

const IdentifierFields = z.object({
  idNumber: value.optional().describe('National ID number (身份证号)'),
  phone: value.optional().describe('Phone number, with or without +86'),
  businessLicence: value.optional().describe('Business licence / unified social credit code (统一社会信用代码)'),
  paymentAccount: value.optional().describe('Settlement or payment account (bank card, Alipay, WeChat Pay)'),
  deviceId: value.optional().describe('A device id the platform holds for the account'),
});
type IdentifierFields = z.infer<typeof IdentifierFields>;

const FIELD_KIND: Record<keyof IdentifierFields, IdentifierKind> = {
  idNumber: 'id_number',
  phone: 'phone',
  businessLicence: 'business_licence',
  paymentAccount: 'payment_account',
  deviceId: 'device_id',
};

const atLeastOne = (v: IdentifierFields) => Object.keys(FIELD_KIND).some((k) => v[k as keyof IdentifierFields]);
const NEEDS_ONE = { message: 'give at least one of idNumber, phone, businessLicence, paymentAccount, deviceId' };

export function identifiersOf(fields: IdentifierFields): Identifiers {
  const out: Identifiers = {};
  for (const [field, kind] of Object.entries(FIELD_KIND)) {
    const v = fields[field as keyof IdentifierFields];
    if (v !== undefined) out[kind] = v;
  }
  return out;
}

const SubjectKind = z.enum(IDENTITY_SUBJECT_KINDS);
const SubjectId = z.string().min(1).max(128);

export const IdentitiesBody = IdentifierFields.extend({ subjectKind: SubjectKind, subjectId: SubjectId }).refine(
  atLeastOne,
  NEEDS_ONE,
);

export const OnboardingCheckBody = IdentifierFields.extend({
  subjectKind: SubjectKind.optional().describe('The kind of account being opened'),
  subjectId: SubjectId.optional().describe("The applicant's account id, if it has one already"),
}).refine(atLeastOne, NEEDS_ONE);

export const StandingParams = z.object({ subjectKind: SubjectKind, subjectId: SubjectId });

export const BanBody = z.object({ reason: z.string().trim().min(1).max(2_000) });
