import { bootTeamsPage } from '../boot-teams-page';
import { SegmentsTab } from '../segments/SegmentsTab';

void bootTeamsPage(document.getElementById('root')!, SegmentsTab);
