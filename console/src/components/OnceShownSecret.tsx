import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface OnceShownSecretProps {
  label: string;
  value: string;
  testId?: string;
}

/** A credential the server returns only at creation (webhook secret, API key, password). */
export function OnceShownSecret({ label, value, testId }: OnceShownSecretProps) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap="small">
      <Alert type="warning" showIcon title={t('secret.shownOnce')} />
      <Typography.Text strong>{label}</Typography.Text>
      <Typography.Paragraph
        code
        copyable={{ text: value, tooltips: [t('secret.copy'), t('secret.copied')] }}
        style={{ wordBreak: 'break-all', marginBottom: 0 }}
        data-testid={testId}
      >
        {value}
      </Typography.Paragraph>
    </Flex>
  );
}
