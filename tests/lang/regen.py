#!/usr/bin/env python3
"""Generate the expected outputs of the tests/lang corpus from CPython 3.11.

Usage:
    python3 tests/lang/regen.py            # rewrite every .out/.err
    python3 tests/lang/regen.py --check    # regenerate in memory, diff, exit 1 on mismatch
    python3 tests/lang/regen.py [--check] SUBSTRING...   # only scripts whose path matches

How a script is run (tests/lang_scripts.rs runs weft the very same way):
  * argv is `<interpreter> <name>.py` and the cwd is the script's own directory,
    so sys.argv == ['<name>.py'] and nothing depends on where the repo lives;
  * stdin is empty; the environment is inherited minus every PYTHON* variable,
    plus PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8 (CPython also gets -X utf8);
  * timeout: 10 s (generation fails if a script takes longer).

Files written next to <group>/<name>.py:
  * <name>.out -- the exact stdout bytes;
  * <name>.err -- only when the exit status is non-zero: two lines,
    `exit <status>` and the last non-blank line of stderr (e.g.
    `ZeroDivisionError: division by zero`); a stale .err is deleted.
.out/.err files without a matching script are deleted (or reported by --check).
"""

import concurrent.futures
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SELF = os.path.abspath(__file__)
TIMEOUT = 10


def scripts():
    found = []
    for dirpath, dirnames, filenames in os.walk(HERE):
        dirnames.sort()
        for name in sorted(filenames):
            path = os.path.join(dirpath, name)
            if name.endswith(".py") and os.path.abspath(path) != SELF:
                found.append(os.path.relpath(path, HERE).replace(os.sep, "/"))
    return found


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def last_line(stderr):
    text = stderr.decode("utf-8", "replace")
    lines = [line.rstrip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    return lines[-1] if lines else ""


def run(rel):
    """Returns (rel, out_bytes, err_text_or_None, problem_or_None)."""
    path = os.path.join(HERE, rel)
    try:
        proc = subprocess.run(
            [sys.executable, "-X", "utf8", os.path.basename(path)],
            cwd=os.path.dirname(path),
            env=child_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return rel, None, None, "timed out after %d s" % TIMEOUT
    if proc.returncode < 0:
        return rel, None, None, "killed by signal %d" % -proc.returncode
    err = None
    if proc.returncode != 0:
        err = "exit %d\n%s\n" % (proc.returncode, last_line(proc.stderr))
    return rel, proc.stdout, err, None


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = "--check" in argv
    filters = [a for a in argv if a != "--check"]
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py: expectations come from CPython 3.11, this is %s"
                 % sys.version.split()[0])
    all_scripts = scripts()
    selected = [s for s in all_scripts if not filters or any(f in s for f in filters)]
    stems = {}
    for rel in all_scripts:
        key = rel[:-3].lower()
        if key in stems:
            sys.exit("regen.py: %s and %s differ only in case" % (stems[key], rel))
        stems[key] = rel

    problems = []
    workers = max(2, os.cpu_count() or 2)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(run, selected))
    for rel, out, err, problem in results:
        if problem:
            problems.append("%s: %s" % (rel, problem))
            continue
        base = os.path.join(HERE, rel[:-3])
        wanted = {".out": out, ".err": err.encode() if err is not None else None}
        for ext, data in wanted.items():
            current = read(base + ext)
            if current == data:
                continue
            if check:
                what = "missing" if current is None else "stale" if data is None else "differs"
                problems.append("%s%s: %s" % (rel[:-3], ext, what))
            elif data is None:
                os.remove(base + ext)
            else:
                with open(base + ext, "wb") as f:
                    f.write(data)

    if not filters:
        known = {s[:-3] for s in all_scripts}
        for dirpath, _, filenames in os.walk(HERE):
            for name in sorted(filenames):
                stem, ext = os.path.splitext(name)
                rel = os.path.relpath(os.path.join(dirpath, stem), HERE).replace(os.sep, "/")
                if ext in (".out", ".err") and rel not in known:
                    if check:
                        problems.append("%s%s: no matching script" % (rel, ext))
                    else:
                        os.remove(os.path.join(dirpath, name))

    failures = sum(1 for r in results if r[2] is not None)
    print("regen.py: %d scripts (%d exit non-zero), %d problem(s)"
          % (len(results), failures, len(problems)))
    for problem in problems:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
