import { LitElement, css, html } from 'lit';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only what bar and line charts need, so the bundle carries no other chart types, scales or plugins.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

/**
 * `<milk-chart>`: amounts and litres as bars and lines, drawn by Chart.js from one `config` property set by
 * MilkChart.java. The server owns the data; this element only turns it into a Chart.js configuration.
 */
class MilkChart extends LitElement {
  static properties = {
    config: { type: Object },
  };

  static styles = css`
    :host {
      display: block;
      position: relative;
      height: 18rem;
      /* lets a flex parent shrink the chart; the canvas would otherwise hold it at its last width */
      min-width: 0;
      --milk-chart-money-color: var(--lumo-primary-color, hsl(214, 100%, 48%));
      --milk-chart-litres-color: hsl(28, 90%, 46%);
      --milk-chart-grid-color: var(--lumo-contrast-10pct, rgba(0, 0, 0, 0.1));
      --milk-chart-text-color: var(--lumo-secondary-text-color, rgba(0, 0, 0, 0.7));
    }

    :host([hidden]) {
      display: none;
    }

    .frame {
      position: relative;
      width: 100%;
      height: 100%;
    }

    .probe {
      display: none;
    }
  `;

  #chart;

  render() {
    return html`<div class="frame"><canvas role="img"></canvas></div><span class="probe"></span>`;
  }

  updated(changed) {
    if (changed.has('config')) {
      this.#draw();
    }
  }

  connectedCallback() {
    super.connectedCallback();
    // Lit does not update on re-attach, but the chart was destroyed when the element left the page.
    if (this.hasUpdated && !this.#chart) {
      this.#draw();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#destroy();
  }

  #destroy() {
    this.#chart?.destroy();
    this.#chart = undefined;
    this.removeAttribute('data-rendered');
  }

  #draw() {
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas || !this.isConnected) {
      return;
    }
    if (!this.config) {
      this.#destroy();
      return;
    }
    canvas.setAttribute('aria-label', this.config.ariaLabel ?? '');
    this.removeAttribute('data-rendered');
    const { data, options } = this.#chartConfig(this.config);
    if (this.#chart) {
      // Chart.js animates from the old bars to the new ones, and swaps controllers when a series changes kind.
      this.#chart.data = data;
      this.#chart.options = options;
      this.#chart.update();
    } else {
      this.#chart = new Chart(canvas, {
        type: 'bar',
        data,
        options,
        // afterRender comes once a render has finished, animation included: whoever waits sees the final chart.
        plugins: [{ id: 'milkChartRendered', afterRender: () => this.setAttribute('data-rendered', 'true') }],
      });
    }
  }

  #chartConfig(config) {
    const colors = this.#colors();
    const formats = formatters(config.locale, config.currency);
    const series = config.series ?? [];
    const usesMoney = series.some((s) => s.axis === 'money');
    const usesLitres = series.some((s) => s.axis === 'litres');

    const datasets = series.map((s) => {
      const color = s.axis === 'money' ? colors.money : colors.litres;
      const common = {
        label: s.label,
        data: s.values,
        yAxisID: s.axis,
        borderColor: color,
        backgroundColor: color,
      };
      return s.kind === 'line'
        ? {
            ...common,
            type: 'line',
            borderWidth: 2,
            // monotone: the curve never swings above or below the months it joins
            cubicInterpolationMode: 'monotone',
            pointRadius: 3,
            pointHoverRadius: 5,
            order: 0,
          }
        : { ...common, type: 'bar', borderRadius: 4, maxBarThickness: 48, order: 1 };
    });

    const axis = (kind, position, drawGrid) => ({
      type: 'linear',
      display: true,
      position,
      beginAtZero: true,
      grace: '5%',
      border: { display: false },
      grid: { color: colors.grid, drawOnChartArea: drawGrid, drawTicks: false },
      ticks: { color: colors.text, font: colors.font, padding: 8, callback: (value) => formats[kind].tick(value) },
    });

    const scales = {
      x: {
        grid: { display: false },
        border: { color: colors.grid },
        ticks: { color: colors.text, font: colors.font },
      },
    };
    if (usesMoney) {
      scales.money = axis('money', 'left', true);
    }
    if (usesLitres) {
      // With money on the left, litres take the right side and leave the grid lines to the money axis.
      scales.litres = axis('litres', usesMoney ? 'right' : 'left', !usesMoney);
    }

    const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

    return {
      data: { labels: config.labels ?? [], datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale: config.locale,
        animation: reducedMotion ? false : { duration: 400 },
        // A tap or hover anywhere in a column shows every series of that month, not only the bar under the finger.
        interaction: { mode: 'index', intersect: false },
        scales,
        plugins: {
          legend: {
            display: datasets.length > 1,
            position: 'bottom',
            labels: {
              color: colors.text,
              font: colors.font,
              boxWidth: 12,
              boxHeight: 12,
              // Lines are drawn above bars by their order; legend and tooltip list series as the server sent them.
              sort: (a, b) => a.datasetIndex - b.datasetIndex,
            },
          },
          tooltip: {
            itemSort: (a, b) => a.datasetIndex - b.datasetIndex,
            titleFont: { ...colors.font, weight: '600' },
            bodyFont: colors.font,
            callbacks: {
              label: (context) => {
                const format = formats[context.dataset.yAxisID] ?? formats.litres;
                return `${context.dataset.label}: ${format.value(context.parsed.y)}`;
              },
            },
          },
        },
      },
    };
  }

  // Canvas cannot read CSS custom properties, and Lumo's colours are light-dark() and var() chains: let the
  // browser resolve each one to plain rgb() through a hidden element's computed colour.
  #colors() {
    const probe = this.renderRoot.querySelector('.probe');
    const resolve = (property) => {
      probe.style.color = `var(${property})`;
      return getComputedStyle(probe).color;
    };
    const host = getComputedStyle(this);
    return {
      money: resolve('--milk-chart-money-color'),
      litres: resolve('--milk-chart-litres-color'),
      grid: resolve('--milk-chart-grid-color'),
      text: resolve('--milk-chart-text-color'),
      font: { family: host.fontFamily, size: 12 },
    };
  }
}

function formatters(locale, currency) {
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  // Axis steps are round numbers: "₹1,500" reads better than "₹1,500.00" down the side of a chart.
  const moneyTick = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0 });
  const litres = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return {
    money: { value: (v) => money.format(v), tick: (v) => moneyTick.format(v) },
    litres: { value: (v) => `${litres.format(v)} L`, tick: (v) => `${litres.format(v)} L` },
  };
}

// Dev-mode reloads can evaluate the module twice; a second define would throw.
if (!customElements.get('milk-chart')) {
  customElements.define('milk-chart', MilkChart);
}
