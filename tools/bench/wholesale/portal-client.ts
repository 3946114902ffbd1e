/* eslint-disable @typescript-eslint/no-explicit-any -- the benchmark reads GraphQL responses loosely */

export interface GqlResult {
  data?: any;
  errors?: { message: string }[];
}

/** A signed-in portal user talking GraphQL over HTTP, as the SPA does (session cookie). */
export class PortalClient {
  private constructor(
    private readonly base: string,
    private readonly cookie: string,
  ) {}

  static async signIn(base: string, email: string, password: string): Promise<PortalClient> {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { userErrors { message } } }',
        variables: { i: { email, password } },
      }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('portal_session='));
    const body = (await response.json()) as GqlResult;
    if (!setCookie)
      throw new Error(
        `cannot sign in as ${email}: ${JSON.stringify(body.errors ?? body.data?.login?.userErrors)}`,
      );
    return new PortalClient(base, setCookie.split(';')[0]!);
  }

  async query(query: string, variables?: Record<string, unknown>): Promise<GqlResult> {
    const response = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult;
  }

  /** The data of a query that must succeed; throws with the errors otherwise. */
  async data(query: string, variables?: Record<string, unknown>): Promise<any> {
    const result = await this.query(query, variables);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors ?? 'no data').slice(0, 500)}`);
    return result.data;
  }
}
