"""Arrays of basic numeric values (weft).

An array keeps its items in a Python list, each checked and converted
for the typecode as it goes in, so reading back gives what a C array
would hold; tobytes/frombytes go through _struct in native byte order."""

from _struct import pack as _pack, unpack as _unpack
from _collections import _set_collection_flags

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

# Signed codes checked as a C long, then against their own range.
_SIGNED = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'),
    'H': (0, 65535, 'unsigned short'),
    'i': (-2147483648, 2147483647, 'signed integer'),
    'l': (-9223372036854775808, 9223372036854775807, None),
}
_LONG_MIN = -9223372036854775808
_LONG_MAX = 9223372036854775807
_ULONG_MAX = 18446744073709551615


def _index(v):
    if type(v) is int or type(v) is bool:
        return int(v)
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return type(v).__index__(v)
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % (type(v).__name__,))


def _check(code, v):
    """`v` converted for an array of `code`, or the error CPython raises."""
    if code in 'fd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            x = float(v)
        elif hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            x = float(v)
        else:
            raise TypeError('must be real number, not %s' % (type(v).__name__,))
        if code == 'f':
            return _unpack('f', _pack('f', x))[0]
        return x
    if code == 'u':
        if type(v) is not str or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    n = _index(v)
    if code in _SIGNED:
        if n < _LONG_MIN or n > _LONG_MAX:
            raise OverflowError('Python int too large to convert to C long')
        lo, hi, what = _SIGNED[code]
        # CPython converts 'b' through a C short and 'H' through a C int
        # first, with those types' messages.
        if code == 'b' and not -32768 <= n <= 32767:
            lo, hi, what = _SIGNED['h']
        elif code == 'H' and not -2147483648 <= n <= 2147483647:
            lo, hi, what = _SIGNED['i']
        if n > hi:
            raise OverflowError('%s is greater than maximum' % (what,))
        if n < lo:
            raise OverflowError('%s is less than minimum' % (what,))
        return n
    if code == 'I' or code == 'L':
        if n < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if n > _ULONG_MAX:
            raise OverflowError(
                'Python int too large to convert to C unsigned long')
        if code == 'I' and n > 4294967295:
            raise OverflowError('unsigned int is greater than maximum')
        return n
    if code == 'q':
        if n < _LONG_MIN or n > _LONG_MAX:
            raise OverflowError('int too big to convert')
        return n
    # 'Q'
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n > _ULONG_MAX:
        raise OverflowError('int too big to convert')
    return n


def _struct_code(code):
    # Native sizes: 'l' and 'L' are 8 bytes, as on the machines weft runs on.
    return '=' + {'l': 'q', 'L': 'Q', 'u': 'I'}.get(code, code)


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_code', '_items')

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        if not args or len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % (len(args),) if args else
                            'array() takes at least 1 argument (0 given)')
        typecode = args[0]
        if type(typecode) is not str or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, '
                            'not %s' % (type(typecode).__name__,))
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, '
                             'L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != 'u':
                    raise TypeError('cannot use a str to initialize an array '
                                    'with typecode %r' % (typecode,))
                self._items = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array):
                if init._code == 'u' and typecode != 'u':
                    raise TypeError('cannot use a unicode array to initialize '
                                    'an array with typecode %r' % (typecode,))
                self.extend(list(init._items))
            else:
                self.extend(init)
        return self

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _ITEMSIZE[self._code]

    def _same_kind(self, other):
        return isinstance(other, array) and other._code == self._code

    # ----- adding and removing --------------------------------------------

    def append(self, v):
        self._items.append(_check(self._code, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(list(iterable._items))
            return
        code = self._code
        items = self._items
        for v in iterable:
            items.append(_check(code, v))

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError('arg must be list')
        converted = [_check(self._code, v) for v in values]
        self._items.extend(converted)

    def insert(self, i, v):
        v = _check(self._code, v)
        self._items.insert(i, v)

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        n = len(self._items)
        if i < -n or i >= n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v):
        for i, x in enumerate(self._items):
            if x == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=9223372036854775807):
        n = len(self._items)
        start, stop, _ = slice(start, stop).indices(n)
        for i in range(start, stop):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def byteswap(self):
        size = _ITEMSIZE[self._code]
        if size == 1:
            return
        data = self.tobytes()
        swapped = bytearray()
        for k in range(0, len(data), size):
            swapped += data[k:k + size][::-1]
        self._items = []
        self.frombytes(bytes(swapped))

    def buffer_info(self):
        return (0, len(self._items))

    # ----- conversions --------------------------------------------------

    def tolist(self):
        return list(self._items)

    def tobytes(self):
        if not self._items:
            return b''
        if self._code == 'u':
            return b''.join(_pack('=I', ord(c)) for c in self._items)
        fmt = '=%d%s' % (len(self._items), _struct_code(self._code)[1:])
        return _pack(fmt, *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = _ITEMSIZE[self._code]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        n = len(data) // size
        if not n:
            return
        if self._code == 'u':
            codes = _unpack('=%dI' % n, data)
            self._items.extend(chr(c) for c in codes)
            return
        fmt = '=%d%s' % (n, _struct_code(self._code)[1:])
        self._items.extend(_unpack(fmt, data))

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode '
                             'type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode '
                             'type arrays')
        self._items.extend(s)

    # ----- sequence protocol --------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        new = array(self._code)
        new._items = items
        return new

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        if not isinstance(i, int) and not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array '
                                'slice' % (type(v).__name__,))
            if v._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        if not isinstance(i, int) and not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        v = _check(self._code, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        if not isinstance(i, int) and not hasattr(type(i), '__index__'):
            raise TypeError('array indices must be integers')
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    # ----- operators ----------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array'
                            % (type(other).__name__,))
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % (type(other).__name__,))
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % (type(n).__name__,))
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % (type(n).__name__,))
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items >= o

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s(%r)" % (name, self._code)
        if self._code == 'u':
            return "%s(%r, %r)" % (name, self._code, ''.join(self._items))
        return "%s(%r, %r)" % (name, self._code, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce__(self):
        return (type(self), (self._code, list(self._items)))


array.__module__ = 'array'
_set_collection_flags(array, 1 << 5)  # a sequence to match statements
del _set_collection_flags
ArrayType = array
