//! The Markdown report: the results table, the geometric mean, the startup
//! row, and the header naming the machine, date and commit.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use crate::chart::Bar;
use crate::{Cell, Interpreter, Row};

/// The table of program rows, the geometric-mean line and the startup table.
pub fn results_markdown(interpreters: &[Interpreter], rows: &[Row], startup: &Row) -> String {
    let mut out = table(interpreters, "program", rows);
    let ratios: Vec<f64> = rows.iter().filter_map(Row::ratio).collect();
    let _ = writeln!(out);
    match geomean(&ratios) {
        Some(g) => {
            let _ = writeln!(
                out,
                "Geometric mean of python3/weft over the {} of {} programs weft passed: **{g:.2}** \
                 (above 1 means weft is faster).",
                ratios.len(),
                rows.len()
            );
        }
        None => {
            let _ = writeln!(
                out,
                "Geometric mean of python3/weft: n/a (weft passed 0 of {} programs).",
                rows.len()
            );
        }
    }
    let _ = writeln!(out);
    out.push_str(&table(
        interpreters,
        "startup",
        std::slice::from_ref(startup),
    ));
    out
}

/// One Markdown table: name | time per interpreter | ratio | python3 and weft
/// peak RSS | status.
fn table(interpreters: &[Interpreter], first: &str, rows: &[Row]) -> String {
    let mut header = vec![first.to_string()];
    header.extend(interpreters.iter().map(|i| format!("{} s", i.name)));
    header.push("python3/weft".into());
    header.extend(
        interpreters
            .iter()
            .take(2)
            .map(|i| format!("{} MiB", i.name)),
    );
    header.push("status".into());

    let mut align = vec![":--"];
    align.extend(std::iter::repeat_n("--:", header.len() - 2));
    align.push(":--");

    let mut out = String::new();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}|", align.join("|"));
    for row in rows {
        let mut cells = vec![row.name.clone()];
        cells.extend(row.cells.iter().map(time_cell));
        cells.push(row.ratio().map_or("–".into(), |r| format!("{r:.2}")));
        cells.extend(row.cells.iter().take(2).map(rss_cell));
        cells.push(row.status(interpreters));
        let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out
}

fn time_cell(cell: &Cell) -> String {
    match cell {
        Cell::Ok { median, .. } => format!("{:.3}", median.as_secs_f64()),
        Cell::Failed(why) => shorten(why, 48),
        Cell::Skipped => "–".into(),
    }
}

fn rss_cell(cell: &Cell) -> String {
    match cell {
        Cell::Ok { maxrss_kib, .. } => format!("{:.1}", *maxrss_kib as f64 / 1024.0),
        _ => "–".into(),
    }
}

/// Keeps a table cell on one line and short, and keeps `|` from ending it.
fn escape(text: &str) -> String {
    text.replace(['\n', '\r'], " ").replace('|', "\\|")
}

fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        let kept: String = text.chars().take(max_chars - 1).collect();
        format!("{kept}…")
    }
}

pub fn geomean(values: &[f64]) -> Option<f64> {
    let positive: Vec<f64> = values.iter().copied().filter(|v| *v > 0.0).collect();
    if positive.is_empty() {
        return None;
    }
    Some((positive.iter().map(|v| v.ln()).sum::<f64>() / positive.len() as f64).exp())
}

/// One line per program for the progress log on stderr.
pub fn progress_line(row: &Row, interpreters: &[Interpreter]) -> String {
    let cells: Vec<String> = interpreters
        .iter()
        .zip(&row.cells)
        .map(|(interp, cell)| format!("{} {}", interp.name, time_cell(cell)))
        .collect();
    let ratio = row
        .ratio()
        .map_or(String::new(), |r| format!("  python3/weft {r:.2}"));
    format!("{:<16} {}{ratio}", row.name, cells.join("  "))
}

/// The bars of the ratio chart: one per program (no value where weft failed,
/// with the reason as its note) and the geometric mean.
pub fn ratio_bars(rows: &[Row]) -> Vec<Bar> {
    let mut bars: Vec<Bar> = rows
        .iter()
        .map(|row| Bar {
            label: row.name.clone(),
            value: row.ratio(),
            note: match row.cells.get(1) {
                Some(Cell::Failed(why)) => shorten(why, 40),
                Some(Cell::Skipped) => match row.cells.first() {
                    Some(Cell::Failed(why)) => format!("python3 {}", shorten(why, 32)),
                    _ => "not run".into(),
                },
                _ => String::new(),
            },
            highlight: false,
        })
        .collect();
    let ratios: Vec<f64> = rows.iter().filter_map(Row::ratio).collect();
    bars.push(Bar {
        label: format!("geomean ({}/{})", ratios.len(), rows.len()),
        value: geomean(&ratios),
        note: "no program passed".into(),
        highlight: true,
    });
    bars
}

/// The header of bench-results/programs.md: machine, date, commit, settings.
pub fn header_markdown(
    root: &Path,
    interpreters: &[Interpreter],
    rounds: usize,
    timeout: Duration,
    weft_overridden: bool,
) -> String {
    let mut out = String::from("# weft benchmark programs: python3 vs weft\n\n");
    let uname = command_line("uname", &["-srm"], root).unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let _ = writeln!(
        out,
        "- machine: {uname}; CPU: {}; {cores} cores",
        cpu_model()
    );
    let date = command_line("date", &["-u", "+%Y-%m-%d %H:%M:%S UTC"], root)
        .unwrap_or_else(|| "unknown".into());
    let _ = writeln!(out, "- date: {date}");
    let commit = command_line("git", &["rev-parse", "--short", "HEAD"], root)
        .unwrap_or_else(|| "unknown".into());
    let _ = writeln!(out, "- commit: {commit}");
    for (k, interp) in interpreters.iter().enumerate() {
        let note = if k == 1 && weft_overridden {
            " (overridden by WEFT_BENCH_WEFT)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "- {}: `{}` ({}){note}",
            interp.name,
            interp.exe.display(),
            interp.version
        );
    }
    let _ = writeln!(
        out,
        "- times: median wall time (rounds: {rounds}; runs alternate between interpreters); \
         MiB: peak RSS of the child (wait4 ru_maxrss), the largest over the rounds; timeout {:.0} s",
        timeout.as_secs_f64()
    );
    out
}

/// The first line of a command's stdout, when it succeeds.
fn command_line(program: &str, args: &[&str], dir: &Path) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .next()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
}

/// The CPU model name from /proc/cpuinfo, or "unknown".
fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into())
}
