import { describe, expect, it } from 'vitest';
import { creditOf, datelineOf } from './article-lines.ts';
import { creditLineOf, hostOf, isMediaName, outletName, selfCreditOf, sourceLabelOf, trailingCreditOf, urlLineOf } from './outlet-lines.ts';

describe('outlet names', () => {
  it('takes short capitalised names and host names, not prose or writers', () => {
    expect(outletName(' The Harbour  Gazette ')).toBe('The Harbour Gazette');
    expect(outletName('portnews.example')).toBeNull(); // no known top-level shape
    expect(outletName('portnews.com')).toBe('portnews.com');
    expect(outletName('officials said the ferry sank.')).toBeNull();
    expect(outletName('Staff Reporter')).toBeNull();
    expect(outletName('Agencies')).toBeNull();
    expect(outletName('end')).toBeNull();
  });

  it('knows a publication by a media word, a host shape, or (after "By") a leading "The"', () => {
    expect(isMediaName('Harbour Times')).toBe(true);
    expect(isMediaName('Portville News Agency')).toBe(true);
    expect(isMediaName('harbour.co.uk')).toBe(true);
    expect(isMediaName('The Harbour Lantern')).toBe(false);
    expect(isMediaName('The Harbour Lantern', true)).toBe(true);
    expect(isMediaName('Portville')).toBe(false);
  });
});

describe('credit lines', () => {
  it('reads a by-line with its outlet, with or without "By"', () => {
    expect(creditOf('By Anna Example | Harbour Times')).toEqual({ byline: 'Anna Example', outlet: 'Harbour Times' });
    expect(creditOf('By Anna Example, The Harbour Lantern')).toEqual({ byline: 'Anna Example', outlet: 'The Harbour Lantern' });
    expect(creditOf('By Anna Example, Portville')).toEqual({ byline: 'Anna Example', outlet: null });
    expect(creditOf('Staff Reporter, Harbour Times')).toEqual({ byline: 'Staff Reporter', outlet: 'Harbour Times' });
    expect(creditOf('Portville, The Next Round')).toBeNull();
    expect(creditOf('Ruritania, Freedonia')).toBeNull();
  });

  it('reads a "Source:" label, a credit alone on a line, and a credit closing a paragraph', () => {
    expect(sourceLabelOf('Source: Harbour Times')).toBe('Harbour Times');
    expect(sourceLabelOf('Source: https://www.harbour.example.com/story/1')).toBe('harbour.example.com');
    expect(sourceLabelOf('Sources say the ferry sank')).toBeNull();
    expect(creditLineOf('— Wire Service')).toBe('Wire Service');
    expect(creditLineOf('(Wire Service)')).toBe('Wire Service');
    expect(creditLineOf('(end)')).toBeNull();
    expect(creditLineOf('- the ferry sank')).toBeNull();
    expect(trailingCreditOf('The ferry sank at dawn, officials said. — Wire Service')).toBe('Wire Service');
    expect(trailingCreditOf('The ferry sank at dawn — officials said so')).toBeNull();
  });

  it('reads the agency and the yearless day of a dateline', () => {
    expect(datelineOf('PORTVILLE, Mar 4 (Wire) -- The ministry said')).toEqual({ length: 'PORTVILLE, Mar 4 (Wire) -- '.length, day: '03-04', agency: 'Wire' });
    expect(datelineOf('PORTVILLE (Wire Service): Text')).toMatchObject({ day: null, agency: 'Wire Service' });
    expect(datelineOf('PORTVILLE, Sept 30: Text')).toMatchObject({ day: '09-30', agency: null });
    expect(datelineOf('PORTVILLE, Feb 30: Text')).toMatchObject({ day: null });
    expect(datelineOf('PORTVILLE: Text')).toMatchObject({ day: null, agency: null });
    expect(datelineOf('The ferry sank.')).toBeNull();
  });

  it('reads a host-shaped outlet that names itself as reporting, and nothing else that reports', () => {
    expect(selfCreditOf('The ferry sank at dawn, Harbour.az reports citing local media.')).toBe('Harbour.az');
    expect(selfCreditOf('The ferry sank at dawn, reports harbournews.com.')).toBe('harbournews.com');
    expect(selfCreditOf('The ferry sank at dawn, Wire Service reports.')).toBeNull();
    expect(selfCreditOf('The harbour master reports a calm sea.')).toBeNull();
  });

  it('reads web addresses alone on a line, and their hosts', () => {
    expect(urlLineOf('https://www.harbour-times.com/2024/03/ferry')).toBe('https://www.harbour-times.com/2024/03/ferry');
    expect(urlLineOf('Source: <https://harbour.example.org/a>')).toBe('https://harbour.example.org/a');
    expect(urlLineOf('Read https://harbour.example.org/a for more.')).toBeNull();
    expect(hostOf('https://www.harbour-times.com/2024/03/ferry')).toBe('harbour-times.com');
    expect(hostOf('mailto:desk@harbour.example.org')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});
