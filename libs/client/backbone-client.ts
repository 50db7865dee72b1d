import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';
import { readYourWrites, WrittenPosition } from './read-your-writes';

/** A value, or a function asked for it at every call (a token that is renewed, a language the user switches). */
type Current<T> = T | (() => T | Promise<T>);

export interface BackboneClientOptions {
  /** Where the backbone answers: `https://backbone.example.org` (the API is under `/v1`). */
  baseUrl: string;
  /** The bearer token (a JWT of the identity provider, or a development token). */
  token?: Current<string | null | undefined>;
  /** `zh-CN` or `en`: the language of problem titles, details and field messages. */
  language?: Current<string | undefined>;
  /** Reads wait for this client's own writes (`minPosition`); on by default. `false`, or a position shared with other code. */
  readYourWrites?: boolean | WrittenPosition;
  /** Another `fetch` (a test's, a proxy's). */
  fetch?: ClientOptions['fetch'];
}

/** The client typed by the backbone's own OpenAPI document: every path, parameter, body and answer. */
export type BackboneClient = Client<paths>;

const valueOf = async <T>(current: Current<T>): Promise<T> => (typeof current === 'function' ? (current as () => T | Promise<T>)() : current);

/** A typed client of the backbone's HTTP API, for the console and for integrators alike. */
export function createBackboneClient(options: BackboneClientOptions): BackboneClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl, ...(options.fetch && { fetch: options.fetch }) });
  client.use({
    async onRequest({ request }) {
      const token = options.token === undefined ? undefined : await valueOf(options.token);
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      const language = options.language === undefined ? undefined : await valueOf(options.language);
      if (language) request.headers.set('Accept-Language', language);
      return request;
    },
  });
  if (options.readYourWrites !== false) {
    client.use(readYourWrites(options.readYourWrites instanceof WrittenPosition ? options.readYourWrites : new WrittenPosition()));
  }
  return client;
}
