"""JSON encoding and decoding (weft's own implementation of the json module).

The scanner and the string quoting are native (`_json`); the encoder's
walk over containers is Python.
"""

import _json

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii

_INF = float('inf')


class JSONDecodeError(ValueError):
    """ValueError raised for a document that is not valid JSON, with where."""

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {line} column {col} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == _INF:
        text = 'Infinity'
    elif o == -_INF:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    """Turns Python data (dict, list, tuple, str, int, float, bool, None)
    into JSON text; override `default` to handle other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if (isinstance(self.item_separator, str) and isinstance(self.key_separator, str)
                and (indent is None or isinstance(indent, str))):
            text = _json.encode(o, indent, self.item_separator, self.key_separator,
                                sorted if self.sort_keys else None, self.skipkeys,
                                self.ensure_ascii, self.allow_nan, self.check_circular,
                                True, self.default)
            return [text] if _one_shot else iter([text])
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        out = []
        _Walker(self, indent, quote, out).value(o, 0)
        if _one_shot:
            return out
        return iter(out)


class _Walker:
    def __init__(self, enc, indent, quote, out):
        self.enc = enc
        self.indent = indent
        self.quote = quote
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.allow_nan = enc.allow_nan
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator
        self.default = enc.default

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.quote(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            markers = self.markers
            if markers is not None:
                key = id(o)
                if key in markers:
                    raise ValueError("Circular reference detected")
                markers[key] = o
            self.value(self.default(o), level)
            if markers is not None:
                del markers[key]

    def _enter(self, o):
        markers = self.markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def array(self, o, level):
        out = self.out
        if not o:
            out.append('[]')
            return
        self._enter(o)
        indent = self.indent
        if indent is None:
            sep = self.item_sep
            out.append('[')
        else:
            level += 1
            nl = '\n' + indent * level
            sep = self.item_sep + nl
            out.append('[' + nl)
        first = True
        for item in o:
            if first:
                first = False
            else:
                out.append(sep)
            self.value(item, level)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append(']')
        self._leave(o)

    def object(self, o, level):
        out = self.out
        if not o:
            out.append('{}')
            return
        self._enter(o)
        indent = self.indent
        if indent is None:
            sep = self.item_sep
            out.append('{')
        else:
            level += 1
            nl = '\n' + indent * level
            sep = self.item_sep + nl
            out.append('{' + nl)
        items = o.items()
        if self.enc.sort_keys:
            items = sorted(items)
        first = True
        quote = self.quote
        key_sep = self.key_sep
        for key, item in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float_text(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                out.append(sep)
            out.append(quote(key))
            out.append(key_sep)
            self.value(item, level)
        if indent is not None:
            out.append('\n' + indent * (level - 1))
        out.append('}')
        self._leave(o)


JSONEncoder.__module__ = 'json.encoder'


class JSONDecoder:
    """Turns JSON text into Python data; hooks customise objects and numbers."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _const_get
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def _scan(self, s, idx):
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        return _json.scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                          None if pf is float else pf, None if pi is int else pi,
                          None if pc is _const_get else pc, JSONDecodeError)

    def decode(self, s, _w=None):
        n = len(s)
        i = 0
        while i < n and s[i] in ' \t\n\r':
            i += 1
        obj, end = self.raw_decode(s, i)
        while end < n and s[end] in ' \t\n\r':
            end += 1
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return self._scan(s, idx)

    def scan_once(self, s, idx):
        try:
            return self._scan(s, idx)
        except JSONDecodeError as e:
            if e.pos == idx and e.msg == 'Expecting value':
                raise StopIteration(idx) from None
            raise


JSONDecoder.__module__ = 'json.decoder'

_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_const_get = _CONSTANTS.__getitem__

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting object)."""
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan, indent=indent,
              separators=separators, default=default, sort_keys=sort_keys, **kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def detect_encoding(b):
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding JSON) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        enc = detect_encoding(s)
        if enc == 'utf-8-sig':
            s = bytes(s[3:]).decode('utf-8')
        else:
            s = s.decode(enc)
    if (cls is None and object_hook is None and parse_int is None and
            parse_float is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file holding JSON) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


# The submodules, as attributes (json.decoder, json.encoder) like CPython's package.
import json.decoder as _submodule
import json.encoder as _submodule
del _submodule
