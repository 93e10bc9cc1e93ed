import { ArrowLeftOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useCanSee } from '../auth/RequireArea';
import { LexiconDiffView } from './LexiconDiffView';
import { LexiconEntriesPanel } from './LexiconEntriesPanel';
import { LexiconExportMenu } from './LexiconExportMenu';
import { LexiconImportModal } from './LexiconImportModal';
import { LexiconKindTag } from './LexiconKindTag';
import { LexiconVersionsTable } from './LexiconVersionsTable';
import type { LexiconSummary } from './lexicons.api';
import { useLexiconVersions } from './lexicons.queries';

export type LexiconTab = 'entries' | 'versions' | 'diff';

interface LexiconDetailProps {
  lexicon: LexiconSummary;
  tab: LexiconTab;
  from: number | undefined;
  to: number | undefined;
  onNavigate: (tab: LexiconTab, from?: number, to?: number) => void;
  onBack: () => void;
}

/** One lexicon: its entries, its versions, and the difference between any two of them. */
export function LexiconDetail({ lexicon, tab, from, to, onNavigate, onBack }: LexiconDetailProps) {
  const { t } = useTranslation('screening');
  const canManage = useCanSee('screening.manage');
  const versions = useLexiconVersions(lexicon.name);
  const [importing, setImporting] = useState(false);
  const list = versions.data ?? [];
  // Without a choice, the diff shows what the latest edit did.
  const diffTo = to ?? list[0]?.version;
  const diffFrom = from ?? list[1]?.version;

  return (
    <>
      <PageHeader
        title={t('lexicons.detailTitle', { name: lexicon.name })}
        extra={
          <Space wrap>
            <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
              {t('lexicons.back')}
            </Button>
            <LexiconExportMenu name={lexicon.name} />
            {canManage ? (
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="lexicon-import">
                {t('lexicons.import')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space style={{ marginBottom: 8 }}>
        <LexiconKindTag kind={lexicon.kind} />
        <Typography.Text type="secondary">
          {t('lexicons.summary', { version: lexicon.version, count: lexicon.entryCount })}
        </Typography.Text>
      </Space>
      {versions.error ? <ErrorAlert error={versions.error} /> : null}
      <Tabs
        activeKey={tab}
        destroyOnHidden
        onChange={(key) => onNavigate(key as LexiconTab)}
        items={[
          {
            key: 'entries',
            label: <span data-testid="lexicon-tab-entries">{t('lexicons.tabs.entries')}</span>,
            children: <LexiconEntriesPanel name={lexicon.name} kind={lexicon.kind} />,
          },
          {
            key: 'versions',
            label: <span data-testid="lexicon-tab-versions">{t('lexicons.tabs.versions')}</span>,
            children: (
              <LexiconVersionsTable
                name={lexicon.name}
                versions={list}
                loading={versions.isPending}
                onCompare={(a, b) => onNavigate('diff', a, b)}
              />
            ),
          },
          {
            key: 'diff',
            label: <span data-testid="lexicon-tab-diff">{t('lexicons.tabs.diff')}</span>,
            children: (
              <LexiconDiffView
                name={lexicon.name}
                kind={lexicon.kind}
                versions={list}
                from={diffFrom}
                to={diffTo}
                onChange={(a, b) => onNavigate('diff', a, b)}
              />
            ),
          },
        ]}
      />
      <LexiconImportModal
        name={lexicon.name}
        baseVersion={lexicon.version}
        open={importing}
        onClose={() => setImporting(false)}
      />
    </>
  );
}
