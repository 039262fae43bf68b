import { draft } from '../../support/builders.js';

/** A title built to inject a ping, a role mention, a masked link and markdown. */
export const HOSTILE_TITLE =
  '@everyone Free <@&123456789012345678> [click here](https://evil.example/x) **now**';

/** Three articles, newest first: a hostile one, the harbour tunnel, and a rail strike. */
export const ARTICLES = [
  draft({
    title: HOSTILE_TITLE,
    url: 'https://news.example/hoax',
    publishedAt: new Date('2026-11-26T11:00:00Z'),
    text: [
      'Readers of several community servers were told to ping @here and <@400000000000000001> about a free offer that looked official. (Attribution: Forum post)',
      'The offer turned out to be a hoax that spread quickly through community servers before moderators removed it. (Attribution: Server moderators)',
    ],
  }),
  draft({
    title: 'Harbour tunnel tolls suspended until the end of the month',
    url: 'https://news.example/harbour-tunnel',
    publisher: 'City Desk',
    publishedAt: new Date('2026-11-26T10:00:00Z'),
    text: [
      'The city suspended tolls on the harbour tunnel after a week of heavy congestion on the ring road around the old port. (Attribution: City Hall press release)',
      'Commuters reported journeys that were twenty minutes shorter on the first morning without tolls, according to a survey of drivers. (Attribution: Commuter survey)',
      'The transport office said the tolls stay suspended until the end of the month while engineers review the traffic data. (Attribution: Transport office)',
    ],
  }),
  draft({
    title: 'Rail strike called off after late-night talks',
    url: 'https://news.example/rail-strike',
    publishedAt: new Date('2026-11-25T09:00:00Z'),
    text: [
      'Union leaders called off the planned rail strike after talks with the operator ran late into the night on Tuesday. (Attribution: Union statement)',
      'Trains will run to the normal timetable on Thursday, the operator confirmed in a short message to passengers. (Attribution: Rail operator)',
    ],
  }),
];
