import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import type { SanctionStatus } from '../governance/governance.types';
import type { PortalSanction } from './portal.types';

const statusColour: Record<SanctionStatus, string> = {
  active: 'red',
  applied: 'blue',
  expired: 'default',
  lifted: 'green',
};

interface PortalSanctionsTableProps {
  sanctions: PortalSanction[];
  loading: boolean;
  emptyText: string;
  testId: string;
}

/** Sanctions with when they started and when they end or ended, each linked to its decision. */
export function PortalSanctionsTable({ sanctions, loading, emptyText, testId }: PortalSanctionsTableProps) {
  const { t } = useTranslation('portal');
  const { t: tg } = useTranslation('governance');
  return (
    <Table<PortalSanction>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={sanctions}
      pagination={false}
      data-testid={testId}
      onRow={(s) => ({ 'data-testid': 'portal-sanction', 'data-action': s.action, 'data-status': s.status }) as object}
      locale={{ emptyText }}
      columns={[
        {
          title: t('sanctions.action'),
          dataIndex: 'action',
          render: (action: string, s) => (
            <>
              {tg(`action.${action}`, { defaultValue: action })}
              {s.amount ? ` · ${(s.amount.minor / 100).toFixed(2)} ${s.amount.currency}` : ''}
              {s.automatic ? <Tag style={{ marginInlineStart: 8 }}>{tg('sanction.automatic')}</Tag> : null}
            </>
          ),
        },
        {
          title: t('sanctions.status'),
          dataIndex: 'status',
          render: (status: SanctionStatus) => <Tag color={statusColour[status]}>{tg(`sanction.status.${status}`)}</Tag>,
        },
        {
          title: t('sanctions.appliesTo'),
          key: 'appliesTo',
          render: (_: unknown, s) => `${s.appliesTo.kind} ${s.appliesTo.id}`,
        },
        { title: t('sanctions.startsAt'), dataIndex: 'startsAt', render: (v: string) => <DateTime value={v} /> },
        {
          title: t('sanctions.endsAt'),
          key: 'ends',
          render: (_: unknown, s) =>
            s.endedAt ? (
              <span data-testid="portal-sanction-ended">
                {t('sanctions.endedAt')} <DateTime value={s.endedAt} />
              </span>
            ) : s.endsAt ? (
              <span data-testid="portal-sanction-ends">
                <DateTime value={s.endsAt} />
              </span>
            ) : s.status === 'active' ? (
              t('sanctions.indefinite')
            ) : (
              '—'
            ),
        },
        {
          title: t('sanctions.decision'),
          dataIndex: 'decisionId',
          render: (id: string) => <Link to={`/portal/decisions/${encodeURIComponent(id)}`}>{id}</Link>,
        },
      ]}
    />
  );
}
