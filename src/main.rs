//! The `weft` command: `weft FILE [ARGS]`, `weft -c CODE [ARGS]`,
//! `weft -m dis FILE`.

use std::io::Write;
use std::process::ExitCode;

use weft::Interpreter;

const USAGE: &str =
    "usage: weft [--stats] [--no-specialize] [-c CODE | -m dis FILE | FILE] [ARGS...]";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().collect();
    // Leading flags: `--stats` prints the specialization statistics to
    // stderr at exit; `--no-specialize` keeps every instruction generic.
    let mut stats = false;
    while let Some(flag) = args.get(1) {
        match flag.as_str() {
            "--stats" => stats = true,
            "--no-specialize" => weft::specialize::set_enabled(false),
            _ => break,
        }
        args.remove(1);
    }
    let code = dispatch(&args);
    if stats {
        eprint!("{}", weft::specialize::stats::report());
    }
    code
}

fn dispatch(args: &[String]) -> ExitCode {
    match args.get(1).map(String::as_str) {
        Some("-c") => match args.get(2) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[3..].iter().cloned());
                run(code, "<string>", argv)
            }
            None => usage("Argument expected for the -c option"),
        },
        Some("-m") => match (args.get(2).map(String::as_str), args.get(3)) {
            (Some("dis"), Some(path)) => disassemble(path),
            (Some(m), _) => usage(&format!("No module named {m} (weft runs only -m dis FILE)")),
            (None, _) => usage("Argument expected for the -m option"),
        },
        Some("-h") | Some("--help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(path) if !path.starts_with('-') || path == "-" => {
            let source = match std::fs::read_to_string(path) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!(
                        "weft: can't open file '{path}': [Errno {}] {e}",
                        e.raw_os_error().unwrap_or(0)
                    );
                    return ExitCode::from(2);
                }
            };
            // As CPython, the main script's code (and its tracebacks) name
            // it by its absolute path; `sys.argv[0]` stays as given.
            let filename = std::path::absolute(path)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| path.to_string());
            run(&source, &filename, args[1..].to_vec())
        }
        Some(flag) => usage(&format!("unknown option {flag}")),
        None => usage("no input file"),
    }
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("weft: {msg}\n{USAGE}");
    ExitCode::from(2)
}

fn run(source: &str, filename: &str, argv: Vec<String>) -> ExitCode {
    let interp = Interpreter::new();
    interp.set_argv(argv);
    let result = interp.run_main(source, filename);
    let _ = std::io::stdout().flush();
    // The process exits next: the kernel takes the heap back at once, where
    // dropping the interpreter would free every object one by one (a
    // quarter of nqueens' run time went there). Hosts that embed weft
    // still free it all when they drop their `Interpreter`.
    std::mem::forget(interp);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => match e.exit_code {
            Some(code) => ExitCode::from(code as u8),
            None => {
                eprint!("{}", e.traceback);
                ExitCode::from(1)
            }
        },
    }
}

fn disassemble(path: &str) -> ExitCode {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("weft: can't open file '{path}': {e}");
            return ExitCode::from(2);
        }
    };
    match weft::compile::compile_module(&source, path) {
        Ok(code) => {
            print!("{}", weft::bytecode::dis::disassemble(&code, false));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}
