// Reading a step aloud with the browser's own speech synthesis (Web Speech API): a voice of the
// text's language, a voice on this computer first (its text then never leaves the PC). Returns
// false when there is none, so the overlay says so plainly.

let last = '';

export function speak(text: string, lang: string, once?: boolean): boolean {
  const synth = globalThis.speechSynthesis;
  const voices = synth?.getVoices().filter((voice) => voice.lang.toLowerCase().startsWith(lang)) ?? [];
  const voice = voices.find((v) => v.localService) ?? voices[0];
  if (!voice) return false;
  // Automatic reading says each text once, not again when the card is drawn anew.
  if (once && text === last) return true;
  last = text;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9;
  synth.speak(utterance);
  return true;
}

/** Stops any reading (the coach closes, the learner quits). */
export function hush(): void {
  globalThis.speechSynthesis?.cancel();
}
