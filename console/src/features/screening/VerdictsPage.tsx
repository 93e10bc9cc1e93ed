import { Card, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { CursorPager } from './CursorPager';
import { OutcomeCountsChart } from './OutcomeCountsChart';
import type { Outcome } from './screening.types';
import { useCursorPages } from './useCursorPages';
import { VerdictDrawer } from './VerdictDrawer';
import { VerdictFilterBar } from './VerdictFilterBar';
import { VerdictsTable } from './VerdictsTable';
import type { Verdict, VerdictFilter } from './verdicts.api';
import { useVerdicts } from './verdicts.queries';

export function VerdictsPage() {
  const { t } = useTranslation('screening');
  const [filter, setFilter] = useState<Omit<VerdictFilter, 'before'>>({ limit: 50 });
  const pages = useCursorPages();
  const verdicts = useVerdicts({ ...filter, before: pages.before });
  const [open, setOpen] = useState<Verdict | null>(null);
  const items = verdicts.data?.items ?? [];
  const counts = useMemo(() => {
    const byOutcome: Partial<Record<Outcome, number>> = {};
    for (const verdict of items) byOutcome[verdict.outcome] = (byOutcome[verdict.outcome] ?? 0) + 1;
    return byOutcome;
  }, [items]);

  return (
    <Flex vertical gap="middle">
      <PageHeader title={t('verdicts.title')} />
      <Typography.Text type="secondary">{t('verdicts.subtitle')}</Typography.Text>
      <VerdictFilterBar
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          pages.reset();
        }}
      />
      {verdicts.error ? <ErrorAlert error={verdicts.error} /> : null}
      {items.length > 0 ? (
        <Card size="small" title={t('verdicts.chartTitle')}>
          <OutcomeCountsChart counts={counts} testId="chart-verdict-outcomes" />
        </Card>
      ) : null}
      <VerdictsTable verdicts={items} loading={verdicts.isPending} onOpen={setOpen} />
      <Flex justify="end">
        <CursorPager
          page={pages.page}
          hasNewer={pages.hasNewer}
          nextBefore={verdicts.data?.nextBefore}
          onNewer={pages.newer}
          onOlder={pages.older}
          testId="verdicts-pager"
        />
      </Flex>
      <VerdictDrawer verdict={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}
