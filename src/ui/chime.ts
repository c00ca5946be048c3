// A short two-note chime (WebAudio), so a counsellor across the room hears that help was asked.
// Quiet failure: a PC without sound still shows the badge.

export function playChime(): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.connect(audio.destination);
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.7);
    [660, 880].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + i * 0.25);
      tone.stop(audio.currentTime + 0.35 + i * 0.25);
    });
    // The context is released once the chime is over.
    setTimeout(() => void audio.close().catch(() => undefined), 1000);
  } catch {
    // No audio on this PC: the badge alone carries the signal.
  }
}
