import { Descriptions, Drawer, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PolicyRulesTable } from './PolicyRulesTable';
import { PolicyStatusTag } from './PolicyStatusTag';
import { usePolicy } from './policies.queries';

interface PolicyDrawerProps {
  version: number | undefined;
  onClose: () => void;
}

/** One policy version: its YAML as written and the rules the server read from it. */
export function PolicyDrawer({ version, onClose }: PolicyDrawerProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  const policy = usePolicy(version);
  return (
    <Drawer
      open={version !== undefined}
      onClose={onClose}
      size={860}
      title={t('policies.drawerTitle', { version })}
      data-testid="policy-drawer"
    >
      {policy.error ? <ErrorAlert error={policy.error} /> : null}
      {policy.isPending && version !== undefined ? <Spin /> : null}
      {policy.data ? (
        <Flex vertical gap="large">
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: 'name', label: t('policies.name'), children: policy.data.name },
              { key: 'status', label: t('policies.status'), children: <PolicyStatusTag status={policy.data.status} /> },
              { key: 'createdBy', label: t('policies.createdBy'), children: policy.data.createdBy },
              {
                key: 'createdAt',
                label: t('policies.createdAt'),
                children: <DateTime value={policy.data.createdAt} />,
              },
              { key: 'note', label: t('policies.note'), children: policy.data.note || tc('empty'), span: 2 },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('policies.rules')}</Typography.Title>
            <PolicyRulesTable rules={policy.data.rules} emptyText={t('policies.noRules')} />
          </div>
          <div>
            <Typography.Title level={5}>{t('policies.source')}</Typography.Title>
            <Typography.Paragraph copyable={{ text: policy.data.source }}>
              <pre
                style={{ maxHeight: 520, overflow: 'auto', margin: 0, background: '#fafafa', padding: 12 }}
                data-testid="policy-source"
              >
                {policy.data.source}
              </pre>
            </Typography.Paragraph>
          </div>
        </Flex>
      ) : null}
    </Drawer>
  );
}
