import { describe, expect, it } from 'vitest';
import { linkableUrl } from '@/lib/sources/linkable-url';

describe('linkableUrl', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['//evil.example.org', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(linkableUrl(url)).toBe(expected);
  });
});
