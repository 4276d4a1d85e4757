import { useEffect, useRef } from 'preact/hooks';
import type { BulletinData } from '../../report/bulletin';
import { t } from '../../i18n/t';
import { periodText } from './period-text';

/** Each department's done / on time / overdue for the bulletin period (chart.js loaded on demand). */
export function DeptChart({ d }: { d: BulletinData }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    void import('chart.js/auto').then(({ Chart }) => {
      if (cancelled || !canvas.current) return;
      const series = (key: 'done' | 'onTime' | 'overdue', label: string, color: string) => ({
        label,
        data: d.departments.map((x) => x[key]),
        backgroundColor: color,
      });
      chart = new Chart(canvas.current, {
        type: 'bar',
        data: {
          labels: d.departments.map((x) => x.department),
          datasets: [
            series('done', t('rpColDone'), '#2e7d32'),
            series('onTime', t('rpColOnTime'), '#1565c0'),
            series('overdue', t('rpColOverdue'), '#c62828'),
          ],
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: { title: { display: true, text: t('rpChartTitle', [d.ledgerTitle, periodText(d.period)]) } },
          scales: {
            y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: t('rpChartUnit') } },
          },
        },
      });
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [d]);
  return (
    <div class="rp-chart" style={{ height: `${Math.max(240, Math.min(480, 120 + d.departments.length * 12))}px` }}>
      <canvas ref={canvas} role="img" aria-label={t('rpChartTitle', [d.ledgerTitle, periodText(d.period)])} />
    </div>
  );
}
