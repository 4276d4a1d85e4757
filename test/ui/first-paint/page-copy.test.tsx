// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPY_ATTR, NO_COPY_ATTR, packCopy, paintCopy, unpackCopy } from '../../../lib/ui/first-paint/page-copy';
import { holdCopy, mountOverCopy } from '../../../lib/ui/first-paint/take-over';

const DAY = '2026-12-01';

function page(): HTMLElement {
  const root = document.createElement('div');
  render(
    <main class="popup">
      <input type="search" value="医保" />
      <div class="cl-sections" data-view="live" aria-busy={false}>
        <ul>
          <li data-task-id="a" tabIndex={0}>
            <span class="cl-title">{'推进<b>医共体</b>建设 & 集采'}</span>
          </li>
        </ul>
        <div class="cl-undo" data-no-copy>
          已完成
        </div>
      </div>
    </main>,
    root,
  );
  return root;
}

describe('page copy', () => {
  afterEach(() => {
    document.body.replaceChildren();
    vi.useRealTimers();
  });

  it('paints the same elements and text, as a busy snapshot, without transient parts', () => {
    const text = packCopy(page(), DAY, 'zh-CN');
    const copy = unpackCopy(text, DAY, 'zh-CN');
    expect(copy).not.toBeNull();
    const target = document.createElement('div');
    paintCopy(target, copy!);
    expect(target.hasAttribute(COPY_ATTR)).toBe(true);
    // Takes no clicks or typing: what a user did there would be lost when the live page takes its place.
    expect(target.hasAttribute('inert')).toBe(true);
    // Text stays text: markup typed into a title is not parsed.
    expect(target.querySelector('[data-task-id="a"] .cl-title')?.textContent).toBe('推进<b>医共体</b>建设 & 集采');
    expect(target.querySelector('b')).toBeNull();
    expect(target.querySelector('input')?.value).toBe('医保');
    const list = target.querySelector('.cl-sections')!;
    expect(list.getAttribute('data-view')).toBe('snapshot');
    expect(list.getAttribute('aria-busy')).toBe('true');
    expect(target.querySelector(`[${NO_COPY_ATTR}]`)).toBeNull();
    expect(target.textContent).not.toContain('已完成');
  });

  it('keeps only the chosen option of a select, so a long ledger list does not weigh on the first frame', () => {
    const root = document.createElement('div');
    render(
      <select value="l42">
        {Array.from({ length: 500 }, (_, i) => (
          <option key={i} value={`l${i}`}>
            {`台账 ${i}`}
          </option>
        ))}
      </select>,
      root,
    );
    const target = document.createElement('div');
    paintCopy(target, unpackCopy(packCopy(root, DAY, 'zh-CN'), DAY, 'zh-CN')!);
    const select = target.querySelector('select')!;
    expect(select.options).toHaveLength(1);
    expect(select.value).toBe('l42');
    expect(select.textContent).toBe('台账 42');
    expect(select.disabled).toBe(true);
  });

  it('keeps only the first screen: what starts below the fold is left for the live page', () => {
    const root = document.createElement('div');
    render(
      <ul>
        {[0, 300, 590, 600, 2000].map((top) => (
          <li key={top} data-task-id={`t${top}`} data-top={top}>
            <span class="cl-title">{`任务 ${top}`}</span>
          </li>
        ))}
      </ul>,
      root,
    );
    // Where each row starts on the page (happy-dom lays nothing out); its title starts where the row does.
    const rect = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const top = Number(this.closest('[data-top]')?.getAttribute('data-top') ?? 0);
      return { top, bottom: top + 80, left: 0, right: 300, width: 300, height: 80, x: 0, y: top } as DOMRect;
    });
    try {
      const target = document.createElement('div');
      paintCopy(target, unpackCopy(packCopy(root, DAY, 'zh-CN', 600), DAY, 'zh-CN')!);
      const ids = [...target.querySelectorAll('[data-task-id]')].map((li) => li.getAttribute('data-task-id'));
      expect(ids).toEqual(['t0', 't300', 't590']);
      expect(target.querySelector('[data-task-id="t590"] .cl-title')?.textContent).toBe('任务 590');
      // Without a fold (tests, and any caller that wants it all) nothing is left out.
      const whole = document.createElement('div');
      paintCopy(whole, unpackCopy(packCopy(root, DAY, 'zh-CN'), DAY, 'zh-CN')!);
      expect(whole.querySelectorAll('[data-task-id]')).toHaveLength(5);
    } finally {
      rect.mockRestore();
    }
  });

  it('is not used on another day, in another language, or when it is not ours', () => {
    const text = packCopy(page(), DAY, 'zh-CN');
    expect(unpackCopy(text, '2026-12-02', 'zh-CN')).toBeNull();
    expect(unpackCopy(text, DAY, 'en-US')).toBeNull();
    expect(unpackCopy('{"v":1', DAY, 'zh-CN')).toBeNull();
    expect(
      unpackCopy(JSON.stringify({ v: 1, day: DAY, lang: 'zh-CN', nodes: [['div', { a: 1 }, []]] }), DAY, 'zh-CN'),
    ).toBeNull();
    expect(
      unpackCopy(JSON.stringify({ v: 1, day: DAY, lang: 'zh-CN', nodes: [['<img', {}, []]] }), DAY, 'zh-CN'),
    ).toBeNull();
    expect(unpackCopy(null, DAY, 'zh-CN')).toBeNull();
  });

  it('never builds scripts, handlers or styles, even from a tampered copy', () => {
    const nodes = [
      ['script', {}, ['alert(1)']],
      ['div', { onclick: 'alert(1)', style: 'color:red', class: 'ok' }, [['iframe', { srcdoc: 'x' }, []], 'hi']],
    ];
    const copy = unpackCopy(JSON.stringify({ v: 1, day: DAY, lang: 'zh-CN', nodes }), DAY, 'zh-CN')!;
    const target = document.createElement('div');
    paintCopy(target, copy);
    expect(target.innerHTML).toBe('<div class="ok">hi</div>');
  });
});

