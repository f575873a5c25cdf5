import { bootTeamsPage } from '../boot-teams-page';
import { TabConfigPage } from '../TabConfigPage';

void bootTeamsPage(document.getElementById('root')!, TabConfigPage);
