import {
  App,
  Button,
  Flex,
  Popconfirm,
  Progress,
  Segmented,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentUser } from '../../auth/auth.queries';
import { GovernanceErrorAlert } from '../appeals/GovernanceErrorAlert';
import { canManageFlaggers } from './can-manage-flaggers';
import { accuracyPercent } from './flagger-accuracy';
import { useFlaggerActions, useTrustedFlaggers } from './flaggers.queries';
import type { GrantFlaggerInput, TrustedFlagger } from './flaggers.types';
import { GrantFlaggerModal } from './GrantFlaggerModal';

/** The register of trusted flaggers (DSA Art. 22) with how their reports turned out; leads keep it. */
export function TrustedFlaggersPage() {
  const { t } = useTranslation('flaggers');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const { data: user } = useCurrentUser();
  const manage = canManageFlaggers(user?.role);
  const [activeOnly, setActiveOnly] = useState(true);
  const flaggers = useTrustedFlaggers(activeOnly);
  const { grant, revoke } = useFlaggerActions();
  const [granting, setGranting] = useState<{ initial: TrustedFlagger | null } | null>(null);

  const openGrant = (initial: TrustedFlagger | null) => {
    grant.reset();
    setGranting({ initial });
  };
  const submitGrant = (input: GrantFlaggerInput) =>
    grant.mutate(input, {
      onSuccess: (f) => {
        setGranting(null);
        void message.success(t('granted', { name: f.name }));
      },
    });

  const columns: TableColumnsType<TrustedFlagger> = [
    {
      key: 'reporter',
      title: t('column.reporter'),
      render: (_, f) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong data-testid="flagger-name">
            {f.name}
          </Typography.Text>
          <Typography.Text code data-testid="flagger-reporter-id">
            {f.reporterId}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('column.status'),
      render: (_, f) => (
        <Tag color={f.active ? 'green' : 'default'} data-testid="flagger-status" data-active={String(f.active)}>
          {t(f.active ? 'status.active' : 'status.revoked')}
        </Tag>
      ),
    },
    {
      key: 'reports',
      title: t('column.reports'),
      render: (_, f) => <span data-testid="flagger-reports">{t('reports', f.reports)}</span>,
    },
    {
      key: 'accuracy',
      title: t('column.accuracy'),
      render: (_, f) => {
        const percent = accuracyPercent(f.accuracy);
        return percent === null ? (
          <Typography.Text type="secondary" data-testid="flagger-accuracy">
            {t('noAccuracy')}
          </Typography.Text>
        ) : (
          <Progress percent={percent} size="small" style={{ width: 140 }} data-testid="flagger-accuracy" />
        );
      },
    },
    {
      key: 'granted',
      title: t('column.granted'),
      render: (_, f) => (
        <Space orientation="vertical" size={0}>
          <DateTime value={f.grantedAt} />
          <Typography.Text type="secondary">{f.grantedBy}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'revoked',
      title: t('column.revoked'),
      render: (_, f) =>
        f.revokedAt ? (
          <Space orientation="vertical" size={0}>
            <DateTime value={f.revokedAt} />
            <Typography.Text type="secondary">{f.revokedBy}</Typography.Text>
            {f.revokeReason && <Typography.Text type="secondary">{f.revokeReason}</Typography.Text>}
          </Space>
        ) : (
          tc('empty')
        ),
    },
    {
      key: 'note',
      title: t('column.note'),
      render: (_, f) =>
        f.note ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: f.note }} style={{ margin: 0, maxWidth: 280 }}>
            {f.note}
          </Typography.Paragraph>
        ) : (
          tc('empty')
        ),
    },
    ...(manage
      ? [
          {
            key: 'actions',
            title: tc('table.actions'),
            render: (_: unknown, f: TrustedFlagger) =>
              f.active ? (
                <Popconfirm
                  title={t('revokeConfirm', { name: f.name })}
                  description={t('revokeConfirmText')}
                  okText={t('revoke')}
                  cancelText={tc('actions.cancel')}
                  okButtonProps={{ danger: true, 'data-testid': 'flagger-revoke-confirm' }}
                  onConfirm={() =>
                    revoke.mutateAsync(f.reporterId).then(
                      () => void message.success(t('revoked', { name: f.name })),
                      // Shown above the table from revoke.error.
                      () => undefined,
                    )
                  }
                >
                  <Button
                    size="small"
                    danger
                    loading={revoke.isPending && revoke.variables === f.reporterId}
                    data-testid="flagger-revoke"
                  >
                    {t('revoke')}
                  </Button>
                </Popconfirm>
              ) : (
                <Button size="small" onClick={() => openGrant(f)} data-testid="flagger-grant-again">
                  {t('grantAgain')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('title')}
        extra={
          manage && (
            <Button type="primary" onClick={() => openGrant(null)} data-testid="flagger-grant">
              {t('grant')}
            </Button>
          )
        }
      />
      <Typography.Text type="secondary">
        {manage ? t('subtitle') : `${t('subtitle')} ${t('leadsOnly')}`}
      </Typography.Text>
      <Flex>
        <Segmented<'active' | 'all'>
          value={activeOnly ? 'active' : 'all'}
          onChange={(v) => setActiveOnly(v === 'active')}
          options={[
            { value: 'active', label: t('activeOnly') },
            { value: 'all', label: t('all') },
          ]}
          data-testid="flaggers-filter"
        />
      </Flex>
      {flaggers.error && <GovernanceErrorAlert error={flaggers.error} />}
      {revoke.error && <GovernanceErrorAlert error={revoke.error} testId="flagger-revoke-error" />}
      <Table<TrustedFlagger>
        rowKey="reporterId"
        size="middle"
        columns={columns}
        dataSource={flaggers.data?.items ?? []}
        loading={flaggers.isPending}
        pagination={false}
        locale={{ emptyText: t('none') }}
        data-testid="flaggers-table"
      />
      <GrantFlaggerModal
        open={granting !== null}
        initial={granting?.initial ?? null}
        pending={grant.isPending}
        error={grant.error}
        onGrant={submitGrant}
        onClose={() => setGranting(null)}
      />
    </Flex>
  );
}
