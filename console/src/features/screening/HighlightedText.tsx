import { Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { highlightSegments } from './highlight-segments';
import type { Finding } from './screening.types';
import { useCategoryLabel } from './useCategoryLabel';

const severityBackground = ['#e6f4ff', '#e6f4ff', '#e6f4ff', '#fff1b8', '#ffd8bf', '#ffccc7'];

interface HighlightedTextProps {
  text: string;
  findings: readonly Finding[];
  /** The finding the reader points at in the table: its runs get an outline. */
  activeIndex?: number | null;
  onActiveChange?: (index: number | null) => void;
}

/** The screened text as written, each finding marked in place; overlapping findings share the runs they cover. */
export function HighlightedText({ text, findings, activeIndex, onActiveChange }: HighlightedTextProps) {
  const { t } = useTranslation('screening');
  const categoryLabel = useCategoryLabel();
  const segments = useMemo(() => highlightSegments(text, findings), [text, findings]);

  return (
    <div
      style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', lineHeight: 1.9, fontSize: 15 }}
      data-testid="highlighted-text"
    >
      {segments.map((segment) => {
        if (segment.findings.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const covering = segment.findings.map((index) => findings[index]);
        const severity = Math.max(...covering.map((finding) => finding.severity));
        const active = activeIndex !== null && activeIndex !== undefined && segment.findings.includes(activeIndex);
        return (
          <Tooltip
            key={segment.start}
            title={
              <div data-testid="finding-tooltip">
                {covering.map((finding, i) => (
                  <div key={segment.findings[i]}>
                    {t('finding.tooltip', {
                      category: categoryLabel(finding.category),
                      severity: finding.severity,
                      term: finding.term,
                      line: finding.line,
                    })}
                  </div>
                ))}
              </div>
            }
          >
            <mark
              data-testid="finding-highlight"
              data-findings={segment.findings.join(',')}
              onMouseEnter={() => onActiveChange?.(segment.findings[0])}
              onMouseLeave={() => onActiveChange?.(null)}
              style={{
                background: severityBackground[severity] ?? severityBackground[5],
                // A run covered by several findings is underlined twice as thick, so an overlap shows.
                borderBottom: `${segment.findings.length > 1 ? 4 : 2}px solid ${severity >= 5 ? '#cf1322' : '#d48806'}`,
                outline: active ? '2px solid #1677ff' : undefined,
                padding: 0,
                cursor: 'help',
              }}
            >
              {segment.text}
            </mark>
          </Tooltip>
        );
      })}
    </div>
  );
}
