import { describe, expect, it } from 'vitest';
import { detectEraFormat, formatOf, hasDocBookMarkup } from './format';

describe('description markup', () => {
  it('recognises DocBook outside code spans only', () => {
    expect(hasDocBookMarkup('Use <literal>x</literal>.')).toBe(true);
    expect(hasDocBookMarkup('See <link xlink:href="https://x"/>.')).toBe(true);
    expect(hasDocBookMarkup('Set `<literal>` in code')).toBe(false);
    expect(hasDocBookMarkup('services.foo.<name>.bar and a < b')).toBe(false);
  });

  it('decides the era from samples and lets clear DocBook win per description', () => {
    expect(detectEraFormat(['Use <literal>x</literal>.', 'plain', '<para>p</para>'])).toBe('docbook');
    expect(detectEraFormat(['{option}`a.b`', 'plain', 'see [x](https://x)'])).toBe('markdown');
    expect(detectEraFormat(['no markup at all'])).toBe('markdown');
    expect(formatOf('Leftover <filename>/etc/x</filename>', 'markdown')).toBe('docbook');
    expect(formatOf('no markup', 'docbook')).toBe('docbook');
  });
});
