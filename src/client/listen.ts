/**
 * The listen button ("Nghe"): put on the page (from its <template>) only where the browser has a
 * Vietnamese voice on the device
 * (voices may arrive late: voiceschanged), so a reader never sees a button that cannot work. The
 * player (listen-player.ts, with the words for numbers) loads on the first press.
 */
import { pickVoice } from '../lib/listen/voice.ts';
import type { ListenLabels, Player } from './listen-player.ts';

const template = document.querySelector<HTMLTemplateElement>('template[data-listen-template]');
const root = template?.dataset.listenFor ? document.getElementById(template.dataset.listenFor) : null;

if (template && root && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) {
  const labels = JSON.parse(template.dataset.labels ?? '{}') as ListenLabels;
  let player: Player | undefined;
  const found = () => {
    const voice = pickVoice(speechSynthesis.getVoices());
    // Where the search ended, for styles and tests: the voice's language, or "none".
    template.dataset.listenVoice = voice ? voice.lang : 'none';
    if (!voice) return false;
    speechSynthesis.removeEventListener('voiceschanged', found);
    const box = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    template.after(box);
    const play = box.querySelector<HTMLButtonElement>('[data-listen-play]')!;
    play.addEventListener('click', async () => {
      player ??= new (await import('./listen-player.ts')).Player(box, root, voice, labels);
      player.toggle();
    });
    return true;
  };
  if (!found()) speechSynthesis.addEventListener('voiceschanged', found);
}
