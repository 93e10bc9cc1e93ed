import { Button, Card, Divider, Form, Input, Popconfirm, Radio, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allowedActions } from '../decision-form';
import { useViolationCatalogue } from '../governance.queries';
import type { Decision } from '../governance.types';
import { appealDecisionInput, emptyDraft, type NewDecisionDraft } from './appeal-decision-input';
import { useDecideAppeal } from './appeals.queries';
import { APPEAL_OUTCOMES, type Appeal, type AppealDecided, type AppealOutcome } from './appeals.types';
import { GovernanceErrorAlert } from './GovernanceErrorAlert';
import { NewDecisionFields } from './NewDecisionFields';

interface AppealDecisionFormProps {
  appeal: Appeal;
  /** The appealed decision: a modification starts from the same target and language. */
  decision: Decision;
  onDecided: (decided: AppealDecided) => void;
}

/** upheld, reversed or modified, always with reasoning; modified also takes the new decision. */
export function AppealDecisionForm({ appeal, decision, onDecided }: AppealDecisionFormProps) {
  const { t } = useTranslation('appeals');
  const { t: tc } = useTranslation();
  const decide = useDecideAppeal(appeal.id);
  const catalogue = useViolationCatalogue();
  const [outcome, setOutcome] = useState<AppealOutcome | undefined>();
  const [reasoning, setReasoning] = useState('');
  const [draft, setDraft] = useState<NewDecisionDraft>(() => emptyDraft(decision.language));

  const rules = useMemo(
    () => (catalogue.data ? allowedActions(catalogue.data, draft.violationType, decision.target.kind) : []),
    [catalogue.data, draft.violationType, decision.target.kind],
  );
  const input = appealDecisionInput(outcome, reasoning, draft, rules);

  const submit = () => {
    if (input) decide.mutate(input, { onSuccess: onDecided });
  };

  return (
    <Card title={t('decide.title')} data-testid="appeal-decision-form">
      <Form layout="vertical">
        <Form.Item label={t('decide.outcome')} required extra={outcome && t(`decide.outcomeHint.${outcome}`)}>
          <Radio.Group
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as AppealOutcome)}
            optionType="button"
            buttonStyle="solid"
            data-testid="appeal-outcome"
            options={APPEAL_OUTCOMES.map((o) => ({
              value: o,
              label: <span data-testid={`appeal-outcome-${o}`}>{t(`status.${o}`)}</span>,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('decide.reasoning')} required>
          <Input.TextArea
            value={reasoning}
            onChange={(e) => setReasoning(e.target.value)}
            placeholder={t('decide.reasoningPlaceholder')}
            maxLength={5_000}
            autoSize={{ minRows: 3, maxRows: 10 }}
            data-testid="appeal-reasoning"
          />
        </Form.Item>
        {outcome === 'modified' && (
          <>
            <Divider titlePlacement="start">{t('decide.newDecision')}</Divider>
            {catalogue.error ? (
              <GovernanceErrorAlert error={catalogue.error} />
            ) : (
              <NewDecisionFields
                catalogue={catalogue.data}
                loading={catalogue.isPending}
                rules={rules}
                targetKind={decision.target.kind}
                draft={draft}
                onChange={setDraft}
              />
            )}
          </>
        )}
        {decide.error && <GovernanceErrorAlert error={decide.error} testId="appeal-decision-error" />}
        <Typography.Paragraph />
        <Popconfirm
          title={outcome ? t('decide.confirmTitle', { outcome: t(`status.${outcome}`) }) : ''}
          description={t('decide.confirmText')}
          okText={t('decide.submit')}
          cancelText={tc('actions.cancel')}
          okButtonProps={{ 'data-testid': 'appeal-decision-confirm' }}
          onConfirm={submit}
          disabled={input === null}
        >
          <Button
            type="primary"
            loading={decide.isPending}
            disabled={input === null}
            data-testid="appeal-decision-submit"
          >
            {t('decide.submit')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}
