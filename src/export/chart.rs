//! A chart of a document — lines of money over a row of periods (cumulative spending against the
//! pro-rata budget line) above stacked bars of counts (events per month) — and its geometry.
//!
//! The [`Chart`] holds values and already formatted labels; [`shapes`] lays it out in a box as
//! simple shapes (polylines, rectangles, text) that the PDF writer draws with krilla's path API
//! and the HTML writer writes as inline SVG: one geometry, two writers. Meaning never rests on
//! colour: the lines differ by dash, the bars by shade, and a legend names each. Scales start at
//! zero and end at the caller's last tick.

/// A line of money values, one per period (`None`: not yet known, the line stops).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Line {
    /// The legend text.
    pub label: String,
    /// One value per period.
    pub values: Vec<Option<i64>>,
    /// Drawn dashed (the reference line).
    pub dashed: bool,
}

/// One layer of stacked bars, one count per period.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bars {
    /// The legend text.
    pub label: String,
    /// One count per period.
    pub values: Vec<i64>,
    /// The shade, 0 black … 255 white.
    pub grey: u8,
}

/// A chart: lines above, stacked bars below, sharing the periods along the bottom.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Chart {
    /// A sentence saying what the chart shows (also the text alternative in HTML).
    pub caption: String,
    /// One label per period (`jan`, `feb` …); with more than 12 periods every few are shown.
    pub periods: Vec<String>,
    /// The lines of the upper panel.
    pub lines: Vec<Line>,
    /// The upper panel's ticks: value and label; the last is the top of the scale.
    pub line_ticks: Vec<(i64, String)>,
    /// The title of the upper panel's scale (`kr.`).
    pub line_unit: String,
    /// The stacked bars of the lower panel, bottom layer first.
    pub bars: Vec<Bars>,
    /// The lower panel's ticks.
    pub bar_ticks: Vec<(i64, String)>,
}

/// Where a text sits against its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// One thing to draw, in points from the top-left corner of the chart's box.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// A polyline.
    Path {
        points: Vec<(f32, f32)>,
        width: f32,
        grey: u8,
        dashed: bool,
    },
    /// A filled rectangle.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        grey: u8,
    },
    /// Text with its baseline at `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        anchor: Anchor,
        text: String,
    },
}

/// The size of the chart's labels.
pub const LABEL_SIZE: f32 = 7.0;
const LEGEND_H: f32 = 16.0;
const AXIS_LABELS_H: f32 = 12.0;
const GAP: f32 = 12.0;

/// Tick values from 0 to at least `max` with a round step (1, 2 or 5 × 10ⁿ), about `count`
/// of them.
pub fn nice_ticks(max: i64, count: i64) -> Vec<i64> {
    let max = max.max(1);
    let raw = (max / count.max(1)).max(1);
    let mut magnitude = 1i64;
    while magnitude.saturating_mul(10) <= raw {
        magnitude = magnitude.saturating_mul(10);
    }
    let step = [1, 2, 5, 10]
        .into_iter()
        .map(|m| magnitude.saturating_mul(m))
        .find(|s| *s >= raw)
        .unwrap_or(raw);
    let mut ticks = vec![0];
    let mut v = 0i64;
    while v < max {
        v = v.saturating_add(step);
        ticks.push(v);
    }
    ticks
}

/// A value as a share of a scale's top, for placing it.
fn share(value: i64, top: i64) -> f32 {
    if top <= 0 {
        return 0.0;
    }
    #[allow(clippy::cast_precision_loss)] // a position on paper; a point's fraction is plenty
    let s = (value as f64 / top as f64) as f32;
    s.clamp(0.0, 1.0)
}

fn count(n: usize) -> f32 {
    f32::from(u16::try_from(n).unwrap_or(u16::MAX))
}

