import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults for a fresh machine', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, DATA_DIR: '.data', SEED_DEMO: true, LOG_LEVEL: 'info' });
  });

  it('reads the documented variables', () => {
    const c = loadConfig({ PORT: '4000', DATABASE_URL: 'postgresql://u:p@db:5432/x', DATA_DIR: '/tmp/d', SEED_DEMO: 'false' });
    expect(c).toMatchObject({ PORT: 4000, DATABASE_URL: 'postgresql://u:p@db:5432/x', DATA_DIR: '/tmp/d', SEED_DEMO: false });
  });

  it('names the variable and the value that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be a number \(got "abc"\)/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must be a PostgreSQL URL/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO must be true or false/);
    expect(() => loadConfig({ SMTP_URL: 'mail.example.se' })).toThrow(/SMTP_URL must be an SMTP URL/);
  });

  it('reads the optional SMTP server for decision e-mails', () => {
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtp://u:p@mail.kommun.se:587', MAIL_FROM: 'Fonden <fonden@kommun.se>' })).toMatchObject({
      SMTP_URL: 'smtp://u:p@mail.kommun.se:587',
      MAIL_FROM: 'Fonden <fonden@kommun.se>',
    });
  });
});
