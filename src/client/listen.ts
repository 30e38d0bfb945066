/**
 * The listen button ("Nghe"): shown only where the browser has a Vietnamese voice on the device
 * (voices may arrive late: voiceschanged), so a reader never sees a button that cannot work. The
 * player (listen-player.ts, with the words for numbers) loads on the first press.
 */
import { pickVoice } from '../lib/listen/voice.ts';
import type { ListenLabels, Player } from './listen-player.ts';

const box = document.querySelector<HTMLElement>('[data-listen]');
const root = box?.dataset.listenFor ? document.getElementById(box.dataset.listenFor) : null;

if (box && root && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) {
  const labels = JSON.parse(box.dataset.labels ?? '{}') as ListenLabels;
  const play = box.querySelector<HTMLButtonElement>('[data-listen-play]')!;
  let player: Player | undefined;
  const found = () => {
    const voice = pickVoice(speechSynthesis.getVoices());
    box.dataset.listenVoice = voice ? voice.lang : 'none';
    if (!voice) return false;
    speechSynthesis.removeEventListener('voiceschanged', found);
    box.hidden = false;
    play.addEventListener('click', async () => {
      player ??= new (await import('./listen-player.ts')).Player(box, root, voice, labels);
      player.toggle();
    });
    return true;
  };
  if (!found()) speechSynthesis.addEventListener('voiceschanged', found);
}
