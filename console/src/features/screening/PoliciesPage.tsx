import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCanSee } from '../auth/RequireArea';
import { CreatePolicyDraftModal } from './CreatePolicyDraftModal';
import { DisagreementsPanel } from './DisagreementsPanel';
import { PolicyDrawer } from './PolicyDrawer';
import { PolicyVersionsTable } from './PolicyVersionsTable';
import { usePolicies } from './policies.queries';

export function PoliciesPage() {
  const { t } = useTranslation('screening');
  const canManage = useCanSee('screening.manage');
  const policies = usePolicies();
  const [viewing, setViewing] = useState<number | undefined>(undefined);
  const [creating, setCreating] = useState(false);
  const [picked, setPicked] = useState<number | undefined>(undefined);
  const list = policies.data ?? [];
  const activeVersion = list.find((p) => p.status === 'active')?.version;
  const shadowVersion = list.find((p) => p.status === 'shadow')?.version;

  return (
    <Flex vertical gap="middle">
      <PageHeader
        title={t('policies.title')}
        extra={
          canManage ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="policy-new-draft"
            >
              {t('policies.newDraft')}
            </Button>
          ) : null
        }
      />
      <Typography.Text type="secondary">{t('policies.subtitle')}</Typography.Text>
      {policies.error ? <ErrorAlert error={policies.error} /> : null}
      <PolicyVersionsTable policies={list} loading={policies.isPending} onView={setViewing} />
      <DisagreementsPanel policies={list} version={picked ?? shadowVersion} onVersionChange={setPicked} />
      <PolicyDrawer version={viewing} onClose={() => setViewing(undefined)} />
      <CreatePolicyDraftModal
        open={creating}
        activeVersion={activeVersion}
        onClose={() => setCreating(false)}
        onCreated={setViewing}
      />
    </Flex>
  );
}
