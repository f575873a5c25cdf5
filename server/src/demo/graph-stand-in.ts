import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createStandInMailbox, identifyStandInToken } from './graph-stand-in-mailbox';
import { createStandInPeople, demoOutlookBooks, type StandInOutlookBook } from './graph-stand-in-people';
import { graphError } from './graph-stand-in-errors';

export interface StandInPerson {
  email: string;
  name: string;
}

export interface StandInMeetingChat {
  chatId: string;
  topic: string;
  joinWebUrl: string;
  /** When the online meeting is scheduled (ISO date-times). */
  start?: string;
  end?: string;
  organizer: StandInPerson;
  attendees: StandInPerson[];
}

export interface GraphStandInData {
  chats: StandInMeetingChat[];
  /** Each user's Outlook contacts and relevant people, by user id. */
  outlook?: Record<string, StandInOutlookBook>;
}

const today = new Date().toISOString().slice(0, 10);

/** The demo tenant's Teams meeting (see the preview's PREVIEW_MEETING), today 09:00–10:00 UTC. */
export const demoGraphData: GraphStandInData = {
  chats: [
    {
      chatId: '19:meeting_demo-qbr@thread.v2',
      topic: 'Quarterly business review',
      joinWebUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_demo-qbr%40thread.v2/0',
      start: `${today}T09:00:00.0000000Z`,
      end: `${today}T10:00:00.0000000Z`,
      organizer: { email: 'annette.hill@demo.interlog.local', name: 'Annette Hill' },
      attendees: [
        { email: 'robin.bauer@fabrikam.example', name: 'Robin Bauer' },
        { email: 'petra.novakova@fabrikam.example', name: 'Petra Nováková' },
        { email: 'dana.lee@contoso.example', name: 'Dana Lee' },
        { email: 'olga.smirnova@contoso.example', name: 'Olga Smirnova' },
        { email: 'jana.svobodova@contoso.example', name: 'Jana Svobodová' },
      ],
    },
  ],
  outlook: demoOutlookBooks,
};

const participant = (p: StandInPerson) => ({ upn: p.email, identity: { user: { displayName: p.name } } });

/**
 * A Graph-shaped HTTP server for local mode and the tests: the chats, online meetings and
 * chat members the meeting side panel reads, the mailbox automatic recording and segment
 * email use (graph-stand-in-mailbox.ts), and the Outlook contacts and people the new-contact
 * form suggests (graph-stand-in-people.ts). Tokens name their tenant and user.
 */
export function createGraphStandInApp(data: GraphStandInData) {
  const app = express();
  const requests: string[] = [];
  const mailbox = createStandInMailbox();
  const people = createStandInPeople(data.outlook);
  app.use((req, res, next) => {
    requests.push(`${req.method} ${req.url}`);
    const identity = identifyStandInToken(/^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1] ?? '');
    if (!identity)
      return graphError(res, 401, 'InvalidAuthenticationToken', "Access token is empty or not one of this stand-in's.");
    res.locals.identity = identity;
    next();
  });
  app.use('/v1.0', mailbox.router);
  app.use('/v1.0', people.router);
  const chat = (id: string) => data.chats.find((c) => c.chatId === id);
  app.get('/v1.0/chats/:id', (req, res) => {
    const found = chat(req.params.id);
    if (!found) return graphError(res, 404, 'NotFound', 'Chat not found.');
    res.json({
      id: found.chatId,
      topic: found.topic,
      chatType: 'meeting',
      onlineMeetingInfo: { joinWebUrl: found.joinWebUrl },
    });
  });
  app.get('/v1.0/chats/:id/members', (req, res) => {
    const found = chat(req.params.id);
    if (!found) return graphError(res, 404, 'NotFound', 'Chat not found.');
    res.json({ value: [found.organizer, ...found.attendees].map((p) => ({ displayName: p.name, email: p.email })) });
  });
  app.get('/v1.0/me/onlineMeetings', (req, res) => {
    const match = /^JoinWebUrl eq '(.*)'$/.exec(String(req.query.$filter ?? ''));
    if (!match) return graphError(res, 400, 'BadRequest', 'Filter on JoinWebUrl is required.');
    const joinWebUrl = match[1].replace(/''/g, "'");
    const found = data.chats.find((c) => c.joinWebUrl === joinWebUrl);
    res.json({
      value: found
        ? [
            {
              subject: found.topic,
              joinWebUrl,
              startDateTime: found.start ?? null,
              endDateTime: found.end ?? null,
              participants: { organizer: participant(found.organizer), attendees: found.attendees.map(participant) },
            },
          ]
        : [],
    });
  });
  app.use((req, res) => graphError(res, 404, 'NotFound', `No stand-in for ${req.method} ${req.path}`));
  return { app, requests, mailbox: mailbox.hooks, people: people.hooks };
}

/** Plain HTTP on loopback (local mode), or HTTPS with `tls` (tests of the production client). */
export async function startGraphStandIn(data: GraphStandInData = demoGraphData, tls?: { cert: string; key: string }) {
  const { app, requests, mailbox, people } = createGraphStandInApp(data);
  const server: Server = tls ? createHttpsServer(tls, app) : createServer(app);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    baseUrl: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/v1.0`,
    requests,
    mailbox,
    people,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
