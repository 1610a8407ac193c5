//! The benchmark program suite: runs every `benches/programs/*.py` under
//! python3, weft and (when on PATH) pypy3 and rustpython, checks each run's
//! output against python3's, and reports wall time, peak RSS and the
//! python3/weft ratio as a Markdown table (stdout and
//! `bench-results/programs.md`) and an SVG bar chart
//! (`bench-results/programs.svg`).
//!
//! Run with `cargo bench --bench programs`; see `benches/README.md` for the
//! environment variables.

#[path = "runner/chart.rs"]
mod chart;
#[path = "runner/measure.rs"]
mod measure;
#[path = "runner/report.rs"]
mod report;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use measure::{find_on_path, median, run_once};

/// How many `-c pass` runs the startup time is the median of.
const STARTUP_RUNS: usize = 10;
/// The optional extra interpreters, shown as extra columns when on PATH.
const OPTIONAL_INTERPRETERS: [&str; 2] = ["pypy3", "rustpython"];

/// One interpreter column. The first is always python3 (the reference), the
/// second always weft.
pub struct Interpreter {
    pub name: String,
    pub exe: PathBuf,
    pub version: String,
}

/// One interpreter's result on one program (or on the startup test).
#[derive(Clone, Debug)]
pub enum Cell {
    /// Every round ran and matched python3's output.
    Ok { median: Duration, maxrss_kib: u64 },
    /// "FAIL" (wrong output), "timeout", or "error: <last stderr line>".
    Failed(String),
    /// Not run (python3 itself failed on this program).
    Skipped,
}

impl Cell {
    pub fn seconds(&self) -> Option<f64> {
        match self {
            Cell::Ok { median, .. } => Some(median.as_secs_f64()),
            _ => None,
        }
    }
}

/// One row: a program (or startup) and its cells, in interpreter order.
pub struct Row {
    pub name: String,
    pub cells: Vec<Cell>,
}

impl Row {
    /// python3 time / weft time, when both ran correctly.
    pub fn ratio(&self) -> Option<f64> {
        let python = self.cells.first()?.seconds()?;
        let weft = self.cells.get(1)?.seconds()?;
        (weft > 0.0).then(|| python / weft)
    }

    /// "ok", or each failing interpreter with its reason.
    pub fn status(&self, interpreters: &[Interpreter]) -> String {
        let problems: Vec<String> = interpreters
            .iter()
            .zip(&self.cells)
            .filter_map(|(interp, cell)| match cell {
                Cell::Failed(why) => Some(format!("{}: {why}", interp.name)),
                _ => None,
            })
            .collect();
        if problems.is_empty() {
            "ok".to_string()
        } else {
            problems.join("; ")
        }
    }
}

/// The settings, from the environment (see benches/README.md).
struct Config {
    rounds: usize,
    timeout: Duration,
    filter: Option<String>,
    weft: PathBuf,
    weft_overridden: bool,
}

