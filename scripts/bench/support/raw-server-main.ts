// Child process entry (see raw-server.ts): a separate process, like `next start`, so it does
// not share an event loop with autocannon.
import http from "node:http";
import { fetchRaw } from "./site-pages";

const [sourceUrl, port] = process.argv.slice(2);
const page = await fetchRaw(sourceUrl!);
const headers = { "content-type": page.contentType, "content-length": String(page.body.length) };
http
  .createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(page.body);
  })
  .listen(Number(port), "127.0.0.1");
