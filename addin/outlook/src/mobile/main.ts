// Outlook mobile's function file (manifest MobileFormFactor FunctionFile, mobile-log.html): the
// meeting logging button. Built as one classic script like the on-send runtime (addin/vite.mobile.config.mts).
import '../on-send/runtime-gaps';
import { createOfficeMeetingLogHost, registerMeetingLogHandler } from '../host/office-meeting-log-host';
import { connectToInterlog } from '../on-send/connect-to-interlog';
import { logMeetingForAttendees } from './log-meeting-handler';
import { loadMeetingStrings } from './meeting-strings';
import { LOG_MEETING_FUNCTION } from './mobile-manifest-ids';

/** The API answers within this or the button reports a failure (Outlook mobile waits for completed()). */
const MOBILE_TIMEOUT_MS = 15_000;

const report = (error: unknown) =>
  console.warn('[Interlog mobile]', error instanceof Error ? `${error.name}: ${error.message}` : error);

registerMeetingLogHandler(LOG_MEETING_FUNCTION, (done) => {
  const host = createOfficeMeetingLogHost();
  logMeetingForAttendees(host, {
    connect: (origin) => connectToInterlog(host, origin, MOBILE_TIMEOUT_MS),
    strings: loadMeetingStrings,
    report,
  })
    .catch(report)
    .finally(done);
});
