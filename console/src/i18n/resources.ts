import { auditMessages } from '../features/audit/audit.messages';
import { authMessages } from '../features/auth/auth.messages';
import { eventsMessages } from '../features/events/events.messages';
import { appealsMessages } from '../features/governance/appeals/appeals.messages';
import { figuresMessages } from '../features/governance/figures/figures.messages';
import { flaggersMessages } from '../features/governance/flaggers/flaggers.messages';
import { governanceMessages } from '../features/governance/governance.messages';
import { overviewMessages } from '../features/overview/overview.messages';
import { portalMessages } from '../features/portal/portal.messages';
import { screeningMessages } from '../features/screening/screening.messages';
import { settingsMessages } from '../features/settings/settings.messages';
import { upcomingMessages } from '../features/upcoming/upcoming.messages';
import { webhooksMessages } from '../features/webhooks/webhooks.messages';
import { commonMessages } from './common.messages';
import { errorMessages } from './error.messages';
import type { Language } from './languages';

const namespaces = {
  common: commonMessages,
  errors: errorMessages,
  auth: authMessages,
  overview: overviewMessages,
  webhooks: webhooksMessages,
  events: eventsMessages,
  settings: settingsMessages,
  audit: auditMessages,
  upcoming: upcomingMessages,
  portal: portalMessages,
  screening: screeningMessages,
  governance: governanceMessages,
  appeals: appealsMessages,
  flaggers: flaggersMessages,
  figures: figuresMessages,
};

type Namespaces = typeof namespaces;
type Resources = { [N in keyof Namespaces]: Namespaces[N]['zh-CN'] };

function resourcesFor(language: Language): Resources {
  const entries = Object.entries(namespaces).map(([name, messages]) => [name, messages[language]]);
  return Object.fromEntries(entries) as Resources;
}

export const resources = {
  'zh-CN': resourcesFor('zh-CN'),
  en: resourcesFor('en'),
};

export type AppResources = Resources;