impl Config {
    fn from_env() -> Result<Config, String> {
        let rounds = match std::env::var("WEFT_BENCH_ROUNDS") {
            Ok(v) => v
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|&r| r > 0)
                .ok_or(format!(
                    "WEFT_BENCH_ROUNDS must be a positive integer, not {v:?}"
                ))?,
            Err(_) => 3,
        };
        let timeout = match std::env::var("WEFT_BENCH_TIMEOUT") {
            Ok(v) => v
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|&t| t > 0.0 && t.is_finite())
                .map(Duration::from_secs_f64)
                .ok_or(format!(
                    "WEFT_BENCH_TIMEOUT must be a positive number of seconds, not {v:?}"
                ))?,
            Err(_) => Duration::from_secs(60),
        };
        // `cargo bench` passes flags such as `--bench`; a bare word is a filter.
        let arg_filter = std::env::args().skip(1).find(|a| !a.starts_with('-'));
        let filter = std::env::var("WEFT_BENCH_FILTER")
            .ok()
            .or(arg_filter)
            .filter(|f| !f.is_empty());
        let (weft, weft_overridden) = match std::env::var_os("WEFT_BENCH_WEFT") {
            Some(v) if !v.is_empty() => {
                let name = v.to_string_lossy().into_owned();
                let exe = find_on_path(&name)
                    .ok_or(format!("WEFT_BENCH_WEFT={name}: no such executable"))?;
                (exe, true)
            }
            _ => (PathBuf::from(env!("CARGO_BIN_EXE_weft")), false),
        };
        Ok(Config {
            rounds,
            timeout,
            filter,
            weft,
            weft_overridden,
        })
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("programs bench: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let config = Config::from_env()?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let interpreters = find_interpreters(&config)?;
    let programs = find_programs(&root.join("benches/programs"), config.filter.as_deref())?;
    if programs.is_empty() {
        return Err(format!(
            "no program matches the filter {:?}",
            config.filter.unwrap_or_default()
        ));
    }
    eprintln!(
        "programs bench: {} programs; rounds: {}; timeout {:?}; interpreters: {}",
        programs.len(),
        config.rounds,
        config.timeout,
        interpreters
            .iter()
            .map(|i| i.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );

    let mut rows = Vec::new();
    for (k, program) in programs.iter().enumerate() {
        let row = bench_program(program, &interpreters, &config);
        eprintln!(
            "[{}/{}] {}",
            k + 1,
            programs.len(),
            report::progress_line(&row, &interpreters)
        );
        rows.push(row);
    }
    eprintln!("startup: {STARTUP_RUNS} runs of `-c pass` each");
    let startup = bench_startup(&interpreters, &config);

    let table = report::results_markdown(&interpreters, &rows, &startup);
    println!("{table}");

    let out_dir = root.join("bench-results");
    fs::create_dir_all(&out_dir).map_err(|e| format!("creating {}: {e}", out_dir.display()))?;
    let header = report::header_markdown(
        root,
        &interpreters,
        config.rounds,
        config.timeout,
        config.weft_overridden,
    );
    let md_path = out_dir.join("programs.md");
    fs::write(&md_path, format!("{header}\n{table}"))
        .map_err(|e| format!("writing {}: {e}", md_path.display()))?;
    let svg_path = out_dir.join("programs.svg");
    chart::ratio_chart(&svg_path, &report::ratio_bars(&rows))
        .map_err(|e| format!("drawing {}: {e}", svg_path.display()))?;
    eprintln!("wrote {} and {}", md_path.display(), svg_path.display());
    Ok(())
}

fn find_interpreters(config: &Config) -> Result<Vec<Interpreter>, String> {
    let python = find_on_path("python3").ok_or("python3 is required but is not on PATH")?;
    let python = real_executable(python);
    // An overriding "weft" is some other Python: resolve it like python3.
    let weft = if config.weft_overridden {
        real_executable(config.weft.clone())
    } else {
        config.weft.clone()
    };
    let mut interpreters = vec![
        Interpreter {
            name: "python3".into(),
            version: version_of(&python),
            exe: python,
        },
        Interpreter {
            name: "weft".into(),
            version: version_of(&weft),
            exe: weft,
        },
    ];
    for name in OPTIONAL_INTERPRETERS {
        if let Some(exe) = find_on_path(name) {
            let exe = real_executable(exe);
            interpreters.push(Interpreter {
                name: name.into(),
                version: version_of(&exe),
                exe,
            });
        }
    }
    Ok(interpreters)
}

/// The interpreter's own `sys.executable`, so that a launcher or version-manager
/// shim on PATH (pyenv's are shell scripts) adds nothing to every timed run.
fn real_executable(exe: PathBuf) -> PathBuf {
    let script = "import sys; print(sys.executable)";
    match run_once(&exe, &["-c", script], Duration::from_secs(30)) {
        Ok(out) if out.failure().is_none() => {
            let text = String::from_utf8_lossy(&out.stdout);
            let real = PathBuf::from(text.trim());
            if real.is_absolute() && real.is_file() {
                real
            } else {
                exe
            }
        }
        _ => exe,
    }
}

/// The first line `exe --version` prints, or "?".
fn version_of(exe: &Path) -> String {
    match run_once(exe, &["--version"], Duration::from_secs(10)) {
        Ok(out) if out.failure().is_none() => {
            let text = String::from_utf8_lossy(if out.stdout.is_empty() {
                &out.stderr
            } else {
                &out.stdout
            })
            .into_owned();
            text.lines().next().unwrap_or("?").trim().to_string()
        }
        _ => "?".to_string(),
    }
}

/// The `*.py` files under `dir` whose stem contains `filter`, sorted by name.
fn find_programs(dir: &Path, filter: Option<&str>) -> Result<Vec<PathBuf>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    let mut programs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| filter.is_none_or(|f| program_name(p).contains(f)))
        .collect();
    programs.sort();
    Ok(programs)
}

