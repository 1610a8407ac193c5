"""Support for regular expressions (RE) (weft).

Patterns are translated to and matched by a native engine (_sre, over
the fancy-regex crate); this module is the public API around it.
"""

import _sre
import sys as _sys

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MAXSIZE = _sys.maxsize


# ----- flags ----------------------------------------------------------------

_FLAG_NAMES = (
    (256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (32, "UNICODE"),
    (8, "MULTILINE"), (16, "DOTALL"), (64, "VERBOSE"), (1, "TEMPLATE"),
    (128, "DEBUG"),
)
_ALL_FLAGS = 0
for _v, _n in _FLAG_NAMES:
    _ALL_FLAGS |= _v
del _v, _n


class RegexFlag(int):
    """Flags of a regular expression (an int, shown by name)."""

    __slots__ = ()

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        if v < 0:
            v = ~v & _ALL_FLAGS
            v = ~v
        parts = []
        for bit, name in _FLAG_NAMES:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _ALL_FLAGS)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        r = repr(self)
        return r.replace("re.", "")


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


# ----- errors -----------------------------------------------------------------

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"


# ----- patterns ---------------------------------------------------------------

_PATTERN_FLAG_NAMES = (
    (1, "re.TEMPLATE"), (2, "re.IGNORECASE"), (4, "re.LOCALE"),
    (8, "re.MULTILINE"), (16, "re.DOTALL"), (32, "re.UNICODE"),
    (64, "re.VERBOSE"), (128, "re.DEBUG"), (256, "re.ASCII"),
)


def _flags_repr(flags):
    parts = []
    for bit, name in _PATTERN_FLAG_NAMES:
        if flags & bit:
            parts.append(name)
            flags &= ~bit
    if flags:
        parts.append("0x%x" % flags)
    return "|".join(parts)


