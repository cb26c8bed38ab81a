// The cleaner's HTML tree builder: what it must get right for the cleaner to
// see the same text a browser shows.
import { describe, expect, it } from 'vitest';
import type { DomNode } from '../extractors/clean-dom.js';
import { decodeEntities, parseHtml } from '../extractors/html-parse.js';

function text(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  return (n.children ?? []).map(text).join('');
}
function find(n: DomNode, name: string): DomNode[] {
  const out: DomNode[] = [];
  const stack = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.name === name) out.push(x);
    for (const k of [...(x.children ?? [])].reverse()) stack.push(k);
  }
  return out;
}

describe('parseHtml', () => {
  it('decodes named, decimal, hex and legacy entities as browsers do', () => {
    expect(decodeEntities('Li&ecirc;n minh H&#7907;p t&#xE1;c x&atilde; &amp; &nbsp;&ndash; &#150; &copy 2023 &bogus;')).toBe(
      'Liên minh Hợp tác xã & \u00A0– – © 2023 &bogus;',
    );
  });
  it('closes an open <p> at a block, <li> at <li>, cells at cells', () => {
    const root = parseHtml('<p>một<div>hai</div><ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table>');
    expect(find(root, 'p')[0]!.children!.map(text)).toEqual(['một']);
    expect(find(root, 'li').map(text)).toEqual(['a', 'b']);
    expect(find(root, 'td').map(text)).toEqual(['1', '2', '3']);
    expect(find(root, 'tr')).toHaveLength(2);
  });
  it('keeps script and style bodies raw, even with tags inside', () => {
    const root = parseHtml('<script>if (a < b) document.write("</div><p>x</p>")</script><p>thật</p>');
    expect(text(find(root, 'script')[0]!)).toContain('</div><p>x</p>');
    expect(find(root, 'p').map(text)).toEqual(['thật']);
  });
  it('reads quoted, unquoted and valueless attributes; lower-cases names', () => {
    const a = find(parseHtml('<A HREF=/tin/1.html Class="x y" data-v=\'2\' hidden>t</A>'), 'a')[0]!;
    expect(a.attribs).toEqual({ href: '/tin/1.html', class: 'x y', 'data-v': '2', hidden: '' });
  });
  it('ignores a stray end tag instead of closing the table around it', () => {
    const root = parseHtml('<table><tr><td><p>a</span></div>b</td></tr></table><p>c</p>');
    expect(text(find(root, 'td')[0]!)).toBe('ab');
  });
  it('never recurses: 100 000 nested elements parse', () => {
    const root = parseHtml('<div>'.repeat(100_000) + 'đáy' + '</div>'.repeat(100_000));
    let depth = 0;
    let n: DomNode = root;
    while (n.children?.[0] && n.children[0].type !== 'text') {
      n = n.children[0];
      depth++;
    }
    expect(depth).toBe(100_000);
    expect(n.children?.[0]?.data).toBe('đáy');
  });
  it('survives comments, doctype, CDATA-like junk and a lone "<"', () => {
    const root = parseHtml('<!DOCTYPE html><!-- <p>không</p> --><p>1 < 2 và 3 > 2</p><![CDATA[x]]><p>cuối');
    expect(find(root, 'p').map(text)).toEqual(['1 < 2 và 3 > 2', 'cuối']);
  });
});
