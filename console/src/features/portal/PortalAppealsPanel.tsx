import { Empty, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AppealOutcome } from './AppealOutcome';
import { usePortalAppeals } from './portal.queries';

/** Every appeal the user filed, newest first, each with its answer once decided. */
export function PortalAppealsPanel() {
  const { t } = useTranslation('portal');
  const appeals = usePortalAppeals();
  if (appeals.error) return <ErrorAlert error={appeals.error} />;
  if (!appeals.data) return <Spin />;
  if (appeals.data.length === 0) return <Empty description={t('appeal.none')} />;
  return (
    <Flex vertical gap="middle" data-testid="portal-appeals">
      {appeals.data.map((appeal) => (
        <div key={appeal.id} data-testid="portal-appeal" data-appeal-id={appeal.id}>
          <AppealOutcome appeal={appeal} showDecision />
        </div>
      ))}
    </Flex>
  );
}
