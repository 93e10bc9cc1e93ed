import { Card, Flex, Select, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CursorPager } from './CursorPager';
import { DisagreementsTable } from './DisagreementsTable';
import { OutcomePairsTable } from './OutcomePairsTable';
import type { PolicySummary } from './policies.api';
import { useDisagreements } from './policies.queries';
import { useCursorPages } from './useCursorPages';

interface DisagreementsPanelProps {
  policies: PolicySummary[];
  /** The version whose disagreements are shown; the current shadow when the user has not picked one. */
  version: number | undefined;
  onVersionChange: (version: number) => void;
}

const pageSize = 50;

/** Where a shadow policy would have decided differently from the active one, on live traffic. */
export function DisagreementsPanel({ policies, version, onVersionChange }: DisagreementsPanelProps) {
  const { t } = useTranslation('screening');
  const pages = useCursorPages();
  const disagreements = useDisagreements(version, pageSize, pages.before);
  const data = disagreements.data;

  return (
    <Card
      size="small"
      title={t('disagreements.title')}
      extra={
        <Select<number>
          style={{ width: 220 }}
          placeholder={t('disagreements.pickVersion')}
          value={version}
          onChange={(next) => {
            pages.reset();
            onVersionChange(next);
          }}
          options={policies.map((p) => ({
            value: p.version,
            label: `v${p.version} · ${t(`policyStatus.${p.status}`)}`,
          }))}
          data-testid="disagreements-version"
        />
      }
      data-testid="disagreements-panel"
    >
      {version === undefined ? (
        <Typography.Text type="secondary">{t('disagreements.noShadow')}</Typography.Text>
      ) : (
        <Flex vertical gap="middle">
          <Typography.Text type="secondary">{t('disagreements.subtitle')}</Typography.Text>
          {disagreements.error ? <ErrorAlert error={disagreements.error} /> : null}
          <Space align="start" size="large" wrap>
            <Statistic title={t('disagreements.total')} value={data?.total ?? 0} loading={disagreements.isPending} />
            <div style={{ minWidth: 420 }}>
              <OutcomePairsTable pairs={data?.byPair ?? []} />
            </div>
          </Space>
          <DisagreementsTable items={data?.items ?? []} loading={disagreements.isFetching} />
          <Flex justify="end">
            <CursorPager
              page={pages.page}
              hasNewer={pages.hasNewer}
              nextBefore={data?.nextBefore}
              onNewer={pages.newer}
              onOlder={pages.older}
            />
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
