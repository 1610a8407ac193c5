"""Path manipulation for POSIX paths (`os.path`)."""

import _os

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'exists', 'lexists',
           'isfile', 'isdir', 'islink', 'isabs', 'abspath', 'normpath', 'relpath',
           'expanduser', 'getsize', 'getmtime', 'commonprefix', 'commonpath',
           'realpath', 'normcase', 'splitdrive', 'samefile', 'sep', 'curdir', 'pardir',
           'extsep', 'altsep', 'pathsep', 'defpath', 'devnull']

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'
altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p, fname=None):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        if fname is None:
            raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
        raise TypeError(f'{fname}() argument must be str, bytes, or os.PathLike object, '
                        f'not \'{type(p).__name__}\'')
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(r).__name__}')
    return r


def normcase(s):
    return _fspath(s)


def isabs(s):
    return _fspath(s).startswith('/')


def join(a, *p):
    a = _fspath(a)
    path = a
    for b in p:
        if not isinstance(b, str):
            if isinstance(b, bytes) or isinstance(a, bytes) or not hasattr(type(b), '__fspath__'):
                raise TypeError(f"join() argument must be str, bytes, or os.PathLike object, "
                                f"not '{type(b).__name__}'")
            b = _fspath(b)
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = _fspath(p)
    slash = p.rfind(sep)
    dot = p.rfind(extsep)
    if dot > slash:
        # A leading run of dots (".bashrc", "..x") is part of the name.
        i = slash + 1
        while i < dot:
            if p[i] != extsep:
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def basename(p):
    p = _fspath(p)
    return p[p.rfind(sep) + 1:]


def dirname(p):
    p = _fspath(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def _stat(path):
    try:
        return _os.stat(_fspath(path), True)
    except (OSError, ValueError, TypeError):
        return None


def exists(path):
    return _stat(path) is not None


def lexists(path):
    try:
        _os.stat(_fspath(path), False)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    st = _stat(path)
    return st is not None and st[0] & 0o170000 == 0o100000


def isdir(s):
    st = _stat(s)
    return st is not None and st[0] & 0o170000 == 0o040000


def islink(path):
    try:
        st = _os.stat(_fspath(path), False)
    except (OSError, ValueError, TypeError):
        return False
    return st[0] & 0o170000 == 0o120000


def getsize(filename):
    return _os.stat(_fspath(filename), True)[6]


def getmtime(filename):
    return _os.stat(_fspath(filename), True)[8]


def getatime(filename):
    return _os.stat(_fspath(filename), True)[7]


def getctime(filename):
    return _os.stat(_fspath(filename), True)[9]


def samefile(f1, f2):
    s1 = _os.stat(_fspath(f1), True)
    s2 = _os.stat(_fspath(f2), True)
    return s1[1] == s2[1] and s1[2] == s2[2]


def normpath(path):
    path = _fspath(path)
    if not path:
        return curdir
    initial = 0
    if path.startswith(sep):
        initial = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split(sep):
        if not comp or comp == curdir:
            continue
        if comp != pardir or (not initial and not parts) or (parts and parts[-1] == pardir):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = sep.join(parts)
    if initial:
        path = sep * initial + path
    return path or curdir


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    # Symlinks are not resolved: weft's os has no readlink yet.
    return abspath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    path = _fspath(path)
    if start is None:
        start = curdir
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        # ~user: weft has no password database; leave it alone.
        return path
    home = _os.environ().get('HOME')
    if home is None:
        return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def expandvars(path):
    path = _fspath(path)
    if '$' not in path:
        return path
    env = _os.environ()
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)
