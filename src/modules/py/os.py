"""Operating-system interfaces (a subset of CPython's os module) over `_os`."""

import sys
import _os
import posixpath as path
from collections.abc import MutableMapping

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
curdir = path.curdir
pardir = path.pardir
defpath = path.defpath
devnull = path.devnull
linesep = '\n'

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError


class _PathLikeMeta(type):
    # Stands in for ABCMeta's subclass hook: any class with __fspath__
    # counts as an os.PathLike.
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))

    def __subclasscheck__(cls, sub):
        if cls is PathLike:
            return getattr(sub, '__fspath__', None) is not None
        return type.__subclasscheck__(cls, sub)


class PathLike(metaclass=_PathLikeMeta):
    """Base for objects with a file-system path (``__fspath__``)."""

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        return cls


def fspath(p):
    """The str or bytes path of p (calling ``__fspath__`` for other objects)."""
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(p).__name__}')
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError(f'expected {type(p).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(r).__name__}')
    return r


def _path(p, fname):
    if isinstance(p, str):
        return p
    if isinstance(p, bytes):
        return p.decode()
    if hasattr(type(p), '__fspath__'):
        return _path(fspath(p), fname)
    raise TypeError(f'{fname}: path should be string, bytes or os.PathLike, '
                    f'not {type(p).__name__}')


class _Environ(MutableMapping):
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _os.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ())


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def getcwd():
    return _os.getcwd()


def chdir(path):
    _os.chdir(_path(path, 'chdir'))


def listdir(path='.'):
    return _os.listdir(_path(path, 'listdir'))


class stat_result(tuple):
    """The result of os.stat: a 10-tuple with st_* attributes."""

    n_sequence_fields = 10
    n_fields = 10

    def __new__(cls, values):
        values = tuple(values)
        if len(values) != 10:
            raise TypeError(f'os.stat_result() takes a 10-sequence ({len(values)}-sequence given)')
        return tuple.__new__(cls, values)

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._t(7))
    st_mtime = property(lambda self: self._t(8))
    st_ctime = property(lambda self: self._t(9))
    st_atime_ns = property(lambda self: self._ns(7))
    st_mtime_ns = property(lambda self: self._ns(8))
    st_ctime_ns = property(lambda self: self._ns(9))

    def _t(self, i):
        return tuple.__getitem__(self, i)

    def _ns(self, i):
        return int(round(tuple.__getitem__(self, i) * 1e9))

    def __getitem__(self, i):
        v = tuple.__getitem__(self, i)
        if isinstance(i, int) and (i % 10) >= 7:
            return int(v)
        return v

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(' + ', '.join(f'{n}={self[i]}' for i, n in enumerate(names)) + ')'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(_path(path, 'stat'), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat(_path(path, 'lstat'), False))


def remove(path, *, dir_fd=None):
    _os.remove(_path(path, 'remove'))


def unlink(path, *, dir_fd=None):
    _os.remove(_path(path, 'unlink'))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(_path(path, 'mkdir'), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a directory and any missing parents."""
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _os.rmdir(_path(path, 'rmdir'))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_path(src, 'rename'), _path(dst, 'rename'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(_path(src, 'replace'), _path(dst, 'replace'))


def getpid():
    return _os.getpid()


def cpu_count():
    return _os.cpu_count()


def urandom(size):
    return _os.urandom(size)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) per directory."""
    top = fspath(top)
    try:
        names = _os.listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        full = path.join(top, n)
        if path.isdir(full) and (followlinks or not path.islink(full)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, nondirs


class DirEntry:
    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def is_dir(self, *, follow_symlinks=True):
        if not follow_symlinks and path.islink(self.path):
            return False
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        if not follow_symlinks and path.islink(self.path):
            return False
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)


class _ScandirIterator:
    def __init__(self, top):
        self._entries = iter([DirEntry(top, n) for n in _os.listdir(top)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._entries = iter(())

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    return _ScandirIterator(_path(path, 'scandir'))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    # Existence only: weft does not check permission bits.
    try:
        _os.stat(_path(path, 'access'), True)
    except OSError:
        return False
    return True
