import type { IndicatorChartData } from '../indicators/chart-data';
import { canvasPng, drawIndicatorChart } from '../indicators/draw-chart';

const WIDTH = 1000;
const HEIGHT = 520;

/** Draws one indicator's monthly chart on a canvas that is never shown and returns it as a PNG. */
export async function chartPng(data: IndicatorChartData, subtitle: string): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  // Off screen rather than detached: chart.js measures the canvas through the DOM.
  canvas.style.cssText = `position:fixed;left:-${WIDTH * 3}px;top:0;width:${WIDTH}px;height:${HEIGHT}px`;
  document.body.append(canvas);
  const chart = await drawIndicatorChart(canvas, data, { subtitle });
  try {
    return await canvasPng(canvas);
  } finally {
    chart.destroy();
    canvas.remove();
  }
}
