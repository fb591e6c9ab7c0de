import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { boundEchoes } from './bounded-echo.js';
import { budgetsFromEnv, DEFAULT_BUDGETS, envName } from './cost-limits.js';

describe('cost budgets from the environment', () => {
  it('default to DEFAULT_BUDGETS, GRAPHQL_MAX_<LIMIT> setting the signed-in one and …_ANONYMOUS the signed-out one', () => {
    expect(budgetsFromEnv({})).toEqual(DEFAULT_BUDGETS);
    const budgets = budgetsFromEnv({ GRAPHQL_MAX_COST: '900000', GRAPHQL_MAX_DEPTH_ANONYMOUS: '6', GRAPHQL_MAX_ALIASES: '' });
    expect(budgets.signedIn).toEqual({ ...DEFAULT_BUDGETS.signedIn, cost: 900_000 });
    expect(budgets.anonymous).toEqual({ ...DEFAULT_BUDGETS.anonymous, depth: 6 });
    expect(envName('tokens', 'anonymous')).toBe('GRAPHQL_MAX_TOKENS_ANONYMOUS');
  });

  it.each(['0', '-3', '1.5', 'lots', '1e400'])('refuse to start on %s, naming the variable', (raw) => {
    expect(() => budgetsFromEnv({ GRAPHQL_MAX_BYTES_ANONYMOUS: raw })).toThrow(ConfigError);
    expect(() => budgetsFromEnv({ GRAPHQL_MAX_BYTES_ANONYMOUS: raw })).toThrow(/GRAPHQL_MAX_BYTES_ANONYMOUS must be a positive integer/);
  });
});

describe('errors quoting the request', () => {
  const huge = 'a'.repeat(900_000);

  it('keep a long quotation to its start and say how long it was, in the message and in extensions', () => {
    const bounded = boundEchoes({
      message: `Variable "$id" got invalid value "${huge}"; 「${huge}」 does not exist`,
      extensions: { code: 'BAD_USER_INPUT', id: huge, validationErrors: [{ target: { body: huge }, value: huge }] },
    });
    expect(bounded.message.length).toBeLessThan(600);
    expect(bounded.message).toMatch(/^Variable "\$id" got invalid value "a+…（900000 文字 \/ 900000 characters）"; 「a+…（900000 文字/);
    expect(JSON.stringify(bounded.extensions).length).toBeLessThan(1_000);
    expect(bounded.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leave short messages as they are, and CONFLICT’s current record whole (it is stored data, not an echo)', () => {
    const message = '施策「1-2」は見つかりません / Measure "1-2" does not exist';
    expect(boundEchoes({ message, extensions: { code: 'NOT_FOUND', id: '1-2' } })).toEqual({ message, extensions: { code: 'NOT_FOUND', id: '1-2' } });
    const current = { whatWasDone: 'x'.repeat(5_000) };
    expect(boundEchoes({ message: 'conflict', extensions: { code: 'CONFLICT', current } }).extensions?.current).toEqual(current);
  });
});
