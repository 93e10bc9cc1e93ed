import { ReloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { ServerErrorAlert } from './ServerErrorAlert';

export const isVersionConflict = (error: unknown) => isApiError(error) && error.code === 'screening.version_conflict';

interface EditErrorAlertProps {
  error: unknown;
  /** Loads the lexicon's current version; offered when someone else's edit got there first. */
  onReload: () => void;
}

/** Why a lexicon edit or import was refused; a version conflict comes with a reload button. */
export function EditErrorAlert({ error, onReload }: EditErrorAlertProps) {
  const { t } = useTranslation('screening');
  const conflict = isVersionConflict(error);
  return (
    <ServerErrorAlert
      error={error}
      testId={conflict ? 'lexicon-conflict' : 'lexicon-edit-error'}
      action={
        conflict ? (
          <Button size="small" icon={<ReloadOutlined />} onClick={onReload} data-testid="lexicon-reload">
            {t('lexicons.reload')}
          </Button>
        ) : undefined
      }
    />
  );
}