class Pattern:
    """Compiled regular expression object."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_code",
                 "_names", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        if flags:
            return "re.compile(%s, %s)" % (p, _flags_repr(flags))
        return "re.compile(%s)" % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.search(self._code, self, string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.search(self._code, self, string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.search(self._code, self, string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        return _sre.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return iter(_sre.matches(self._code, self, string, pos, endpos, 0))

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string[:]] if not isinstance(string, str) else [string]
        out = []
        last = 0
        groups = self.groups
        for r in _sre.scan(self._code, string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:r[1]])
            for g in range(1, groups + 1):
                s = r[2 * g + 1]
                out.append(None if s < 0 else string[s:r[2 * g + 2]])
            last = r[2]
        out.append(string[last:])
        if not isinstance(string, (str, bytes)):
            out = [x if x is None else bytes(x) for x in out]
        return out

    def sub(self, repl, string, count=0):
        return _subx(self, repl, string, count, False)

    def subn(self, repl, string, count=0):
        return _subx(self, repl, string, count, True)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


_generic_alias = _sre.generic_alias


def _new_pattern(pattern, flags):
    r = _sre.compile(pattern, flags)
    if r[0] is None:
        if r[2] is None:
            raise error(r[1])
        raise error(r[1], pattern, r[2])
    p = object.__new__(Pattern)
    p._code = r[0]
    p.pattern = pattern
    p.groups = r[1]
    p.flags = r[3]
    p._names = r[2]
    p.groupindex = r[4]
    return p


class _Scanner:
    __slots__ = ("pattern", "_string", "_pos", "_endpos", "_last_end")

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._last_end = -1

    def _next(self, mode):
        if self._pos is None:
            return None
        code = self.pattern._code
        m = _sre.search(code, self.pattern, self._string, self._pos,
                        self._endpos, mode)
        if m is not None and m.start() == m.end() == self._last_end:
            # After an empty match, the next one there must not be empty.
            m = _sre.search(code, self.pattern, self._string, self._pos,
                            self._endpos, 3)
            if (m is None and mode == 0
                    and self._pos < min(len(self._string), self._endpos)):
                m = _sre.search(code, self.pattern, self._string,
                                self._pos + 1, self._endpos, 0)
        if m is None:
            self._pos = None
            return None
        s, e = m.span()
        self._pos = e
        self._last_end = e if s == e else -1
        return m

    def search(self):
        return self._next(0)

    def match(self):
        return self._next(1)


# ----- matches ----------------------------------------------------------------

Match = _sre.Match
Match.__doc__ = "The result of re.match() and re.search()."


def _match_expand(self, template):
    """Return the string obtained by doing backslash substitution on the
    string template, as done by the sub() method."""
    items = _compile_template(self.re, template)
    parts = []
    for x in items:
        if x.__class__ is int:
            g = self.group(x)
            if g is not None:
                parts.append(g)
        else:
            parts.append(x)
    if isinstance(template, str):
        return "".join(parts)
    return b"".join(parts)


def _match_class_getitem(cls, item):
    return _generic_alias(cls, item)


Match.expand = _match_expand
Match.__class_getitem__ = classmethod(_match_class_getitem)


# ----- substitution -----------------------------------------------------------

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
            "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIGITS = "0123456789"
_template_cache = {}


def _compile_template(pattern, repl):
    """The replacement `repl` as a list of literal pieces and group numbers."""
    key = (type(repl), repl, pattern)
    try:
        return _template_cache[key]
    except KeyError:
        pass
    items = _parse_template(pattern, repl)
    if len(_template_cache) >= 512:
        _template_cache.clear()
    _template_cache[key] = items
    return items


def _parse_template(pattern, repl):
    is_bytes = not isinstance(repl, str)
    if is_bytes:
        text = str(repl, "latin-1")
    else:
        text = repl
    items = []
    lit = []
    n = len(text)
    i = 0

    def fail(msg, pos):
        raise error(msg, repl, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if lit:
            items.append("".join(lit))
            del lit[:]
        items.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            fail("bad escape (end of pattern)", start)
        c = text[i]
        i += 1
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            j = text.find(">", i + 1)
            if j < 0:
                if i + 1 >= n:
                    fail("missing group name", i + 1)
                fail("missing >, unterminated name", i + 1)
            name = text[i + 1:j]
            if not name:
                fail("missing group name", i + 1)
            if name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    fail("bad character in group name '%s'" % name, i + 1)
            i = j + 1
            addgroup(index, start + 3)
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and text[i] in _OCT:
                v = v * 8 + int(text[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in _DIGITS:
            if (i < n and text[i] in _DIGITS):
                if (c in _OCT and text[i] in _OCT and i + 1 < n
                        and text[i + 1] in _OCT):
                    v = int(text[i - 1:i + 2], 8)
                    if v > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377"
                             % text[i - 1:i + 2], start)
                    i += 2
                    lit.append(chr(v))
                    continue
                index = int(text[i - 1:i + 1])
                i += 1
            else:
                index = int(c)
            addgroup(index, start + 1)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, start)
        else:
            lit.append("\\")
            lit.append(c)
    if lit:
        items.append("".join(lit))
    if is_bytes:
        items = [x.encode("latin-1") if isinstance(x, str) else x for x in items]
    return items


def _subx(pattern, repl, string, count, subn):
    if count < 0:
        count = -1
    literal = None
    func = None
    items = None
    if callable(repl):
        func = repl
    else:
        if isinstance(pattern.pattern, str) != isinstance(repl, str):
            if isinstance(repl, str):
                raise TypeError("expected a bytes-like object, %s found"
                                % type(repl).__name__)
            raise TypeError("expected str instance, %s found"
                            % type(repl).__name__)
        if "\\" not in repl if isinstance(repl, str) else b"\\" not in repl:
            literal = repl
        else:
            items = _compile_template(pattern, repl)
            if len(items) == 1 and items[0].__class__ is not int:
                literal = items[0]
            elif not items:
                literal = repl[:0]
    if count < 0:
        out = string
        if not isinstance(string, (str, bytes)):
            out = bytes(string)
        return (out, 0) if subn else out
    if func is None:
        if literal is not None:
            items = [literal]
        out, n = _sre.sub(pattern._code, string, items, count)
        return (out, n) if subn else out
    found = _sre.matches(pattern._code, pattern, string, 0, _MAXSIZE, count)
    parts = []
    last = 0
    for r in found:
        s, e = r.span()
        if last < s:
            parts.append(string[last:s])
        v = func(r)
        if v is not None:
            parts.append(v)
        last = e
    if last < len(string) or not parts:
        parts.append(string[last:])
    if isinstance(string, str):
        out = "".join(parts)
    else:
        out = b"".join(parts)
    if subn:
        return (out, len(found))
    return out


# ----- the module-level API ---------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    try:
        return _cache[type(pattern), pattern, flags]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'"
                        % type(flags).__name__)
    p = _new_pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (KeyError, StopIteration, RuntimeError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | TEMPLATE)


_special_chars = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars)
    else:
        pattern = str(pattern, "latin1")
        return pattern.translate(_special_chars).encode("latin1")

