import { Descriptions, Drawer, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { FindingsTable } from './FindingsTable';
import { OutcomeTag } from './OutcomeTag';
import type { ContentKind } from './screening.types';
import { usePolicyLabel } from './usePolicyLabel';
import type { Verdict } from './verdicts.api';

interface VerdictDrawerProps {
  verdict: Verdict | null;
  onClose: () => void;
}

/** A stored verdict with its findings; the list already carries them, so nothing is fetched. */
export function VerdictDrawer({ verdict, onClose }: VerdictDrawerProps) {
  const { t } = useTranslation('screening');
  const policyLabel = usePolicyLabel();
  return (
    <Drawer
      open={verdict !== null}
      onClose={onClose}
      size={760}
      title={t('verdicts.drawerTitle')}
      data-testid="verdict-drawer"
    >
      {verdict ? (
        <Flex vertical gap="large">
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              {
                key: 'id',
                label: t('verdicts.id'),
                children: <Typography.Text copyable>{verdict.id}</Typography.Text>,
              },
              {
                key: 'kind',
                label: t('verdicts.kind'),
                children: t(`kind.${verdict.contentKind as ContentKind}`, { defaultValue: verdict.contentKind }),
              },
              { key: 'contentId', label: t('verdicts.contentId'), children: verdict.contentId },
              { key: 'subject', label: t('verdicts.subject'), children: verdict.subjectId },
              { key: 'outcome', label: t('verdicts.outcome'), children: <OutcomeTag outcome={verdict.outcome} /> },
              { key: 'score', label: t('verdicts.score'), children: verdict.score.toFixed(3) },
              { key: 'policy', label: t('verdicts.policy'), children: policyLabel(verdict.policy) },
              { key: 'createdAt', label: t('verdicts.createdAt'), children: <DateTime value={verdict.createdAt} /> },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('verdicts.findings')}</Typography.Title>
            <FindingsTable findings={verdict.findings} testId="verdict-findings" />
          </div>
        </Flex>
      ) : null}
    </Drawer>
  );
}
