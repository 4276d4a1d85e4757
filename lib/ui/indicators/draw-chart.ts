import type { Chart } from 'chart.js';
import { CHART_COLOURS, type IndicatorChartData } from './chart-data';

/**
 * Draws an indicator's monthly series with its target line. chart.js is loaded here through import() only, so
 * it lands in its own chunk that only the options page fetches, and only when a chart is shown or exported.
 * `file`: a fixed-size drawing for a PNG (title with a subtitle, sharper pixels) instead of one that fits the page.
 */
export async function drawIndicatorChart(
  canvas: HTMLCanvasElement,
  data: IndicatorChartData,
  file?: { subtitle: string },
): Promise<Chart> {
  const { Chart } = await import('chart.js/auto');
  const colours = data.status.map((s) =>
    s === 'met' ? CHART_COLOURS.met : s === 'unmet' ? CHART_COLOURS.unmet : CHART_COLOURS.line,
  );
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: [
        {
          label: `${data.title}（${data.unit}）`,
          data: data.values,
          borderColor: CHART_COLOURS.line,
          pointBackgroundColor: colours,
          pointBorderColor: colours,
          pointRadius: 5,
          spanGaps: true,
        },
        ...data.targetLines.map((line) => ({
          label: line.label,
          data: line.values,
          borderColor: CHART_COLOURS.target,
          borderDash: [6, 4],
          pointRadius: 0,
          stepped: true as const,
        })),
      ],
    },
    options: {
      animation: false,
      ...(file
        ? { responsive: false, devicePixelRatio: 2, layout: { padding: 16 } }
        : { responsive: true, maintainAspectRatio: false }),
      plugins: {
        title: {
          display: true,
          text: file ? [data.title, file.subtitle] : data.title,
          font: file ? { size: 16 } : undefined,
        },
      },
    },
    // White behind the lines, so the PNG is readable when pasted into a Word or WPS document.
    plugins: [
      {
        id: 'white-background',
        beforeDraw: (chart) => {
          const { ctx } = chart;
          ctx.save();
          ctx.fillStyle = '#ffffff';
          ctx.fillRect(0, 0, chart.width, chart.height);
          ctx.restore();
        },
      },
    ],
  });
}

/** The chart as a PNG file, as the canvas shows it. */
export function canvasPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('图表无法导出为图片'))), 'image/png'),
  );
}
