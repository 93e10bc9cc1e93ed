import { Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ContentKind, contentKinds, type Outcome, outcomes } from './screening.types';
import type { VerdictFilter } from './verdicts.api';

// The verdicts API pages by at most 200, so the console-wide LimitSelect (up to 500) does not fit.
const verdictPageSizes = [20, 50, 100, 200];

interface VerdictFilterBarProps {
  filter: VerdictFilter;
  onChange: (filter: VerdictFilter) => void;
}

export function VerdictFilterBar({ filter, onChange }: VerdictFilterBarProps) {
  const { t } = useTranslation('screening');
  const { t: tc } = useTranslation();
  return (
    <Flex gap="middle" wrap>
      <Select<ContentKind>
        allowClear
        placeholder={t('verdicts.filterKind')}
        style={{ minWidth: 160 }}
        value={filter.kind as ContentKind | undefined}
        onChange={(kind) => onChange({ ...filter, kind })}
        options={contentKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        data-testid="verdicts-kind-filter"
      />
      <Select<Outcome>
        allowClear
        placeholder={t('verdicts.filterOutcome')}
        style={{ minWidth: 160 }}
        value={filter.outcome}
        onChange={(outcome) => onChange({ ...filter, outcome })}
        options={outcomes.map((outcome) => ({ value: outcome, label: t(`outcome.${outcome}`) }))}
        data-testid="verdicts-outcome-filter"
      />
      <Input.Search
        allowClear
        placeholder={t('verdicts.filterSubject')}
        style={{ width: 220 }}
        defaultValue={filter.subject}
        onSearch={(subject) => onChange({ ...filter, subject: subject.trim() || undefined })}
        data-testid="verdicts-subject-filter"
      />
      <Input.Search
        allowClear
        placeholder={t('verdicts.search')}
        style={{ width: 260 }}
        defaultValue={filter.q}
        onSearch={(q) => onChange({ ...filter, q: q.trim() || undefined })}
        data-testid="verdicts-search"
      />
      <Select<number>
        value={filter.limit}
        onChange={(limit) => onChange({ ...filter, limit })}
        style={{ width: 100 }}
        aria-label={tc('table.limit')}
        options={verdictPageSizes.map((limit) => ({ value: limit, label: `${limit}` }))}
      />
    </Flex>
  );
}