fn program_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Runs one program: once under python3 for the reference output, then
/// `rounds` rounds alternating between the interpreters.
fn bench_program(program: &Path, interpreters: &[Interpreter], config: &Config) -> Row {
    let name = program_name(program);
    let skipped = |first: Cell| {
        let mut cells = vec![first];
        cells.resize(interpreters.len(), Cell::Skipped);
        Row {
            name: name.clone(),
            cells,
        }
    };
    let reference = match run_once(&interpreters[0].exe, &[program], config.timeout) {
        Ok(out) => match out.failure() {
            None => out.stdout,
            Some(why) => return skipped(Cell::Failed(why)),
        },
        Err(e) => return skipped(Cell::Failed(format!("error: {e}"))),
    };

    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); interpreters.len()];
    let mut peak_kib = vec![0u64; interpreters.len()];
    let mut failed: Vec<Option<String>> = vec![None; interpreters.len()];
    for _ in 0..config.rounds {
        for (i, interp) in interpreters.iter().enumerate() {
            if failed[i].is_some() {
                continue; // one failure is enough: don't wait on it again
            }
            match run_once(&interp.exe, &[program], config.timeout) {
                Err(e) => failed[i] = Some(format!("error: {e}")),
                Ok(out) => {
                    if let Some(why) = out.failure() {
                        failed[i] = Some(why);
                    } else if out.stdout != reference {
                        eprintln!(
                            "  {} {name}: {}",
                            interp.name,
                            first_difference(&reference, &out.stdout)
                        );
                        failed[i] = Some("FAIL".to_string());
                    } else {
                        times[i].push(out.wall);
                        peak_kib[i] = peak_kib[i].max(out.maxrss_kib);
                    }
                }
            }
        }
    }
    let cells = (0..interpreters.len())
        .map(|i| match (&failed[i], median(&times[i])) {
            (Some(why), _) => Cell::Failed(why.clone()),
            (None, Some(median)) => Cell::Ok {
                median,
                maxrss_kib: peak_kib[i],
            },
            (None, None) => Cell::Skipped,
        })
        .collect();
    Row { name, cells }
}

/// Says where two outputs first differ, for the progress log.
fn first_difference(expected: &[u8], got: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let got = String::from_utf8_lossy(got);
    let mut got_lines = got.lines();
    for (n, want) in expected.lines().enumerate() {
        match got_lines.next() {
            Some(line) if line == want => {}
            Some(line) => {
                return format!(
                    "output differs at line {}: expected {want:?}, got {line:?}",
                    n + 1
                )
            }
            None => return format!("output ends early at line {}: expected {want:?}", n + 1),
        }
    }
    match got_lines.next() {
        Some(line) => format!("extra output: {line:?}"),
        None => "output differs (line endings or a missing final newline)".to_string(),
    }
}

/// The median of `STARTUP_RUNS` runs of `-c pass` for each interpreter.
fn bench_startup(interpreters: &[Interpreter], config: &Config) -> Row {
    let cells = interpreters
        .iter()
        .map(|interp| {
            let mut times = Vec::new();
            let mut peak = 0;
            for _ in 0..STARTUP_RUNS {
                match run_once(&interp.exe, &["-c", "pass"], config.timeout) {
                    Err(e) => return Cell::Failed(format!("error: {e}")),
                    Ok(out) => {
                        if let Some(why) = out.failure() {
                            return Cell::Failed(why);
                        }
                        if !out.stdout.is_empty() {
                            return Cell::Failed("FAIL".to_string());
                        }
                        times.push(out.wall);
                        peak = peak.max(out.maxrss_kib);
                    }
                }
            }
            median(&times).map_or(Cell::Skipped, |median| Cell::Ok {
                median,
                maxrss_kib: peak,
            })
        })
        .collect();
    Row {
        name: format!("`-c pass` (median of {STARTUP_RUNS})"),
        cells,
    }
}
