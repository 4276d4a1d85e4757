/**
 * A copy of a page's elements as it last looked, kept so the next open can paint it from a tiny classic script
 * before any module runs (entrypoints/first-paint.ts). The copy is inert: no handlers, marked busy, and Preact's own
 * tree replaces it in one step once its live rows are in (./take-over.ts). Only tags, attributes and text are kept,
 * and the copy is built with createElement and text nodes, never parsed as HTML.
 */
export type CopyNode = string | [tag: string, attrs: Record<string, string>, children: CopyNode[]];

export interface PageCopy {
  v: typeof VERSION;
  /** Local day (YYYY-MM-DD) it was taken: due texts ("3 天后") are only true on that day. */
  day: string;
  /** UI language it was rendered in. */
  lang: string;
  nodes: CopyNode[];
}

const VERSION = 1;
/** Elements never copied, whatever a page holds: they could load or run something, or carry no visible text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'link',
  'iframe',
  'object',
  'embed',
  'base',
  'meta',
  'template',
  'svg',
]);
/** Transient parts (undo bar, open note, error) are left out: they belong to the moment, not to the next open. */
export const NO_COPY_ATTR = 'data-no-copy';
/** Set on the copy's root element; the live view says data-view="live", the copy never does. */
export const COPY_ATTR = 'data-page-copy';
/** Set on the copy's root once the frame that shows it is out (see markWhenShown). */
export const SHOWN_ATTR = 'data-copy-shown';
/** Fired on window when SHOWN_ATTR is set. */
export const SHOWN_EVENT = 'page-copy-shown';
const MAX_CHARS = 200_000;

export const copyKey = (page: string) => `firstPaint.copy.${page}`;

const allowedAttr = (name: string) => !name.startsWith('on') && name !== 'style' && name !== 'src';

/** Where an element starts, in page coordinates (0 for one that is not laid out, e.g. hidden). */
function pageTop(el: Element): number {
  return el.getBoundingClientRect().top + (el.ownerDocument.defaultView?.scrollY ?? 0);
}

function copyElement(el: Element, fold: number): CopyNode | null {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag) || el.hasAttribute(NO_COPY_ATTR)) return null;
  // The copy is the first screen the next open shows: what starts below it (most of a 5,000-task checklist) would
  // only cost the classic script its parse and the first frame its layout and paint, and the live page brings it.
  if (fold !== Infinity && pageTop(el) >= fold) return null;
  const attrs: Record<string, string> = {};
  for (const a of el.attributes) if (allowedAttr(a.name)) attrs[a.name] = a.value;
  // Form state lives in properties, not attributes.
  if (el instanceof HTMLInputElement) {
    if (el.type === 'checkbox' || el.type === 'radio') {
      if (el.checked) attrs.checked = '';
      else delete attrs.checked;
    } else attrs.value = el.value;
  }
  if (el instanceof HTMLOptionElement) {
    if (el.selected) attrs.selected = '';
    else delete attrs.selected;
  }
  if (attrs['data-view'] === 'live') {
    attrs['data-view'] = 'snapshot';
    attrs['aria-busy'] = 'true';
  }
  // A disabled select shows only its chosen option: the other options (500 ledger titles in a big county) only
  // cost the classic script its parse and the first frame its layout.
  if (el instanceof HTMLSelectElement) {
    const chosen = el.options[el.selectedIndex];
    const option = chosen ? copyElement(chosen, Infinity) : null;
    return [tag, attrs, option ? [option] : []];
  }
  return [tag, attrs, copyChildren(el, fold)];
}

/** The element's children as copy nodes (comments dropped), leaving out elements that start at or below `fold`. */
export function copyChildren(root: Element, fold = Infinity): CopyNode[] {
  const out: CopyNode[] = [];
  for (const child of root.childNodes) {
    if (child.nodeType === 3) out.push((child as Text).data);
    else if (child.nodeType === 1) {
      const node = copyElement(child as Element, fold);
      if (node) out.push(node);
    }
  }
  return out;
}

/** The copy of `root`'s children; with `fold` (page px, e.g. the window's height) only what starts above it. */
export function packCopy(root: Element, day: string, lang: string, fold = Infinity): string | null {
  const text = JSON.stringify({ v: VERSION, day, lang, nodes: copyChildren(root, fold) } satisfies PageCopy);
  return text.length <= MAX_CHARS ? text : null;
}

function isNode(value: unknown, depth: number): value is CopyNode {
  if (typeof value === 'string') return true;
  if (!Array.isArray(value) || value.length !== 3 || depth > 64) return false;
  const [tag, attrs, children] = value as unknown[];
  return (
    typeof tag === 'string' &&
    /^[a-z][a-z0-9-]*$/.test(tag) &&
    typeof attrs === 'object' &&
    attrs !== null &&
    !Array.isArray(attrs) &&
    Object.values(attrs).every((v) => typeof v === 'string') &&
    Array.isArray(children) &&
    children.every((c) => isNode(c, depth + 1))
  );
}

/** The copy if it is one of ours, from `day` and in `lang`; anything else (old, other language, junk) is null. */
export function unpackCopy(text: string | null, day: string, lang: string): PageCopy | null {
  if (!text || text.length > MAX_CHARS) return null;
  try {
    const copy = JSON.parse(text) as Partial<PageCopy>;
    if (copy.v !== VERSION || copy.day !== day || copy.lang !== lang || !Array.isArray(copy.nodes)) return null;
    return copy.nodes.every((n) => isNode(n, 0)) ? (copy as PageCopy) : null;
  } catch {
    return null;
  }
}

const CONTROL_TAGS = new Set(['input', 'select', 'textarea', 'button']);

function build(doc: Document, node: CopyNode): Node | null {
  if (typeof node === 'string') return doc.createTextNode(node);
  const [tag, attrs, children] = node;
  if (SKIPPED_TAGS.has(tag)) return null;
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (allowedAttr(name)) el.setAttribute(name, value);
  // The copy is a picture of the page: its controls have no handlers, so anything typed or picked in them before
  // the page takes over would be lost. Disabled, they wait (and say so) until the live ones replace them.
  if (CONTROL_TAGS.has(tag)) el.setAttribute('disabled', '');
  for (const child of children) {
    const built = build(doc, child);
    if (built) el.append(built);
  }
  return el;
}

/** Fills `root` with the copy's elements and marks it as a copy. */
export function paintCopy(root: Element, copy: PageCopy): void {
  const doc = root.ownerDocument;
  const fragment = doc.createDocumentFragment();
  for (const node of copy.nodes) {
    const built = build(doc, node);
    if (built) fragment.append(built);
  }
  root.replaceChildren(fragment);
  root.setAttribute(COPY_ATTR, '');
  // Nothing in the copy can be ticked, typed into or focused: a click there would change nothing stored and be
  // gone when the live page takes its place. The live page's own #app never carries this.
  root.setAttribute('inert', '');
}

/**
 * Marks `root` in the task after the frame that first shows the copy (its animation callbacks run before that
 * frame's paint). The classic script asks for that frame before any module runs, so a module that starts later
 * learns at once that the copy is on screen, rather than waiting for the frame after.
 */
export function markWhenShown(root: Element): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      root.setAttribute(SHOWN_ATTR, '');
      dispatchEvent(new Event(SHOWN_EVENT));
    }, 0),
  );
}
