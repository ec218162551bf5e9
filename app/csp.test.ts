import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP, devPolicy } from './csp.ts';

describe('CSP', () => {
  it('is the policy of the meta tag in index.html', () => {
    const html = readFileSync(new URL('./index.html', import.meta.url), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CSP);
  });

  it('allows nothing inline and no other origin', () => {
    expect(CSP).not.toContain('unsafe');
    expect(CSP).toContain("script-src 'self';");
    expect(CSP).toContain("object-src 'none'");
  });
});

describe('devPolicy', () => {
  it('allows inline scripts and styles and changes nothing else', () => {
    const dev = devPolicy(CSP);
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
    expect(dev.replaceAll(" 'unsafe-inline'", '')).toBe(CSP);
  });
});
