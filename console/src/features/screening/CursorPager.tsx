import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface CursorPagerProps {
  page: number;
  hasNewer: boolean;
  nextBefore: string | null | undefined;
  onNewer: () => void;
  onOlder: (before: string) => void;
  testId?: string;
}

export function CursorPager({ page, hasNewer, nextBefore, onNewer, onOlder, testId }: CursorPagerProps) {
  const { t } = useTranslation('screening');
  return (
    <Space data-testid={testId}>
      <Button size="small" icon={<LeftOutlined />} disabled={!hasNewer} onClick={onNewer}>
        {t('paging.newer')}
      </Button>
      <Typography.Text type="secondary">{t('paging.page', { page })}</Typography.Text>
      <Button size="small" disabled={!nextBefore} onClick={() => nextBefore && onOlder(nextBefore)}>
        {t('paging.older')}
        <RightOutlined />
      </Button>
    </Space>
  );
}
