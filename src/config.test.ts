import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('takes an identity secret of 16 characters or more and leaves it unset otherwise', () => {
    expect(loadConfig({}).XINREN_IDENTITY_SECRET).toBeUndefined();
    expect(loadConfig({ XINREN_IDENTITY_SECRET: 'a-secret-of-24-characters' }).XINREN_IDENTITY_SECRET).toBe(
      'a-secret-of-24-characters',
    );
  });

  it('refuses a short identity secret with the variable named', () => {
    expect(() => loadConfig({ XINREN_IDENTITY_SECRET: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ XINREN_IDENTITY_SECRET: 'short' })).toThrow(/XINREN_IDENTITY_SECRET/);
  });
});
