export interface LinearTrend {
  slope: number;
  intercept: number;
}

/** Ordinary least-squares line through (x, y); null with fewer than two distinct x. */
export function leastSquares(points: ReadonlyArray<{ x: number; y: number }>): LinearTrend | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.y, 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.x - meanX) * (p.y - meanY);
    sxx += (p.x - meanX) ** 2;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}
