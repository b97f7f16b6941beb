/**
 * The production server: Next.js's request handler behind lib/http/request-guard.mjs,
 * which refuses (4xx) the requests Next itself would answer with a 500 — malformed
 * percent-encoding in the path, methods such as TRACE, and server-action requests
 * from another origin or over the body limit (docs/security.md, "Hostile input").
 * Same options as `next start`: PORT (3000), HOSTNAME (all interfaces).
 *
 *   NODE_ENV=production node server.mjs
 */
import { createServer } from 'node:http';
import next from 'next';
import { refuseRequest } from './lib/http/request-guard.mjs';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();

await app.prepare();
/** A refused request's body is read and dropped up to this size before the answer goes out. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

createServer((request, response) => {
  const refusal = refuseRequest(request);
  if (!refusal) return void handle(request, response);
  // Answer once the client has finished sending: a server that answers mid-upload and closes
  // leaves the client (a browser too) with a broken pipe instead of the message.
  let drained = 0;
  let answered = false;
  const answer = () => {
    if (answered) return;
    answered = true;
    response.writeHead(refusal.status, refusal.headers);
    response.end(refusal.body);
  };
  request.on('data', (chunk) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) answer();
  });
  request.on('end', answer);
  request.on('error', () => response.destroy());
}).listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname}:${port}`);
});
