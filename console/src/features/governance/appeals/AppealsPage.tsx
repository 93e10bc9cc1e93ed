import { App, Button, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LimitSelect } from '../../../components/LimitSelect';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentUser } from '../../auth/auth.queries';
import { canReview } from '../can-review';
import { AppealsTable } from './AppealsTable';
import { useAppeals, useClaimNextAppeal } from './appeals.queries';
import { APPEAL_STATUSES, type AppealStatus } from './appeals.types';
import { GovernanceErrorAlert } from './GovernanceErrorAlert';

const ALL = 'all';

/** The appeals against decisions, newest first; a reviewer takes the most urgent one they may decide. */
export function AppealsPage() {
  const { t } = useTranslation('appeals');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data: user } = useCurrentUser();
  const [status, setStatus] = useState<AppealStatus | typeof ALL>('open');
  const [limit, setLimit] = useState(50);
  const appeals = useAppeals({ status: status === ALL ? undefined : status, limit });
  const claim = useClaimNextAppeal();

  const next = () =>
    claim.mutate(undefined, {
      onSuccess: ({ appeal }) => {
        if (appeal) navigate(`/governance-appeals/${encodeURIComponent(appeal.id)}`);
        else void message.info(t('list.empty'));
      },
    });

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('list.title')}
        extra={
          canReview(user?.role) && (
            <Button type="primary" loading={claim.isPending} onClick={next} data-testid="appeals-next">
              {t('list.next')}
            </Button>
          )
        }
      />
      {claim.error && <GovernanceErrorAlert error={claim.error} testId="appeals-claim-error" />}
      <Flex gap="small" wrap>
        <Select<AppealStatus | typeof ALL>
          value={status}
          onChange={setStatus}
          style={{ width: 180 }}
          aria-label={t('list.status')}
          data-testid="appeals-status-filter"
          options={[
            { value: ALL, label: t('list.allStatuses') },
            ...APPEAL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        <LimitSelect value={limit} onChange={setLimit} />
      </Flex>
      {appeals.error && <GovernanceErrorAlert error={appeals.error} />}
      <AppealsTable
        appeals={appeals.data?.items ?? []}
        loading={appeals.isPending}
        now={new Date(appeals.dataUpdatedAt || Date.now())}
      />
    </Flex>
  );
}
