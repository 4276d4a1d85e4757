import { bulletinChartText, type BulletinData } from '../../report/bulletin';
import { canvasPng } from '../indicators/draw-chart';

const WIDTH = 1200;

/** The bulletin's per-department chart as a PNG, drawn off screen, titled with what, unit and period. */
export async function deptChartPng(d: BulletinData): Promise<{ blob: Blob; fileName: string }> {
  const text = bulletinChartText(d);
  const height = Math.max(480, Math.min(900, 200 + d.departments.length * 16));
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = height;
  // Off screen rather than detached: chart.js measures the canvas through the DOM.
  canvas.style.cssText = `position:fixed;left:-${WIDTH * 3}px;top:0;width:${WIDTH}px;height:${height}px`;
  document.body.append(canvas);
  const { Chart } = await import('chart.js/auto');
  const series = (key: 'done' | 'onTime' | 'overdue', color: string) => ({
    label: text.series[key],
    data: d.departments.map((x) => x[key]),
    backgroundColor: color,
  });
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: d.departments.map((x) => x.department),
      datasets: [series('done', '#2e7d32'), series('onTime', '#1565c0'), series('overdue', '#c62828')],
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      plugins: {
        title: { display: true, text: text.title, font: { size: 18 } },
        subtitle: { display: true, text: text.subtitle },
      },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: text.axis } } },
    },
    plugins: [
      {
        id: 'white-background',
        beforeDraw: (c) => {
          c.ctx.save();
          c.ctx.fillStyle = '#ffffff';
          c.ctx.fillRect(0, 0, c.width, c.height);
          c.ctx.restore();
        },
      },
    ],
  });
  try {
    return { blob: await canvasPng(canvas), fileName: text.fileName };
  } finally {
    chart.destroy();
    canvas.remove();
  }
}
