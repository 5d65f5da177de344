// A short two-tone chime made with the Web Audio API (no audio file). Browsers keep audio locked until the user
// interacts with the page, so the context is created on the first click or key press.
let ctx: AudioContext | null = null;

export function unlockAudioOnGesture(): () => void {
  const unlock = () => {
    ctx ??= new AudioContext();
    void ctx.resume();
  };
  window.addEventListener('pointerdown', unlock, { once: true });
  window.addEventListener('keydown', unlock, { once: true });
  return () => {
    window.removeEventListener('pointerdown', unlock);
    window.removeEventListener('keydown', unlock);
  };
}

export function chime(): void {
  if (!ctx || ctx.state !== 'running') return;
  const now = ctx.currentTime;
  [880, 660].forEach((freq, k) => {
    const osc = ctx!.createOscillator();
    const gain = ctx!.createGain();
    const start = now + k * 0.16;
    osc.type = 'sine';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.15);
    osc.connect(gain).connect(ctx!.destination);
    osc.start(start);
    osc.stop(start + 0.16);
  });
}
