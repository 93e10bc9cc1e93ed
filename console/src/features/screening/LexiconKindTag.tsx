import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LexiconKind } from './lexicons.api';

export function LexiconKindTag({ kind }: { kind: LexiconKind }) {
  const { t } = useTranslation('screening');
  return (
    <Tag color={kind === 'allow' ? 'green' : 'geekblue'}>{t(`lexicons.kinds.${kind}`, { defaultValue: kind })}</Tag>
  );
}
