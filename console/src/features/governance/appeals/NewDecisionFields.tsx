import { Checkbox, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { allowedActions, NO_VIOLATION } from '../decision-form';
import type { ActionRule, StatementLanguage, ViolationCatalogue } from '../governance.types';
import type { NewDecisionDraft } from './appeal-decision-input';

interface NewDecisionFieldsProps {
  catalogue: ViolationCatalogue | undefined;
  loading: boolean;
  rules: ActionRule[];
  targetKind: string;
  draft: NewDecisionDraft;
  onChange: (draft: NewDecisionDraft) => void;
}

const languages: StatementLanguage[] = ['zh-CN', 'en'];

/** The decision that replaces the appealed one: the same choices as a decision on a case. */
export function NewDecisionFields({ catalogue, loading, rules, targetKind, draft, onChange }: NewDecisionFieldsProps) {
  const { t } = useTranslation('governance');
  const [uiLanguage] = useLanguage();
  const spec = catalogue?.violations.find((v) => v.type === draft.violationType);
  const nameOf = (names: Record<StatementLanguage, string>) => names[uiLanguage === 'en' ? 'en' : 'zh-CN'];

  const chooseType = (type: string) => {
    const defaults = type === NO_VIOLATION ? [] : (catalogue?.violations.find((v) => v.type === type)?.default ?? []);
    const fitting = catalogue ? allowedActions(catalogue, type, targetKind).map((r) => r.type) : [];
    onChange({ ...draft, violationType: type, chosen: defaults.filter((a) => fitting.includes(a)) });
  };

  return (
    <>
      <Form.Item label={t('decision.violationType')} required>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={loading}
          value={draft.violationType}
          onChange={chooseType}
          data-testid="appeal-new-violation"
          options={[
            { value: NO_VIOLATION, label: `${t('decision.noViolation')} (${NO_VIOLATION})` },
            ...(catalogue?.violations ?? []).map((v) => ({ value: v.type, label: `${nameOf(v.name)} (${v.type})` })),
          ]}
        />
      </Form.Item>
      {spec && (
        <Typography.Paragraph>
          <Tag color={spec.track === 'serious' ? 'red' : 'gold'}>
            {t('decision.track', { track: t(`track.${spec.track}`), points: spec.points })}
          </Tag>
        </Typography.Paragraph>
      )}
      {rules.length > 0 && (
        <Form.Item label={t('decision.actions')} extra={t('decision.actionsHint')}>
          <Checkbox.Group
            value={draft.chosen}
            onChange={(values) => onChange({ ...draft, chosen: values as string[] })}
          >
            <Space orientation="vertical">
              {rules.map((rule) => (
                <Space key={rule.type} wrap>
                  <Checkbox value={rule.type} data-testid={`appeal-new-action-${rule.type}`}>
                    {t(`action.${rule.type}`, { defaultValue: rule.type })}
                  </Checkbox>
                  {draft.chosen.includes(rule.type) && rule.days !== 'none' && (
                    <InputNumber
                      min={1}
                      max={3_650}
                      placeholder={t('decision.days')}
                      value={draft.days[rule.type] ?? null}
                      onChange={(v) => onChange({ ...draft, days: { ...draft.days, [rule.type]: v } })}
                      status={rule.days === 'required' && !draft.days[rule.type] ? 'error' : undefined}
                      suffix={t('decision.days')}
                    />
                  )}
                  {draft.chosen.includes(rule.type) && rule.amount && (
                    <InputNumber
                      min={1}
                      placeholder={t('decision.amount')}
                      value={draft.amounts[rule.type] ?? null}
                      onChange={(v) => onChange({ ...draft, amounts: { ...draft.amounts, [rule.type]: v } })}
                      status={!draft.amounts[rule.type] ? 'error' : undefined}
                      suffix={catalogue?.fourEyes.currency}
                    />
                  )}
                </Space>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
      )}
      <Form.Item label={t('decision.facts')} required>
        <Input.TextArea
          value={draft.facts}
          onChange={(e) => onChange({ ...draft, facts: e.target.value })}
          placeholder={t('decision.factsPlaceholder')}
          maxLength={5_000}
          autoSize={{ minRows: 3, maxRows: 10 }}
          data-testid="appeal-new-facts"
        />
      </Form.Item>
      <Form.Item label={t('decision.language')}>
        <Select
          value={draft.language}
          onChange={(language) => onChange({ ...draft, language })}
          options={languages.map((l) => ({ value: l, label: l }))}
          style={{ width: 160 }}
        />
      </Form.Item>
    </>
  );
}
