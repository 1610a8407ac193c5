//! Running one interpreter on one program: wall time, the child's own peak
//! RSS (from `wait4`, not the cumulative `RUSAGE_CHILDREN`), captured output
//! and a kill-on-timeout watchdog.

use std::ffi::OsStr;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// Exited by itself with this status code.
    Code(i32),
    /// Killed by this signal (not by us).
    Signal(i32),
    /// Killed by the watchdog after the timeout.
    TimedOut,
}

/// Everything measured about one run of a child process.
#[derive(Debug, Clone)]
pub struct RunOutcome {
    pub wall: Duration,
    /// The child's own peak resident set size, in KiB (Linux `ru_maxrss`).
    pub maxrss_kib: u64,
    pub exit: Exit,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl RunOutcome {
    /// The short text for a failed run: "timeout", or "error: <last stderr line>".
    pub fn failure(&self) -> Option<String> {
        match self.exit {
            Exit::Code(0) => None,
            Exit::TimedOut => Some("timeout".to_string()),
            Exit::Code(code) => Some(format!(
                "error: {}",
                self.last_stderr_line(&format!("exit status {code}"))
            )),
            Exit::Signal(sig) => Some(format!(
                "error: {}",
                self.last_stderr_line(&format!("killed by signal {sig}"))
            )),
        }
    }

    fn last_stderr_line(&self, fallback: &str) -> String {
        let text = String::from_utf8_lossy(&self.stderr);
        match text.lines().rev().map(str::trim).find(|l| !l.is_empty()) {
            Some(line) => line.to_string(),
            None => fallback.to_string(),
        }
    }
}

/// Runs `exe args...` with stdin closed, capturing stdout and stderr, and kills
/// it with SIGKILL if it is still running after `timeout`.
pub fn run_once<S: AsRef<OsStr>>(
    exe: &Path,
    args: &[S],
    timeout: Duration,
) -> io::Result<RunOutcome> {
    let start = Instant::now();
    let mut child = Command::new(exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let pid = libc::pid_t::try_from(child.id()).map_err(io::Error::other)?;
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());

    // The watchdog kills the child once `timeout` has passed, unless the main
    // thread has flagged (under the same mutex) that the child has exited.
    let exited = Arc::new((Mutex::new(false), Condvar::new()));
    let watchdog = {
        let exited = Arc::clone(&exited);
        thread::spawn(move || {
            let (lock, cvar) = &*exited;
            let guard = lock.lock().unwrap_or_else(|e| e.into_inner());
            let (guard, _) = cvar
                .wait_timeout_while(guard, timeout, |done| !*done)
                .unwrap_or_else(|e| e.into_inner());
            if *guard {
                return false;
            }
            // SAFETY: `kill` takes plain integers and has no memory-safety
            // preconditions. `pid` is our own child, and it cannot have been
            // reaped yet (so its pid cannot have been reused): the main thread
            // reaps it only after setting the flag we hold the lock on.
            unsafe { libc::kill(pid, libc::SIGKILL) };
            true
        })
    };

    // Wait for the exit without reaping (WNOWAIT): the pid stays a zombie, so
    // the watchdog can never kill an unrelated process that reused it.
    loop {
        // SAFETY: an all-zero `siginfo_t` is a valid value of this plain C struct.
        let mut info: libc::siginfo_t = unsafe { std::mem::zeroed() };
        // SAFETY: `info` is a valid, writable `siginfo_t` that outlives the call.
        let rc = unsafe {
            libc::waitid(
                libc::P_PID,
                pid as libc::id_t,
                &mut info,
                libc::WEXITED | libc::WNOWAIT,
            )
        };
        if rc == 0 {
            break;
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
    let wall = start.elapsed();
    {
        let (lock, cvar) = &*exited;
        *lock.lock().unwrap_or_else(|e| e.into_inner()) = true;
        cvar.notify_all();
    }
    let timed_out = watchdog.join().unwrap_or(false);

    // Now reap it, collecting that child's own resource usage.
    let mut status: libc::c_int = 0;
    // SAFETY: an all-zero `rusage` is a valid value of this plain C struct.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `status` and `usage` are valid, writable and outlive the call;
        // `pid` is our unreaped child.
        let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if rc == pid {
            break;
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
    // `child` was reaped by `wait4` above; dropping the handle does not wait.
    drop(child);

    let exit = if timed_out {
        Exit::TimedOut
    } else if libc::WIFEXITED(status) {
        Exit::Code(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Exit::Signal(libc::WTERMSIG(status))
    } else {
        Exit::Code(-1)
    };
    Ok(RunOutcome {
        wall,
        maxrss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        exit,
        stdout: join_drain(stdout),
        stderr: join_drain(stderr),
    })
}

type Drain = Option<thread::JoinHandle<Vec<u8>>>;

/// Reads a pipe to its end on a thread of its own, so neither pipe can fill
/// up and block the child.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> Drain {
    pipe.map(|mut pipe| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            // A read error just truncates the captured text.
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    })
}

fn join_drain(handle: Drain) -> Vec<u8> {
    handle.and_then(|h| h.join().ok()).unwrap_or_default()
}

/// Finds an executable on PATH, like `command -v NAME`.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        let path = PathBuf::from(name);
        return is_executable(&path).then_some(path);
    }
    let paths = std::env::var_os("PATH")?;
    std::env::split_paths(&paths)
        .map(|dir| dir.join(name))
        .find(|candidate| is_executable(candidate))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// The median of some durations (the mean of the middle two for an even count).
pub fn median(samples: &[Duration]) -> Option<Duration> {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2),
    }
}
