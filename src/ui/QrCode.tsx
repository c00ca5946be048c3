// A QR code drawn as SVG with Solid (one path, attributes only: no markup from text).
import type { JSX } from 'solid-js';
import { qrDrawing } from '../counsellor';

export function QrCode(props: { text: string; label: string; sizePx?: number }): JSX.Element {
  const drawing = () => qrDrawing(props.text);
  return (
    <svg
      class="qr"
      role="img"
      aria-label={props.label}
      width={props.sizePx ?? 240}
      height={props.sizePx ?? 240}
      viewBox={`0 0 ${drawing().size} ${drawing().size}`}
      shape-rendering="crispEdges"
      data-testid="qr"
    >
      <rect width={drawing().size} height={drawing().size} fill="#fff" />
      <path d={drawing().path} fill="#000" />
    </svg>
  );
}
