import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/useLanguage';

const antdLocales = { 'zh-CN': zhCN, en: enUS } as const;

/** antd's own texts (pagination, empty states, confirm buttons) follow the chosen language. */
export function AntdProvider({ children }: { children: ReactNode }) {
  const [language] = useLanguage();
  return (
    <ConfigProvider locale={antdLocales[language]}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
