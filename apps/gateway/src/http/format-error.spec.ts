import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { formatError } from './format-error';

describe('formatError', () => {
  it('reports parse and validation failures as BAD_USER_INPUT, keeping the reason', () => {
    expect(
      formatError(
        { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
        new GraphQLError('x'),
      ),
    ).toEqual({
      message: 'Syntax Error',
      extensions: { code: 'BAD_USER_INPUT', reason: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('keeps authentication and authorization codes and drops stack traces', () => {
    expect(
      formatError(
        { message: 'no', path: ['a'], extensions: { code: 'FORBIDDEN', stacktrace: ['at x'] } },
        new GraphQLError('no'),
      ),
    ).toEqual({
      message: 'no',
      path: ['a'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('answers a write the database gave up on (lock wait timeout, lost conflicts) as BUSY, to retry', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const busy = (driverError: { errno?: number; code?: string }) =>
      formatError(
        {
          message: 'Lock wait timeout exceeded',
          path: ['submitOrder'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
        Object.assign(new Error('Lock wait timeout exceeded'), { driverError }),
      );
    const answer = {
      message: 'The database was too busy to finish this change; nothing was changed. Please try again.',
      path: ['submitOrder'],
      extensions: { code: 'BUSY', retryAfterSeconds: 1 },
    };
    expect(busy({ errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT' })).toEqual(answer);
    expect(busy({ errno: 1213, code: 'ER_LOCK_DEADLOCK' })).toEqual(answer);
    expect(busy({ code: 'SQLITE_BUSY' })).toEqual(answer);
    expect(busy({ errno: 1146, code: 'ER_NO_SUCH_TABLE' }).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    });
    warn.mockRestore();
  });

  it('turns unexpected faults into INTERNAL_SERVER_ERROR without revealing them', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const out = formatError(
      {
        message: 'ER_NO_SUCH_TABLE: secret_table',
        path: ['viewer'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
      new Error('db'),
    );
    expect(out.message).not.toMatch(/secret_table/);
    expect(out).toMatchObject({ path: ['viewer'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
