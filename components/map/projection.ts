// The map's projection as plain numbers, so the browser can place markers without shipping d3-geo: d3's Mercator
// (no rotation, centre [0, 0]) after fitExtent is x = tx + k·λ, y = ty − k·ln(tan(π/4 + φ/2)), λ and φ in radians.
export interface MapFrame {
  width: number;
  height: number;
  scale: number;
  translate: [number, number];
}

export interface Department {
  code: string; // ISO 3166-2
  name: string;
  d: string; // SVG path data in the frame
}

export function project(frame: MapFrame, lon: number, lat: number): [number, number] {
  const lambda = (lon * Math.PI) / 180;
  const phi = (lat * Math.PI) / 180;
  return [
    frame.translate[0] + frame.scale * lambda,
    frame.translate[1] - frame.scale * Math.log(Math.tan(Math.PI / 4 + phi / 2)),
  ];
}
