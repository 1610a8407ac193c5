//! SVG charts of benchmark results, drawn with plotters' SVG backend.
//!
//! `ratio_chart` draws horizontal bars (one per program plus the geometric
//! mean) on a log scale with a reference line at 1.0. Further charts (for
//! example thread scaling: speed-up against thread count, one line per
//! program) belong beside it here, sharing `Style` and `svg_error`.

use std::error::Error;
use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// One bar: a label, its value (None when there is nothing to draw, with
/// `note` saying why) and whether it is a summary bar drawn in another color.
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    pub note: String,
    pub highlight: bool,
}

/// Colors and sizes shared by the charts.
struct Style;

impl Style {
    const WIDTH: u32 = 960;
    const ROW_HEIGHT: u32 = 26;
    const LABEL_WIDTH: u32 = 170;
    const FONT: &'static str = "sans-serif";
    const FASTER: RGBColor = RGBColor(46, 139, 87);
    const SLOWER: RGBColor = RGBColor(205, 92, 92);
    const SUMMARY: RGBColor = RGBColor(60, 70, 150);
    const NOTE: RGBColor = RGBColor(110, 110, 110);
}

/// plotters' errors borrow the backend's error type; turn them into owned ones.
fn svg_error<E: Error>(e: E) -> Box<dyn Error> {
    e.to_string().into()
}

/// Horizontal bars of python3/weft per program, log scale, line at 1.0.
pub fn ratio_chart(path: &Path, bars: &[Bar]) -> Result<(), Box<dyn Error>> {
    let rows = bars.len().max(1);
    let height = 110 + Style::ROW_HEIGHT * rows as u32;
    let root = SVGBackend::new(path, (Style::WIDTH, height)).into_drawing_area();
    root.fill(&WHITE).map_err(svg_error)?;
    draw_ratio_bars(&root, bars)?;
    root.present().map_err(svg_error)?;
    Ok(())
}

fn draw_ratio_bars(
    root: &DrawingArea<SVGBackend<'_>, Shift>,
    bars: &[Bar],
) -> Result<(), Box<dyn Error>> {
    let rows = bars.len().max(1) as f64;
    let (lo, hi) = log_bounds(bars.iter().filter_map(|b| b.value));
    let mut chart = ChartBuilder::on(root)
        .caption(
            "python3 time / weft time per program (above 1: weft is faster)",
            (Style::FONT, 18),
        )
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(Style::LABEL_WIDTH)
        .build_cartesian_2d((lo..hi).log_scale(), 0.0..rows)
        .map_err(svg_error)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(0)
        .y_labels(0)
        .x_desc("ratio (log scale)")
        .draw()
        .map_err(svg_error)?;

    // Ticks of our own choosing: plotters' log-scale ticks are too sparse
    // for the narrow ranges that ratios usually span.
    let grid = RGBColor(225, 225, 225);
    let tick_style = TextStyle::from((Style::FONT, 12)).pos(Pos::new(HPos::Center, VPos::Top));
    for tick in log_ticks(lo, hi) {
        chart
            .draw_series(std::iter::once(PathElement::new(
                vec![(tick, 0.0), (tick, rows)],
                grid,
            )))
            .map_err(svg_error)?;
        let (x, y) = chart.backend_coord(&(tick, 0.0));
        root.draw(&Text::new(tick_label(tick), (x, y + 6), tick_style.clone()))
            .map_err(svg_error)?;
    }

    let label_style = TextStyle::from((Style::FONT, 13)).pos(Pos::new(HPos::Right, VPos::Center));
    let value_style = TextStyle::from((Style::FONT, 12)).pos(Pos::new(HPos::Left, VPos::Center));
    let note_style = value_style.color(&Style::NOTE);
    for (k, bar) in bars.iter().enumerate() {
        // The first bar goes at the top.
        let bottom = rows - 1.0 - k as f64;
        let center = bottom + 0.5;
        let (x, y) = chart.backend_coord(&(lo, center));
        root.draw(&Text::new(
            bar.label.clone(),
            (x - 8, y),
            label_style.clone(),
        ))
        .map_err(svg_error)?;
        match bar.value {
            Some(v) => {
                let color = if bar.highlight {
                    Style::SUMMARY
                } else if v >= 1.0 {
                    Style::FASTER
                } else {
                    Style::SLOWER
                };
                chart
                    .draw_series(std::iter::once(Rectangle::new(
                        [(lo, bottom + 0.15), (v, bottom + 0.85)],
                        color.filled(),
                    )))
                    .map_err(svg_error)?;
                let (end, _) = chart.backend_coord(&(v, center));
                root.draw(&Text::new(
                    format!("{v:.2}"),
                    (end + 4, y),
                    value_style.clone(),
                ))
                .map_err(svg_error)?;
            }
            None => {
                root.draw(&Text::new(bar.note.clone(), (x + 6, y), note_style.clone()))
                    .map_err(svg_error)?;
            }
        }
    }
    chart
        .draw_series(std::iter::once(PathElement::new(
            vec![(1.0, 0.0), (1.0, rows)],
            BLACK.stroke_width(2),
        )))
        .map_err(svg_error)?;
    Ok(())
}

/// A log-scale x range that holds every value and 1.0 with some room.
fn log_bounds(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (mut lo, mut hi) = (1.0f64, 1.0f64);
    for v in values.filter(|v| v.is_finite() && *v > 0.0) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo.min(0.8) / 1.25, hi.max(1.25) * 1.25)
}

/// Round values between `lo` and `hi` to label a log axis with: the finest
/// of three series of steps per decade that gives at most 12 ticks.
fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let series: [&[f64]; 3] = [
        &[1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0],
        &[1.0, 1.5, 2.0, 3.0, 5.0, 7.0],
        &[1.0, 2.0, 5.0],
    ];
    let pick = |steps: &[f64]| -> Vec<f64> {
        (-3..=3)
            .flat_map(|exp| steps.iter().map(move |s| s * 10f64.powi(exp)))
            .filter(|v| (lo..=hi).contains(v))
            .collect()
    };
    series
        .iter()
        .map(|steps| pick(steps))
        .find(|ticks| ticks.len() <= 12)
        .unwrap_or_else(|| pick(&[1.0]))
}

/// A tick label: a few significant digits, no trailing zeros ("0.25", "1", "1.5").
fn tick_label(v: f64) -> String {
    let text = format!("{v:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}
