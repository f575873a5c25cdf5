import { bootTeamsPage } from '../boot-teams-page';
import { MarketingTab } from '../tab/MarketingTab';

void bootTeamsPage(document.getElementById('root')!, MarketingTab);
