import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MoreRows, pageFor, ROW_PAGE, rowsShown } from './MoreRows.tsx';

describe('rowsShown', () => {
  it('shows a page at first, then as many as asked for, never more than there are', () => {
    expect(rowsShown(10_000, null)).toBe(ROW_PAGE);
    expect(rowsShown(10_000, 2 * ROW_PAGE)).toBe(2 * ROW_PAGE);
    expect(rowsShown(12, null)).toBe(12);
  });

  it('makes pages of a wide table shorter, so a page holds about as many cells', () => {
    expect(pageFor(11)).toBe(ROW_PAGE);
    expect(pageFor(400)).toBe(25);
    expect(pageFor(100_000)).toBe(20);
    expect(rowsShown(10_000, null, pageFor(400))).toBe(25);
  });
});

describe('MoreRows', () => {
  it('offers the next page while rows are left out, and nothing once all are shown', () => {
    expect(renderToStaticMarkup(<MoreRows shown={500} total={10_000} more={() => {}} />)).toContain('Showing 500 of 10,000.');
    expect(renderToStaticMarkup(<MoreRows shown={500} total={620} more={() => {}} />)).toContain('Show 120 more');
    expect(renderToStaticMarkup(<MoreRows shown={620} total={620} more={() => {}} />)).toBe('');
  });
});
