import type { Locator } from 'playwright-core';
import type { AutomaticRecording, RecordingKind } from '../../server/src/recording/domain/recording-schema';
import { DEMO_USER } from '../../server/src/lib/auth/local-token-issuer';
import type { WebApp } from './web-app';

/** The demo user's automatic recording as the server has it. */
export async function automaticRecording(web: WebApp): Promise<AutomaticRecording> {
  const { status, body } = await web.api.get<AutomaticRecording>('/me/automatic-recording');
  expect(status).toBe(200);
  return body;
}

export async function recordingOff(web: WebApp): Promise<void> {
  expect(
    (await web.api.put('/me/automatic-recording', { emails: false, meetings: false, receivedEmails: false })).status,
  ).toBe(200);
}

/** Waits until the demo user's recording is as `wanted` says (the recording worker runs every second). */
export async function recordingWhen(
  web: WebApp,
  wanted: (recording: AutomaticRecording) => boolean,
  timeoutMs = 20_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!wanted(await automaticRecording(web))) {
    if (Date.now() > until)
      throw new Error(
        `Automatic recording did not get there in ${timeoutMs} ms: ${JSON.stringify(await automaticRecording(web))}`,
      );
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

/** The demo user's change-notification subscriptions at the Graph stand-in: sent items, the calendar or the Inbox. */
export function subscriptionsOf(web: WebApp, kind: RecordingKind) {
  const resource = { emails: /SentItems/, meetings: /\/events$/, receivedEmails: /Inbox/ }[kind];
  return [...web.graph.mailbox.subscriptions.values()].filter(
    (s) => s.userId === DEMO_USER.oid && resource.test(s.resource),
  );
}

/** Visible elements that reach past the right edge of `frame` (a narrow pane cuts them off). */
export function overflowingElements(frame: Locator): Promise<string[]> {
  return frame.evaluate((root) => {
    const right = root.getBoundingClientRect().right;
    return [...root.querySelectorAll('*')]
      .filter(
        (el) =>
          !el.closest('[data-tabster-dummy]') &&
          el.getClientRects().length > 0 &&
          el.getBoundingClientRect().right > right + 1,
      )
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? '').trim().slice(0, 60)}`);
  });
}