function paintedApp(): HTMLElement {
  const app = document.createElement('div');
  app.id = 'app';
  document.body.append(app);
  paintCopy(app, unpackCopy(packCopy(page(), DAY, 'zh-CN'), DAY, 'zh-CN')!);
  return app;
}

describe('taking over the copy', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps the copy until every part holding it is ready, then swaps it for the page in one step', () => {
    const copy = paintedApp();
    const releases: Array<() => void> = [];
    mountOverCopy((root) => {
      releases.push(holdCopy(), holdCopy());
      root.textContent = 'live page';
    });
    expect(document.getElementById('app')).toBe(copy);
    releases[0]();
    expect(document.getElementById('app')).toBe(copy);
    releases[1]();
    const app = document.getElementById('app')!;
    expect(app).not.toBe(copy);
    expect(app.textContent).toBe('live page');
    expect(app.hasAttribute(COPY_ATTR)).toBe(false);
    expect(document.querySelectorAll('#app')).toHaveLength(1);
  });

  it('does not leave the inert copy on screen when a part never gets ready', () => {
    vi.useFakeTimers();
    paintedApp();
    mountOverCopy((root) => {
      holdCopy();
      root.textContent = 'live page';
    });
    expect(document.getElementById('app')!.hasAttribute(COPY_ATTR)).toBe(true);
    vi.advanceTimersByTime(3000);
    expect(document.getElementById('app')!.textContent).toBe('live page');
  });

  it('renders straight into #app when no copy was painted', () => {
    const app = document.createElement('div');
    app.id = 'app';
    document.body.append(app);
    mountOverCopy((root) => {
      expect(holdCopy).toBeTypeOf('function');
      root.textContent = 'page';
    });
    expect(document.getElementById('app')).toBe(app);
    expect(app.textContent).toBe('page');
  });
});
