import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { type UpcomingModule, upcomingModuleIcons } from './upcoming-modules';

export function UpcomingModulePage({ module }: { module: UpcomingModule }) {
  const { t } = useTranslation('upcoming');
  const { t: tc } = useTranslation();
  return (
    <Result
      icon={<span style={{ fontSize: 64, color: '#bfbfbf' }}>{upcomingModuleIcons[module]}</span>}
      title={tc(`nav.${module}`)}
      subTitle={
        <>
          <p data-testid="upcoming-module-notice">{t('notYet')}</p>
          <p>{t(`scope.${module}`)}</p>
        </>
      }
    />
  );
}
