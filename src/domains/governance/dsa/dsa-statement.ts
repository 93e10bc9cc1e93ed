import type {
  AccountType,
  AutomatedDecision,
  CategoryKeyword,
  ContentType,
  DecisionAccount,
  DecisionGround,
  DecisionMonetary,
  DecisionProvision,
  DecisionVisibility,
  SourceType,
  StatementCategory,
  YesNo,
} from './dsa-enums.js';

/**
 * One statement of reasons in the wire format of the EU DSA Transparency Database API
 * (`POST /api/v1/statement`): snake_case fields, enumeration keys, "Yes"/"No" strings and Y-m-d
 * dates. Optional fields are absent rather than null.
 */
export interface DsaStatement {
  decision_visibility?: DecisionVisibility[];
  decision_visibility_other?: string;
  end_date_visibility_restriction?: string;
  decision_monetary?: DecisionMonetary;
  decision_monetary_other?: string;
  end_date_monetary_restriction?: string;
  decision_provision?: DecisionProvision;
  end_date_service_restriction?: string;
  decision_account?: DecisionAccount;
  end_date_account_restriction?: string;
  account_type?: AccountType;
  decision_ground: DecisionGround;
  decision_ground_reference_url?: string;
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  incompatible_content_illegal?: YesNo;
  content_type: ContentType[];
  content_type_other?: string;
  category: StatementCategory;
  category_addition?: StatementCategory[];
  category_specification?: CategoryKeyword[];
  category_specification_other?: string;
  content_date: string;
  application_date: string;
  decision_facts: string;
  source_type: SourceType;
  source_identity?: string;
  automated_detection: YesNo;
  automated_decision: AutomatedDecision;
  puid: string;
}
