import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { lexiconExportUrl, lexiconFormats } from './lexicons.api';

interface LexiconExportMenuProps {
  name: string;
  /** A past version to export; the current one when absent. */
  version?: number;
}

/** Downloads the lexicon in one of the import formats, so an export can be edited and imported again. */
export function LexiconExportMenu({ name, version }: LexiconExportMenuProps) {
  const { t } = useTranslation('screening');
  const suffix = version === undefined ? '' : `-v${version}`;
  return (
    <Dropdown
      menu={{
        items: lexiconFormats.map((format) => ({
          key: format,
          label: (
            <a href={lexiconExportUrl(name, format, version)} download={`${name}${suffix}.${format}`}>
              {format.toUpperCase()}
            </a>
          ),
        })),
      }}
    >
      <Button icon={<DownloadOutlined />} data-testid="lexicon-export">
        {t('lexicons.export')}
      </Button>
    </Dropdown>
  );
}
