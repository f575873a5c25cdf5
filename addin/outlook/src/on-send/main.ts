// The on-send runtime: classic Outlook on Windows loads this file alone (manifest code.script),
// the other Outlooks load it from on-send.html. It is built as one classic script without
// imports (addin/vite.on-send.config.mts), as classic Outlook requires.
import './runtime-gaps';
import { createOfficeSendHost, registerSendHandler } from '../host/office-send-host';
import { connectToInterlog } from './connect-to-interlog';
import { SEND_ACTION_ID } from './manifest-ids';
import { handleMessageSend, newSendId, SEND_DEADLINE_MS } from './on-send-handler';
import { loadSendStrings } from './send-strings';

const report = (error: unknown) =>
  console.warn('[Interlog on-send]', error instanceof Error ? `${error.name}: ${error.message}` : error);

registerSendHandler(SEND_ACTION_ID, (event) => {
  const decide = async () => {
    const host = createOfficeSendHost();
    return handleMessageSend(host, {
      connect: (origin) => connectToInterlog(host, origin, SEND_DEADLINE_MS),
      strings: loadSendStrings,
      newSendId,
      deadlineMs: SEND_DEADLINE_MS,
      report,
    });
  };
  decide()
    .catch((error: unknown) => {
      report(error);
      return { allowEvent: true };
    })
    .then((options) => event.completed(options));
});
