/**
 * The listen button's player, loaded on the first press: reads the page's main text aloud with the
 * browser's speech synthesis, one sentence at a time, highlighting the sentence being read (the CSS
 * Custom Highlight API where the browser has it; the sentence's block always). Numbers and dates
 * are said in words by the same functions as the broadcasts (src/lib/text/numerals.ts). Labels
 * come from the page (data-labels); the state is on the box (data-listen-state) for styles and tests.
 */
import { numeralsToWords } from '../lib/text/numerals.ts';
import { sentenceSpans } from '../lib/listen/sentences.ts';
import { fillTemplate } from '../lib/text/template.ts';

export interface ListenLabels {
  listen: string;
  pause: string;
  resume: string;
  /** "Câu {n}/{total}". */
  progress: string;
}

interface Sentence {
  block: HTMLElement;
  range: Range;
  text: string;
}

/** Blocks of text; the innermost are read. */
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, th, td, .step__body';
/** Never read: drawings, hidden text, what the page marks (sources, dates of update). */
const SKIP = 'figure, svg, script, style, template, [hidden], [aria-hidden="true"], [data-listen-skip]';

/** Every sentence of the blocks under `root`, in reading order, each with its Range on the page. */
export function sentencesOf(root: HTMLElement): Sentence[] {
  const readable = (el: Element) => !el.closest(SKIP);
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (b) => readable(b) && ![...b.querySelectorAll(BLOCKS)].some(readable),
  );
  const out: Sentence[] = [];
  for (const block of blocks) {
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      if (n.parentElement && !readable(n.parentElement)) continue;
      nodes.push({ node: n, start: text.length });
      text += n.data;
    }
    const at = (offset: number, isEnd: boolean) => {
      // The text node holding the offset (at a node boundary, the end belongs to the earlier node).
      let i = nodes.length - 1;
      while (i > 0 && (isEnd ? nodes[i]!.start >= offset : nodes[i]!.start > offset)) i--;
      return { node: nodes[i]!.node, offset: offset - nodes[i]!.start };
    };
    // A line break in HTML is a space: only punctuation ends a sentence here (same length, same offsets).
    for (const span of sentenceSpans(text.replace(/\s/g, ' '))) {
      const range = document.createRange();
      const a = at(span.start, false);
      const b = at(span.end, true);
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
      out.push({ block, range, text: text.slice(span.start, span.end).replace(/\s+/g, ' ') });
    }
  }
  return out;
}

type State = 'idle' | 'playing' | 'paused';

export class Player {
  private i = 0;
  private state: State = 'idle';
  /** Each utterance's turn: an utterance that ends after a pause or stop must not start the next. */
  private turn = 0;
  private readonly sentences: Sentence[];
  private readonly play: HTMLButtonElement;
  private readonly stopButton: HTMLButtonElement;
  private readonly status: HTMLElement;

  constructor(
    private readonly box: HTMLElement,
    root: HTMLElement,
    private readonly voice: SpeechSynthesisVoice,
    private readonly labels: ListenLabels,
  ) {
    this.sentences = sentencesOf(root);
    this.play = box.querySelector<HTMLButtonElement>('[data-listen-play]')!;
    this.stopButton = box.querySelector<HTMLButtonElement>('[data-listen-stop]')!;
    this.status = box.querySelector<HTMLElement>('[data-listen-status]')!;
    this.stopButton.addEventListener('click', () => this.stop());
    // Leaving the page stops the voice.
    addEventListener('pagehide', () => this.stop());
  }

  /** The play button: start, pause, or go on from the sentence that was paused. */
  toggle(): void {
    if (this.state === 'playing') this.pause();
    else this.speak(this.state === 'paused' ? this.i : 0);
  }

  private speak(i: number): void {
    const turn = ++this.turn;
    speechSynthesis.cancel();
    const sentence = this.sentences[i];
    if (!sentence) return this.stop();
    this.i = i;
    this.set('playing');
    this.mark(sentence);
    this.status.textContent = fillTemplate(this.labels.progress, { n: i + 1, total: this.sentences.length });
    const u = new SpeechSynthesisUtterance(numeralsToWords(sentence.text));
    u.voice = this.voice;
    u.lang = this.voice.lang;
    u.rate = 0.9;
    const next = () => {
      if (turn === this.turn && this.state === 'playing') this.speak(i + 1);
    };
    u.onend = next;
    u.onerror = next;
    speechSynthesis.speak(u);
  }

  /** Pause: speech stops now, and "go on" starts again at the beginning of this sentence. */
  private pause(): void {
    this.turn++;
    speechSynthesis.cancel();
    this.set('paused');
  }

  stop(): void {
    this.turn++;
    speechSynthesis.cancel();
    this.i = 0;
    this.set('idle');
    this.mark(undefined);
    this.status.textContent = '';
  }

  private set(state: State): void {
    this.state = state;
    this.box.dataset.listenState = state;
    this.play.textContent = state === 'playing' ? this.labels.pause : state === 'paused' ? this.labels.resume : this.labels.listen;
    this.stopButton.hidden = state === 'idle';
  }

  private mark(sentence: Sentence | undefined): void {
    for (const el of document.querySelectorAll('.listen-current')) el.classList.remove('listen-current');
    const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
    const Highlight = (globalThis as { Highlight?: new (r: Range) => unknown }).Highlight;
    if (!sentence) {
      highlights?.delete('listen');
      delete this.box.dataset.listenSentence;
      return;
    }
    sentence.block.classList.add('listen-current');
    if (highlights && Highlight) highlights.set('listen', new Highlight(sentence.range));
    this.box.dataset.listenSentence = String(this.i);
    sentence.block.scrollIntoView({ block: 'nearest' });
  }
}
