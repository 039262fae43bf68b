import { describe, expect, it } from 'vitest';
import { htmlToParagraphs, htmlToText } from '../../src/feeds/html-paragraphs.js';

describe('htmlToParagraphs', () => {
  it('turns blocks into paragraphs and decodes entities', () => {
    const html =
      '<p>Caf&eacute; owners &amp; the council&#8217;s &quot;plan&quot;.</p><div>Second &lt;block&gt;.</div><ul><li>One item.</li><li>Two items.</li></ul>';
    expect(htmlToParagraphs(html)).toEqual([
      'Café owners & the council’s "plan".',
      'Second <block>.',
      'One item.',
      'Two items.',
    ]);
  });

  it('drops scripts, styles, tracking pixels, media, headings and hidden parts', () => {
    const html = `<style>p { color: red }</style><script>track("x")</script>
      <h2>Subheading</h2><p>Kept text <b>with</b> <a href="https://x.test/a">a link</a>.</p>
      <img src="https://pixel.test/t.gif?id=1" width="1" height="1" alt="pixel">
      <iframe src="https://ads.test"></iframe><noscript>Enable JS</noscript>
      <p style="display:none">Hidden</p><div hidden>Also hidden</div><figure><img src="a.jpg"><figcaption>Caption</figcaption></figure>
      <pre>code()</pre>`;
    const paragraphs = htmlToParagraphs(html);
    expect(paragraphs).toEqual(['Kept text with a link.']);
    expect(paragraphs.join(' ')).not.toMatch(/pixel|track|color|Enable|Hidden|Caption|code/);
  });

  it('splits on two line breaks and joins on one', () => {
    expect(htmlToParagraphs('First line<br>same paragraph.<br/><br />Second paragraph.')).toEqual([
      'First line same paragraph.',
      'Second paragraph.',
    ]);
  });

  it('drops feed furniture', () => {
    const html =
      '<p>The story itself. […]</p><p><a href="/x">Continue reading →</a></p><p>The post Harbour news appeared first on Harbour Courier.</p><p>Read more</p>';
    expect(htmlToParagraphs(html)).toEqual(['The story itself.']);
  });

  it('splits plain text on blank lines', () => {
    expect(htmlToParagraphs('One.\nStill one.\n\n  Two.  ')).toEqual(['One. Still one.', 'Two.']);
  });

  it('keeps text with a lone < or & that is no markup', () => {
    expect(htmlToParagraphs('Profits < costs & taxes')).toEqual(['Profits < costs & taxes']);
  });
});

describe('htmlToText', () => {
  it('flattens markup and entities to one line', () => {
    expect(htmlToText('A <b>bold</b>\n title &amp; more&#8230;')).toBe('A bold title & more…');
    expect(htmlToText('  Plain   title ')).toBe('Plain title');
  });
});

describe('htmlToText never lets script or style contents into a title', () => {
  it.each([
    ['<script>alert(1)</script>Scripted title', 'Scripted title'],
    ['<style>b{}</style><b>Bold</b> title', 'Bold title'],
    ['Title <SCRIPT src="x">document.write(1)</SCRIPT>&amp; more', 'Title & more'],
    ['<noscript>enable js</noscript><template>t</template>Plain', 'Plain'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