/// The chart laid out in a box `width` × `height`; `measure(text, size)` gives a text's width.
pub fn shapes(
    chart: &Chart,
    width: f32,
    height: f32,
    measure: &dyn Fn(&str, f32) -> f32,
) -> Vec<Shape> {
    let mut out = Vec::new();
    let n = chart.periods.len().max(1);
    let size = LABEL_SIZE;
    let axis_w = chart
        .line_ticks
        .iter()
        .chain(&chart.bar_ticks)
        .map(|(_, label)| measure(label, size))
        .fold(measure(&chart.line_unit, size), f32::max)
        + 6.0;
    let left = axis_w;
    let plot_w = (width - left - 4.0).max(10.0);
    let band = plot_w / count(n);
    let x_of = |i: usize| left + band * (count(i) + 0.5);

    legend(chart, &mut out, left, width, measure);

    let panels = (height - LEGEND_H - AXIS_LABELS_H - GAP).max(20.0);
    let (line_top, line_h) = (LEGEND_H + 4.0, panels * 0.66 - 4.0);
    let bar_top = LEGEND_H + panels * 0.66 + GAP;
    let bar_h = panels * 0.34;

    // Upper panel: grid, ticks, lines.
    let line_max = chart.line_ticks.last().map_or(1, |t| t.0);
    for (value, label) in &chart.line_ticks {
        let y = line_top + line_h * (1.0 - share(*value, line_max));
        grid(&mut out, left, plot_w, y, label, *value == 0);
    }
    out.push(Shape::Text {
        x: left - 4.0,
        y: line_top - 5.0,
        size,
        anchor: Anchor::End,
        text: chart.line_unit.clone(),
    });
    for line in &chart.lines {
        let mut run: Vec<(f32, f32)> = Vec::new();
        let mut flush = |run: &mut Vec<(f32, f32)>| {
            if run.len() > 1 || (run.len() == 1 && n == 1) {
                out.push(Shape::Path {
                    points: std::mem::take(run),
                    width: if line.dashed { 1.0 } else { 1.8 },
                    grey: if line.dashed { 110 } else { 0 },
                    dashed: line.dashed,
                });
            }
            run.clear();
        };
        for (i, value) in line.values.iter().enumerate().take(n) {
            match value {
                Some(v) => run.push((x_of(i), line_top + line_h * (1.0 - share(*v, line_max)))),
                None => flush(&mut run),
            }
        }
        flush(&mut run);
    }

    // Lower panel: grid, ticks, stacked bars.
    let bar_max = chart.bar_ticks.last().map_or(1, |t| t.0);
    for (value, label) in &chart.bar_ticks {
        let y = bar_top + bar_h * (1.0 - share(*value, bar_max));
        grid(&mut out, left, plot_w, y, label, *value == 0);
    }
    for i in 0..n {
        let mut base = 0i64;
        for layer in &chart.bars {
            let v = layer.values.get(i).copied().unwrap_or(0).max(0);
            if v == 0 {
                continue;
            }
            let y0 = bar_top + bar_h * (1.0 - share(base, bar_max));
            base = base.saturating_add(v);
            let y1 = bar_top + bar_h * (1.0 - share(base, bar_max));
            out.push(Shape::Rect {
                x: x_of(i) - band * 0.3,
                y: y1,
                w: band * 0.6,
                h: (y0 - y1).max(0.3),
                grey: layer.grey,
            });
        }
    }

    // Period labels under the bars; every k-th when there are many.
    let every = n.div_ceil(12).max(1);
    for (i, label) in chart.periods.iter().enumerate() {
        if i % every == 0 {
            out.push(Shape::Text {
                x: x_of(i),
                y: bar_top + bar_h + AXIS_LABELS_H - 2.0,
                size,
                anchor: Anchor::Middle,
                text: label.clone(),
            });
        }
    }
    out
}

/// A horizontal grid line at `y` with its tick label on the left.
fn grid(out: &mut Vec<Shape>, left: f32, plot_w: f32, y: f32, label: &str, base: bool) {
    out.push(Shape::Path {
        points: vec![(left, y), (left + plot_w, y)],
        width: if base { 0.8 } else { 0.3 },
        grey: if base { 60 } else { 200 },
        dashed: false,
    });
    out.push(Shape::Text {
        x: left - 4.0,
        y: y + LABEL_SIZE * 0.35,
        size: LABEL_SIZE,
        anchor: Anchor::End,
        text: label.to_string(),
    });
}

