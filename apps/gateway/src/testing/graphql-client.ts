import http from 'node:http';

/** A tiny GraphQL-over-HTTP client for e2e tests, with a cookie jar like a browser's. */
export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string; reason?: string; [key: string]: unknown };
  }[];
  extensions?: Record<string, unknown>;
  headers: Headers;
}

export class GraphQLClient {
  private cookie: string | null = null;
  private bearer: string | null = null;
  private localAddress: string | null = null;

  /**
   * @param afterResponse runs after each response, before the caller sees it (the harness
   * delivers the outbox there, as a worker would right after the commit).
   */
  constructor(
    readonly baseUrl: string,
    private readonly afterResponse: (() => Promise<void>) | null = null,
  ) {}

  /**
   * A client whose requests leave from another loopback address (127.0.0.2, 127.0.0.3, …), as
   * clients behind different networks would: the server sees that address.
   */
  fromAddress(localAddress: string): GraphQLClient {
    const client = new GraphQLClient(this.baseUrl, this.afterResponse);
    client.localAddress = localAddress;
    return client;
  }

  withBearer(token: string): GraphQLClient {
    const client = new GraphQLClient(this.baseUrl, this.afterResponse);
    client.bearer = token;
    return client;
  }

  get sessionCookie(): string | null {
    return this.cookie;
  }

  setCookie(cookie: string | null): void {
    this.cookie = cookie;
  }

  async request<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    return this.send<TData>(JSON.stringify({ query, variables }), headers);
  }

  /** Sends a raw body (to test malformed requests). */
  async send<TData = Record<string, any>>(
    body: string,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const init = {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...headers,
      },
      body,
    };
    const response = this.localAddress
      ? await postFrom(this.localAddress, `${this.baseUrl}/graphql`, init)
      : await fetch(`${this.baseUrl}/graphql`, init);
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';'); // split always answers at least one part
      const [name, value] = pair.split('=');
      if (name === 'portal_session') this.cookie = value ? `${name}=${value}` : null;
    }
    const text = await response.text();
    await this.afterResponse?.();
    const json = text ? (JSON.parse(text) as Omit<GraphQLResponse<TData>, 'status' | 'headers'>) : {};
    return { ...json, status: response.status, headers: response.headers };
  }

  /** Signs in and fails loudly if the credentials were refused. */
  async login(email: string, password: string): Promise<void> {
    const res = await this.request<{ login: { userErrors: { message: string }[] } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { userErrors { message code } } }',
      { input: { email, password } },
    );
    const problems =
      res.errors?.map((e) => e.message) ?? res.data?.login.userErrors.map((e) => e.message) ?? [];
    if (problems.length) throw new Error(`login as ${email} failed: ${problems.join('; ')}`);
  }
}

/** fetch() cannot choose its source address; node:http can. */
function postFrom(
  localAddress: string,
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method, headers: init.headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers))
          for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
            headers.append(name, v);
        resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 500, headers }));
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
