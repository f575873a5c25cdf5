import { bootTeamsPage } from '../boot-teams-page';
import { MeetingPanel } from '../meeting/MeetingPanel';

void bootTeamsPage(document.getElementById('root')!, MeetingPanel);
