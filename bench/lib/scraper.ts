import { Agent, get } from 'node:http';

/**
 * A scraper in a process of its own, as Prometheus is: `count` GETs of `url` one after another on a
 * kept-alive connection; prints each one's time (ms, request sent to last byte) as JSON.
 */
const [url = '', count = '100'] = process.argv.slice(2);
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const times: number[] = [];
let bytes = 0;
for (let i = 0; i < Number(count); i++) {
  const started = performance.now();
  bytes = await new Promise<number>((resolve, reject) => {
    get(url, { agent }, (response) => {
      let length = 0;
      response.on('data', (chunk: Buffer) => (length += chunk.length));
      response.on('end', () => resolve(length));
      response.on('error', reject);
    }).on('error', reject);
  });
  times.push(performance.now() - started);
}
agent.destroy();
process.stdout.write(JSON.stringify({ times, bytes }));