/// The legend along the top: a sample of each line and each bar layer, then its label.
fn legend(
    chart: &Chart,
    out: &mut Vec<Shape>,
    left: f32,
    width: f32,
    measure: &dyn Fn(&str, f32) -> f32,
) {
    let size = LABEL_SIZE + 0.5;
    let y = LEGEND_H - 6.0;
    let mut x = left;
    for line in &chart.lines {
        out.push(Shape::Path {
            points: vec![(x, y - 2.5), (x + 18.0, y - 2.5)],
            width: if line.dashed { 1.0 } else { 1.8 },
            grey: if line.dashed { 110 } else { 0 },
            dashed: line.dashed,
        });
        x = legend_label(out, x + 22.0, y, size, &line.label, measure);
    }
    for bars in &chart.bars {
        out.push(Shape::Rect {
            x,
            y: y - 7.0,
            w: 9.0,
            h: 9.0,
            grey: bars.grey,
        });
        x = legend_label(out, x + 12.0, y, size, &bars.label, measure);
    }
    let _ = width;
}

fn legend_label(
    out: &mut Vec<Shape>,
    x: f32,
    y: f32,
    size: f32,
    text: &str,
    measure: &dyn Fn(&str, f32) -> f32,
) -> f32 {
    out.push(Shape::Text {
        x,
        y,
        size,
        anchor: Anchor::Start,
        text: text.to_string(),
    });
    x + measure(text, size) + 14.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_ticks_cover_the_maximum_with_round_steps() {
        assert_eq!(
            nice_ticks(50_000, 5),
            vec![0, 10_000, 20_000, 30_000, 40_000, 50_000]
        );
        assert_eq!(nice_ticks(23, 4), vec![0, 5, 10, 15, 20, 25]);
        assert_eq!(nice_ticks(0, 4), vec![0, 1]);
        let big = nice_ticks(18_736_600, 5);
        assert!(big.last().copied().unwrap_or(0) >= 18_736_600 && big.len() <= 7);
    }

    #[test]
    fn lines_stop_where_values_end_and_bars_stack() {
        let chart = Chart {
            periods: (1..=12).map(|m| m.to_string()).collect(),
            lines: vec![Line {
                label: "spent".into(),
                values: (0..12).map(|m| (m < 6).then_some(m * 10)).collect(),
                dashed: false,
            }],
            line_ticks: vec![(0, "0".into()), (100, "100".into())],
            bars: vec![
                Bars {
                    label: "held".into(),
                    values: vec![2; 12],
                    grey: 80,
                },
                Bars {
                    label: "coming".into(),
                    values: vec![1; 12],
                    grey: 190,
                },
            ],
            bar_ticks: vec![(0, "0".into()), (4, "4".into())],
            ..Chart::default()
        };
        let shapes = shapes(&chart, 500.0, 200.0, &|t, s| count(t.len()) * s * 0.6);
        let solid: Vec<_> = shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Path { points, width, .. } if *width > 1.5 && points.len() > 2 => {
                    Some(points.len())
                }
                _ => None,
            })
            .collect();
        assert_eq!(solid, vec![6], "the line stops after six months");
        let bars = shapes
            .iter()
            .filter(|s| matches!(s, Shape::Rect { w, .. } if *w > 10.0))
            .count();
        assert_eq!(bars, 24, "two layers in twelve months");
        assert!(shapes.iter().all(|s| {
            match s {
                Shape::Text { x, y, .. } | Shape::Rect { x, y, .. } => {
                    (0.0..=500.0).contains(x) && (0.0..=200.0).contains(y)
                }
                Shape::Path { points, .. } => points
                    .iter()
                    .all(|(x, y)| (0.0..=500.0).contains(x) && (0.0..=200.0).contains(y)),
            }
        }));
    }
}
