import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCanSee } from '../auth/RequireArea';
import { EditErrorAlert } from './EditErrorAlert';
import { LexiconEntriesTable } from './LexiconEntriesTable';
import { LexiconEntryModal } from './LexiconEntryModal';
import type { LexiconEntry, LexiconKind } from './lexicons.api';
import { useLexiconEntries } from './lexicons.queries';
import { RemoveEntryButton } from './RemoveEntryButton';
import { ServerErrorAlert } from './ServerErrorAlert';
import { type LexiconCategory, lexiconCategories } from './screening.types';
import { useCategoryLabel } from './useCategoryLabel';
import { useReloadLexicon } from './useReloadLexicon';

interface LexiconEntriesPanelProps {
  name: string;
  kind: LexiconKind;
}

/** The entries of the current version, searchable and paged on the server; admins and leads edit them. */
export function LexiconEntriesPanel({ name, kind }: LexiconEntriesPanelProps) {
  const { t } = useTranslation('screening');
  const categoryLabel = useCategoryLabel();
  const canManage = useCanSee('screening.manage');
  const reload = useReloadLexicon(name);
  const [q, setQ] = useState<string | undefined>(undefined);
  const [category, setCategory] = useState<LexiconCategory | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const entries = useLexiconEntries(name, { q, category, limit: pageSize, offset: (page - 1) * pageSize });
  const [editing, setEditing] = useState<{ entry: LexiconEntry | null } | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const version = entries.data?.version;

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" wrap justify="space-between">
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t('lexicons.search')}
            style={{ width: 260 }}
            onSearch={(value) => {
              setQ(value.trim() || undefined);
              setPage(1);
            }}
            data-testid="lexicon-search"
          />
          {kind === 'terms' ? (
            <Select<LexiconCategory>
              allowClear
              placeholder={t('lexicons.filterCategory')}
              style={{ minWidth: 200 }}
              value={category}
              onChange={(value) => {
                setCategory(value);
                setPage(1);
              }}
              options={lexiconCategories.map((c) => ({ value: c, label: categoryLabel(c) }))}
              data-testid="lexicon-category-filter"
            />
          ) : null}
          {version !== undefined ? (
            <Typography.Text type="secondary" data-testid="lexicon-current-version">
              {t('lexicons.showingVersion', { version, total: entries.data?.total ?? 0 })}
            </Typography.Text>
          ) : null}
        </Space>
        {canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={version === undefined}
            onClick={() => setEditing({ entry: null })}
            data-testid="entry-add"
          >
            {t('lexicons.addEntry')}
          </Button>
        ) : null}
      </Flex>
      {entries.error ? <ServerErrorAlert error={entries.error} /> : null}
      {removeError ? (
        <EditErrorAlert
          error={removeError}
          onReload={() => {
            setRemoveError(null);
            reload();
          }}
        />
      ) : null}
      <LexiconEntriesTable
        kind={kind}
        entries={entries.data?.entries ?? []}
        loading={entries.isFetching}
        testId="lexicon-entries-table"
        pagination={{
          current: page,
          pageSize,
          total: entries.data?.total ?? 0,
          onChange: (nextPage, nextSize) => {
            setPage(nextSize === pageSize ? nextPage : 1);
            setPageSize(nextSize);
          },
        }}
        actions={
          canManage && version !== undefined
            ? (entry) => (
                <Space size="small">
                  <Button size="small" type="link" onClick={() => setEditing({ entry })} data-testid="entry-edit">
                    {t('lexicons.edit')}
                  </Button>
                  <RemoveEntryButton name={name} baseVersion={version} entry={entry} onError={setRemoveError} />
                </Space>
              )
            : undefined
        }
      />
      {version !== undefined ? (
        <LexiconEntryModal
          name={name}
          kind={kind}
          baseVersion={version}
          entry={editing?.entry ?? null}
          open={editing !== null}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Flex>
  );
}
