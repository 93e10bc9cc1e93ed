import { Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/useLanguage';
import { actionRequests, allowedActions, missingInputs, NO_VIOLATION } from './decision-form';
import { useCaseActions, useViolationCatalogue } from './governance.queries';
import type { CaseDetail, Decision, StatementLanguage } from './governance.types';

interface DecisionFormProps {
  detail: CaseDetail;
  onDecided: (decision: Decision) => void;
}

const languages: StatementLanguage[] = ['zh-CN', 'en'];

/** The violation types of the catalogue, the actions the chosen type allows, the facts and the language. */
export function DecisionForm({ detail, onDecided }: DecisionFormProps) {
  const { t } = useTranslation('governance');
  const [uiLanguage] = useLanguage();
  const catalogue = useViolationCatalogue();
  const { decide } = useCaseActions(detail.id);
  const [violationType, setViolationType] = useState<string | undefined>();
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState<Record<string, number | null>>({});
  const [amounts, setAmounts] = useState<Record<string, number | null>>({});
  const [facts, setFacts] = useState('');
  const [language, setLanguage] = useState<StatementLanguage>(detail.language === 'en' ? 'en' : 'zh-CN');

  const rules = useMemo(
    () => (catalogue.data ? allowedActions(catalogue.data, violationType, detail.target.kind) : []),
    [catalogue.data, violationType, detail.target.kind],
  );
  const requests = actionRequests(chosen, rules, days, amounts);
  const spec = catalogue.data?.violations.find((v) => v.type === violationType);
  const fourEyes = catalogue.data?.fourEyes;
  const needsSecond =
    fourEyes !== undefined &&
    requests.some(
      (r) =>
        fourEyes.actions.includes(r.type) ||
        (r.type === 'deduct_deposit' && (r.amount ?? 0) > fourEyes.depositDeductionAbove),
    );

  if (catalogue.error) return <ErrorAlert error={catalogue.error} />;

  const chooseType = (type: string) => {
    setViolationType(type);
    const defaults =
      type === NO_VIOLATION ? [] : (catalogue.data?.violations.find((v) => v.type === type)?.default ?? []);
    const fitting = catalogue.data ? allowedActions(catalogue.data, type, detail.target.kind).map((r) => r.type) : [];
    setChosen(defaults.filter((a) => fitting.includes(a)));
  };

  const submit = () => {
    if (!violationType) return;
    decide.mutate(
      {
        violationType,
        actions: requests.length > 0 ? requests : undefined,
        facts: facts.trim(),
        language,
      },
      { onSuccess: onDecided },
    );
  };

  const nameOf = (names: Record<StatementLanguage, string>) => names[uiLanguage === 'en' ? 'en' : 'zh-CN'];

  return (
    <Card title={t('decision.title')} data-testid="decision-form">
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label={t('decision.violationType')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={catalogue.isPending}
            value={violationType}
            onChange={chooseType}
            data-testid="decision-violation"
            options={[
              { value: NO_VIOLATION, label: `${t('decision.noViolation')} (${NO_VIOLATION})` },
              ...(catalogue.data?.violations ?? []).map((v) => ({
                value: v.type,
                label: `${nameOf(v.name)} (${v.type})`,
              })),
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
            <Checkbox.Group value={chosen} onChange={(values) => setChosen(values as string[])}>
              <Space orientation="vertical">
                {rules.map((rule) => (
                  <Space key={rule.type} wrap>
                    <Checkbox value={rule.type} data-testid={`decision-action-${rule.type}`}>
                      {t(`action.${rule.type}`, { defaultValue: rule.type })}
                    </Checkbox>
                    {chosen.includes(rule.type) && rule.days !== 'none' && (
                      <InputNumber
                        min={1}
                        max={3_650}
                        placeholder={t('decision.days')}
                        value={days[rule.type] ?? null}
                        onChange={(v) => setDays({ ...days, [rule.type]: v })}
                        status={rule.days === 'required' && !days[rule.type] ? 'error' : undefined}
                        suffix={t('decision.days')}
                        data-testid={`decision-days-${rule.type}`}
                      />
                    )}
                    {chosen.includes(rule.type) && rule.amount && (
                      <InputNumber
                        min={1}
                        placeholder={t('decision.amount')}
                        value={amounts[rule.type] ?? null}
                        onChange={(v) => setAmounts({ ...amounts, [rule.type]: v })}
                        status={!amounts[rule.type] ? 'error' : undefined}
                        suffix={fourEyes?.currency}
                        data-testid={`decision-amount-${rule.type}`}
                      />
                    )}
                  </Space>
                ))}
              </Space>
            </Checkbox.Group>
          </Form.Item>
        )}
        {needsSecond && (
          <Typography.Paragraph>
            <Tag color="purple" data-testid="decision-four-eyes">
              {t('decision.fourEyes')}
            </Tag>
          </Typography.Paragraph>
        )}
        <Form.Item label={t('decision.facts')} required>
          <Input.TextArea
            value={facts}
            onChange={(e) => setFacts(e.target.value)}
            placeholder={t('decision.factsPlaceholder')}
            maxLength={5_000}
            autoSize={{ minRows: 3, maxRows: 10 }}
            data-testid="decision-facts"
          />
        </Form.Item>
        <Form.Item label={t('decision.language')}>
          <Select
            value={language}
            onChange={setLanguage}
            options={languages.map((l) => ({ value: l, label: l }))}
            data-testid="decision-language"
            style={{ width: 160 }}
          />
        </Form.Item>
        {decide.error && <ErrorAlert error={decide.error} testId="decision-error" />}
        <Button
          type="primary"
          htmlType="submit"
          loading={decide.isPending}
          disabled={!violationType || facts.trim() === '' || missingInputs(requests, rules)}
          data-testid="decision-submit"
        >
          {t('decision.submit')}
        </Button>
      </Form>
    </Card>
  );
}
