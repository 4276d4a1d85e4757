import type { IndicatorChartData } from '../indicators/chart-data';
import { CHART_COLOURS } from '../indicators/chart-data';

const WIDTH = 1000;
const HEIGHT = 520;

/**
 * Draws one indicator's monthly chart on a canvas that is never shown and returns it as a PNG. chart.js is
 * loaded only now, so the options page does not carry it until someone exports a chart.
 */
export async function chartPng(data: IndicatorChartData, subtitle: string): Promise<Blob> {
  const { Chart, registerables } = await import('chart.js');
  Chart.register(...registerables);
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  // Off screen rather than detached: chart.js measures the canvas through the DOM.
  canvas.style.cssText = `position:fixed;left:-${WIDTH * 3}px;top:0;width:${WIDTH}px;height:${HEIGHT}px`;
  document.body.append(canvas);
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: [
        {
          label: `${data.title}（${data.unit}）`,
          data: data.values,
          borderColor: CHART_COLOURS.line,
          backgroundColor: CHART_COLOURS.line,
          pointBackgroundColor: data.status.map((s) => (s === 'unmet' ? CHART_COLOURS.unmet : CHART_COLOURS.met)),
          pointRadius: 5,
          borderWidth: 3,
          spanGaps: false,
        },
        ...data.targetLines.map((line) => ({
          label: line.label,
          data: line.values,
          borderColor: CHART_COLOURS.target,
          borderDash: [6, 4],
          pointRadius: 0,
        })),
      ],
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 2,
      layout: { padding: 16 },
      plugins: { title: { display: true, text: [data.title, subtitle], font: { size: 16 } } },
    },
    plugins: [
      {
        // A PNG is transparent by default; Word and WPS then show it on whatever the page colour is.
        id: 'white-background',
        beforeDraw: (c) => {
          const ctx = c.ctx;
          ctx.save();
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, c.width, c.height);
          ctx.restore();
        },
      },
    ],
  });
  try {
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('图表无法保存为图片'))), 'image/png'),
    );
  } finally {
    chart.destroy();
    canvas.remove();
  }
}
