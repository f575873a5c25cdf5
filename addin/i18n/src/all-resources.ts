import en from './locales/en.json';
import cs from './locales/cs.json';
import ru from './locales/ru.json';
import fi from './locales/fi.json';
import enTeams from './locales/teams/en.json';
import csTeams from './locales/teams/cs.json';
import ruTeams from './locales/teams/ru.json';
import fiTeams from './locales/teams/fi.json';
import enTab from './locales/tab/en.json';
import csTab from './locales/tab/cs.json';
import ruTab from './locales/tab/ru.json';
import fiTab from './locales/tab/fi.json';
import enSegments from './locales/segments/en.json';
import csSegments from './locales/segments/cs.json';
import ruSegments from './locales/segments/ru.json';
import fiSegments from './locales/segments/fi.json';
import enLoggedSegments from './locales/logged-segments/en.json';
import csLoggedSegments from './locales/logged-segments/cs.json';
import ruLoggedSegments from './locales/logged-segments/ru.json';
import fiLoggedSegments from './locales/logged-segments/fi.json';
import enInteractionLog from './locales/interaction-log/en.json';
import csInteractionLog from './locales/interaction-log/cs.json';
import ruInteractionLog from './locales/interaction-log/ru.json';
import fiInteractionLog from './locales/interaction-log/fi.json';
import enCorrespondence from './locales/correspondence/en.json';
import csCorrespondence from './locales/correspondence/cs.json';
import ruCorrespondence from './locales/correspondence/ru.json';
import fiCorrespondence from './locales/correspondence/fi.json';
import enSetup from './locales/setup/en.json';
import csSetup from './locales/setup/cs.json';
import ruSetup from './locales/setup/ru.json';
import fiSetup from './locales/setup/fi.json';
import enSettings from './locales/settings/en.json';
import csSettings from './locales/settings/cs.json';
import ruSettings from './locales/settings/ru.json';
import fiSettings from './locales/settings/fi.json';
import enInsights from './locales/insights/en.json';
import csInsights from './locales/insights/cs.json';
import ruInsights from './locales/insights/ru.json';
import fiInsights from './locales/insights/fi.json';

/**
 * Every language's strings at once, for tests that check what a page shows against the files. No page
 * imports this: a page fetches its one language through createI18n.
 */
export const resources = {
  en: {
    translation: {
      ...en,
      teams: enTeams,
      tab: enTab,
      segments: enSegments,
      'logged-segments': enLoggedSegments,
      'interaction-log': enInteractionLog,
      correspondence: enCorrespondence,
      setup: enSetup,
      settings: enSettings,
      insights: enInsights,
    },
  },
  cs: {
    translation: {
      ...cs,
      teams: csTeams,
      tab: csTab,
      segments: csSegments,
      'logged-segments': csLoggedSegments,
      'interaction-log': csInteractionLog,
      correspondence: csCorrespondence,
      setup: csSetup,
      settings: csSettings,
      insights: csInsights,
    },
  },
  ru: {
    translation: {
      ...ru,
      teams: ruTeams,
      tab: ruTab,
      segments: ruSegments,
      'logged-segments': ruLoggedSegments,
      'interaction-log': ruInteractionLog,
      correspondence: ruCorrespondence,
      setup: ruSetup,
      settings: ruSettings,
      insights: ruInsights,
    },
  },
  fi: {
    translation: {
      ...fi,
      teams: fiTeams,
      tab: fiTab,
      segments: fiSegments,
      'logged-segments': fiLoggedSegments,
      'interaction-log': fiInteractionLog,
      correspondence: fiCorrespondence,
      setup: fiSetup,
      settings: fiSettings,
      insights: fiInsights,
    },
  },
} as const;
