import { Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { LexiconDetail, type LexiconTab } from './LexiconDetail';
import { LexiconsTable } from './LexiconsTable';
import { useLexicons } from './lexicons.queries';

const tabs: readonly LexiconTab[] = ['entries', 'versions', 'diff'];

function readVersion(value: string | null): number | undefined {
  const version = Number(value);
  return value !== null && Number.isInteger(version) && version > 0 ? version : undefined;
}

/** The open lexicon, its tab and the compared versions live in the URL, so a diff can be linked. */
export function LexiconsPage() {
  const { t } = useTranslation('screening');
  const [params, setParams] = useSearchParams();
  const lexicons = useLexicons();
  const name = params.get('name');
  const tab = tabs.find((candidate) => candidate === params.get('tab')) ?? 'entries';

  const open = (next: string | null, nextTab: LexiconTab = 'entries', from?: number, to?: number) => {
    const search = new URLSearchParams();
    if (next) search.set('name', next);
    if (next && nextTab !== 'entries') search.set('tab', nextTab);
    if (from !== undefined) search.set('from', String(from));
    if (to !== undefined) search.set('to', String(to));
    setParams(search);
  };

  if (name) {
    const lexicon = lexicons.data?.find((candidate) => candidate.name === name);
    if (lexicon)
      return (
        <LexiconDetail
          lexicon={lexicon}
          tab={tab}
          from={readVersion(params.get('from'))}
          to={readVersion(params.get('to'))}
          onNavigate={(nextTab, from, to) => open(name, nextTab, from, to)}
          onBack={() => open(null)}
        />
      );
    if (lexicons.data) return <Result status="404" title={t('lexicons.notFound', { name })} />;
  }

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('lexicons.title')} />
      <Typography.Text type="secondary">{t('lexicons.subtitle')}</Typography.Text>
      {lexicons.error ? <ErrorAlert error={lexicons.error} /> : null}
      <LexiconsTable lexicons={lexicons.data ?? []} loading={lexicons.isPending} onOpen={(next) => open(next)} />
    </Flex>
  );
}
