import { describe, expect, it } from 'vitest';
import { pickVoice } from './voice.ts';

const v = (name: string, lang: string, localService = true, isDefault = false) => ({ name, lang, localService, default: isDefault });

describe('pickVoice: a Vietnamese voice on the device, or none', () => {
  it.each([
    ['none at all', [], undefined],
    ['English only', [v('en', 'en-US')], undefined],
    ['Vietnamese, but an online voice (would send the text away)', [v('online', 'vi-VN', false)], undefined],
    ['vi-VN on the device', [v('en', 'en-US'), v('An', 'vi-VN')], 'An'],
    ['vi_VN (Android writes it so)', [v('android', 'vi_VN')], 'android'],
    ['plain vi', [v('vi', 'vi')], 'vi'],
    ['vi-VN before another vi', [v('vi', 'vi'), v('VN', 'vi-VN')], 'VN'],
    ['the default among vi-VN voices', [v('a', 'vi-VN'), v('b', 'vi-VN', true, true)], 'b'],
    ['local before online', [v('online', 'vi-VN', false), v('local', 'vi')], 'local'],
    ['not a language that starts with vi', [v('x', 'vix')], undefined],
  ])('%s', (_name, voices, picked) => expect(pickVoice(voices)?.name).toBe(picked));
});
