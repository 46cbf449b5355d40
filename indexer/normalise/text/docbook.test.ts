import { describe, expect, it } from 'vitest';
import { channelRenderContext } from './context';
import { renderDocBook } from './index';

const ctx = channelRenderContext('nixos-20.09');
const html = (s: string) => renderDocBook(s, ctx).html;

describe('DocBook descriptions', () => {
  it('renders inline elements as code, emphasis and links', () => {
    expect(html('Use <literal>foo</literal>, <filename>/etc/x</filename>, <command>ls -l</command> and <varname>X</varname>.')).toBe(
      '<p>Use <code>foo</code>, <code>/etc/x</code>, <code><code>ls -l</code></code> and <code>X</code>.</p>'.replace('<code><code>ls -l</code></code>', '<code>ls -l</code>'),
    );
    expect(html('<emphasis>a</emphasis> <emphasis role="bold">b</emphasis> <replaceable>name</replaceable>')).toBe(
      '<p><em>a</em> <strong>b</strong> <var>name</var></p>',
    );
    expect(html('See <link xlink:href="https://example.org/a?b=1&amp;c=2">the docs</link> or <ulink url="https://x.org/"/>.')).toBe(
      '<p>See <a href="https://example.org/a?b=1&#x26;c=2" rel="nofollow noopener">the docs</a> or <a href="https://x.org/" rel="nofollow noopener">https://x.org/</a>.</p>',
    );
    expect(html('<citerefentry><refentrytitle>nix.conf</refentrytitle><manvolnum>5</manvolnum></citerefentry>')).toBe('<p><code>nix.conf(5)</code></p>');
  });

  it('links options (<option>, <xref linkend="opt-…">) to the option page of the channel', () => {
    expect(html('Set <option>services.nginx.enable</option>; see <xref linkend="opt-networking.interfaces._name_.ipv4"/>.')).toBe(
      '<p>Set <a href="/options/nixos-20.09/services.nginx.enable"><code>services.nginx.enable</code></a>; see ' +
        '<a href="/options/nixos-20.09/networking.interfaces.%3Cname%3E.ipv4"><code>networking.interfaces.&#x3C;name>.ipv4</code></a>.</p>',
    );
    // Command-line flags and bare words are not option names.
    expect(html('<option>--verbose</option> <option>enable</option>')).toBe('<p><code>--verbose</code> <code>enable</code></p>');
  });

  it('renders paragraphs, lists, program listings and admonitions as blocks', () => {
    const source = `First paragraph
continues here.

Second paragraph.
<itemizedlist><listitem><para>one</para></listitem><listitem>two</listitem></itemizedlist>
<orderedlist><listitem><para>first</para></listitem></orderedlist>
<programlisting>
services.foo = {
  bar = &lt;baz&gt;;
};
</programlisting>
<note><para>Careful.</para></note>
<variablelist><varlistentry><term><literal>a</literal></term><listitem><para>is a</para></listitem></varlistentry></variablelist>`;
    expect(html(source)).toBe(
      '<p>First paragraph\ncontinues here.</p><p>Second paragraph.</p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>' +
        '<pre><code>services.foo = {\n  bar = &#x3C;baz>;\n};\n</code></pre><blockquote><p><strong>Note</strong></p><p>Careful.</p></blockquote>' +
        '<dl><dt><code>a</code></dt><dd>is a</dd></dl>',
    );
    expect(renderDocBook(source, ctx).text).toContain('First paragraph continues here.');
  });

  it('keeps unknown tags as text and survives malformed markup', () => {
    expect(html('a <name> placeholder')).toBe('<p>a &#x3C;name> placeholder</p>');
    expect(html('<literal>unclosed')).toBe('<p><code>unclosed</code></p>');
    expect(html('stray </literal> end and 1 < 2 &amp; &unknown; &#x41;')).toBe('<p>stray  end and 1 &#x3C; 2 &#x26; &#x26;unknown; A</p>');
    expect(html('<!-- comment --><![CDATA[<b>raw</b>]]>')).toBe('<p>&#x3C;b>raw&#x3C;/b></p>');
  });
});
