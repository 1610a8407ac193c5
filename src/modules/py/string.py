"""A collection of string constants, and capwords."""

__all__ = [
    "Template", "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
    "digits", "hexdigits", "octdigits", "printable", "punctuation",
    "whitespace",
]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words, capitalize each and join them with sep (a space if None)."""
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


class _Missing:
    pass


_ID_START = frozenset("_" + ascii_letters)
_ID_CHARS = frozenset("_" + ascii_letters + digits)


class Template:
    """A string class for supporting $-substitutions.

    Placeholders are `$identifier` and `${identifier}` (ASCII identifiers);
    `$$` is a literal `$`. A subclass may change `delimiter` (the regular
    expression attributes of CPython's class are not consulted)."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _parts(self):
        # Yields (kind, text, name, position): kind is "text", "escaped",
        # "named", "braced" or "invalid"; position is where the text after
        # the delimiter starts (for error messages).
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        i = 0
        n = len(t)
        start = 0
        while True:
            j = t.find(delim, i)
            if j < 0:
                break
            if j > start:
                yield "text", t[start:j], None, j
            k = j + dl
            if t.startswith(delim, k):
                yield "escaped", delim, None, k
                i = start = k + dl
                continue
            if k < n and t[k] == "{":
                m = k + 1
                if m < n and t[m] in _ID_START:
                    e = m + 1
                    while e < n and t[e] in _ID_CHARS:
                        e += 1
                    if e < n and t[e] == "}":
                        yield "braced", t[j:e + 1], t[m:e], k
                        i = start = e + 1
                        continue
            elif k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                yield "named", t[j:e], t[k:e], k
                i = start = e
                continue
            yield "invalid", delim, None, k
            i = start = k
        if start < n:
            yield "text", t[start:], None, n

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=_Missing, /, **kws):
        if mapping is _Missing:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, name, pos in self._parts():
            if kind == "named" or kind == "braced":
                out.append("%s" % (mapping[name],))
            elif kind == "invalid":
                self._invalid(pos)
            else:
                out.append(text)
        return "".join(out)

    def safe_substitute(self, mapping=_Missing, /, **kws):
        if mapping is _Missing:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        out = []
        for kind, text, name, pos in self._parts():
            if kind == "named" or kind == "braced":
                try:
                    out.append("%s" % (mapping[name],))
                except KeyError:
                    out.append(text)
            else:
                out.append(text)
        return "".join(out)

    def is_valid(self):
        for kind, text, name, pos in self._parts():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, text, name, pos in self._parts():
            if (kind == "named" or kind == "braced") and name not in ids:
                ids.append(name)
        return ids


class _ChainMap:
    # The keyword arguments first, then the mapping.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
