import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubjectCases } from './governance.queries';
import type { CaseState, CaseSummary } from './governance.types';

/** Every case against a merchant or host, newest first: what a reviewer weighs next to the points. */
export function SubjectCasesCard({ kind, id }: { kind: string; id: string }) {
  const { t } = useTranslation('governance');
  const cases = useSubjectCases(kind, id);
  return (
    <Card title={t('points.cases')}>
      {cases.error && <ErrorAlert error={cases.error} testId="subject-cases-error" />}
      <Table<CaseSummary>
        rowKey="id"
        size="small"
        loading={cases.isPending}
        dataSource={cases.data?.items ?? []}
        pagination={false}
        data-testid="subject-cases"
        locale={{ emptyText: t('points.none') }}
        columns={[
          {
            title: 'ID',
            dataIndex: 'id',
            render: (caseId: string) => <Link to={`/governance-cases/${encodeURIComponent(caseId)}`}>{caseId}</Link>,
          },
          { title: t('case.category'), dataIndex: 'category' },
          { title: t('case.state'), dataIndex: 'state', render: (s: CaseState) => <Tag>{t(`state.${s}`)}</Tag> },
          { title: t('points.openedAt'), dataIndex: 'openedAt', render: (v: string) => <DateTime value={v} /> },
        ]}
      />
    </Card>
  );
}
