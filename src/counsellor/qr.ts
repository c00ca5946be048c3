// The QR code of a session link as one SVG path (a square per dark module), built from uqr's
// module matrix: the page draws it with DOM attributes, never with markup text.
import { encode } from 'uqr';

export interface QrDrawing {
  /** Width and height in modules, border included. */
  size: number;
  /** The `d` of a path drawing every dark module. */
  path: string;
}

export function qrDrawing(text: string): QrDrawing {
  // Medium error correction: a printed sheet may be creased or smudged.
  const qr = encode(text, { ecc: 'M', border: 2 });
  const parts: string[] = [];
  qr.data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { size: qr.size, path: parts.join('') };
}
