import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../features/auth/auth.queries';
import { homePath } from '../features/auth/can-see';

export function NotFoundPage() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const home = user ? homePath(user.role) : '/';
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      extra={
        <Link to={home}>
          <Button type="primary">{home === '/portal' ? t('notFound.backToPortal') : t('notFound.back')}</Button>
        </Link>
      }
    />
  );
}
