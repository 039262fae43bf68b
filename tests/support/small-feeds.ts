import { longText, rssDocument } from './feed-documents.js';
import { send, type FixtureServer } from './fixture-server.js';

/** Serves one small RSS feed per name at `/<name>.xml`, each with one story: what OPML tests import. */
export function serveSmallFeeds(server: FixtureServer, names: readonly string[]): void {
  for (const name of names) {
    server.route(
      `/${name}.xml`,
      send(
        rssDocument({ title: `Feed ${name.toUpperCase()}` }, [
          {
            title: `Story ${name}`,
            link: server.url(`/${name}/1`),
            guid: `${name}1`,
            date: new Date('2026-11-26T11:00:00Z'),
            content: `<p>${longText(name)}</p>`,
          },
        ]),
      ),
    );
  }
}
