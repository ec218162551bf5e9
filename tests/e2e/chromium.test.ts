import { describe, expect, it } from 'vitest';
import { CANDIDATES, canInstall, findChromium, launchChromium } from './chromium.ts';

const only = (...paths: string[]) => (p: string) => paths.includes(p);

describe('findChromium', () => {
  it('prefers CHROME_PATH over the usual paths', () => {
    expect(findChromium({ CHROME_PATH: '/opt/my/chrome' }, only('/opt/my/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/my/chrome',
    );
  });

  it('refuses a CHROME_PATH that does not exist instead of using another browser', () => {
    expect(() => findChromium({ CHROME_PATH: '/nope' }, only('/usr/bin/chromium'))).toThrow(/CHROME_PATH is \/nope/);
  });

  it('takes the first usual path that exists, or none', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe('/usr/bin/chromium-browser');
    expect(CANDIDATES[0]).toBe('/usr/bin/chromium');
    expect(findChromium({}, only())).toBeNull();
  });
});

describe('canInstall', () => {
  it('is true only for root on Debian', () => {
    expect(canInstall(0, only('/etc/debian_version'))).toBe(true);
    expect(canInstall(1000, only('/etc/debian_version'))).toBe(false);
    expect(canInstall(0, only())).toBe(false);
    expect(canInstall(undefined, only('/etc/debian_version'))).toBe(false);
  });
});

describe('launchChromium', () => {
  it('keeps every feature Playwright turns off, as Chromium reads only the last --disable-features', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto('chrome://version');
      const commandLine = (await page.locator('#command_line').textContent()) ?? '';
      const lists = [...commandLine.matchAll(/--disable-features=(\S+)/g)].map((m) => m[1]!.split(','));
      const read = lists.at(-1) ?? [];
      for (const list of lists) expect(read).toEqual(expect.arrayContaining(list));
      expect(read).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
    } finally {
      await browser.close();
    }
  });
});
