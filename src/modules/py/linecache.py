"""Lines of source files, read once and cached (CPython's linecache API).

Files are read from disk relative to the current directory, then along
sys.path for relative names; names in angle brackets (`<string>`) have no
file. Cached text is kept until clearcache() or checkcache() drops it.
"""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), as CPython keeps it.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename` with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Every line of `filename` (cached), or [] if it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file may have changed. weft cannot stat a
    file, so lazily cached entries are kept and the others are dropped."""
    names = list(cache) if filename is None else [filename]
    for name in names:
        entry = cache.get(name)
        if entry is not None and len(entry) != 1:
            del cache[name]


def _read(path):
    with open(path, encoding="utf-8") as fp:
        return fp.readlines()


def updatecache(filename, module_globals=None):
    """Reads `filename` afresh into the cache and returns its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    try:
        lines = _read(fullname)
    except (OSError, UnicodeDecodeError, ValueError):
        lines = None
        if not filename.startswith("/"):
            for dirname in sys.path:
                if not isinstance(dirname, str):
                    continue
                fullname = dirname.rstrip("/") + "/" + filename if dirname else filename
                try:
                    lines = _read(fullname)
                    break
                except (OSError, UnicodeDecodeError, ValueError):
                    continue
        if lines is None:
            return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    size = sum(len(line) for line in lines)
    cache[filename] = size, None, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """CPython defers reading a module's source through its loader; weft's
    modules are read from their files, so there is nothing to defer."""
    return False
