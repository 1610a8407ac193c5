"""Functions creating iterators for efficient looping.

Each function checks its arguments and takes `iter()` of its inputs when
called, as CPython's do, and returns a generator that does the work, or
for `count` and the combinatoric tools a native iterator (`_itertools`).
"""

import sys as _sys
from _itertools import make as _make

_NULL = object()


def _index(v):
    if type(v) is int:
        return v
    try:
        m = type(v).__index__
    except AttributeError:
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(v).__name__
        ) from None
    return m(v)


def _ssize(n):
    if n > _sys.maxsize or n < -_sys.maxsize - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return n


def _is_number(v):
    if isinstance(v, (int, float)):
        return True
    t = type(v)
    return (hasattr(t, "__index__") or hasattr(t, "__int__")
            or hasattr(t, "__float__") or hasattr(t, "__complex__"))


def count(start=0, step=1):
    """Return a count object whose .__next__() method returns consecutive values."""
    if not _is_number(start) or not _is_number(step):
        raise TypeError("a number is required")
    if type(start) is bool:
        start = int(start)
    if type(step) is bool:
        step = int(step)
    return _make("count", start, step)


def repeat(object, times=None):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    if times is None:
        return _make("repeat", object, -1)
    times = _ssize(_index(times))
    return _make("repeat", object, times if times > 0 else 0)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        yield from it


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    return _chain(iterables)


def _from_iterable(iterable):
    """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not predicate(x):
                yield x


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _islice(it, start, stop, step):
    # As CPython's: skip to `start`, then take every `step`th item, never
    # drawing an item past the last one returned.
    i = 0
    nxt = start
    while stop is None or nxt < stop:
        while i < nxt:
            try:
                next(it)
            except StopIteration:
                return
            i += 1
        try:
            item = next(it)
        except StopIteration:
            return
        i += 1
        yield item
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
    while i < nxt:
        try:
            next(it)
        except StopIteration:
            return
        i += 1


def _islice_arg(v, msg):
    if v is None:
        return None
    try:
        n = _index(v)
    except TypeError:
        raise ValueError(msg) from None
    if n < 0 or n > _sys.maxsize:
        raise ValueError(msg)
    return n


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    n = len(args)
    stop_msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
    if n == 1:
        start, step = 0, 1
        stop = _islice_arg(args[0], stop_msg)
    elif n in (2, 3):
        stop = _islice_arg(args[1], stop_msg)
        start = _islice_arg(
            args[0],
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        )
        if start is None:
            start = 0
        step = 1
        if n == 3 and args[2] is not None:
            try:
                step = _index(args[2])
            except TypeError:
                step = -1
            if step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
    elif n == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    else:
        raise TypeError("islice expected at most 4 arguments, got %d" % (n + 1))
    it = iter(iterable)
    return _islice(it, start, stop, step)


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _zip_longest(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _tee_gen(it, link):
    # `link` is the node before the next value: [value, next node].
    while True:
        nxt = link[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = link[1]
            if nxt is None:
                nxt = [value, None]
                link[1] = nxt
        link = nxt
        yield link[0]


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    head = [None, None]
    return tuple(_tee_gen(it, head) for _ in range(n))




def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _ssize(_index(repeat))
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = tuple([tuple(p) for p in iterables] * repeat)
    return _make("product", pools, 0)




def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        if not isinstance(r, int):
            raise TypeError("Expected int as r")
        if _ssize(r) < 0:
            raise ValueError("r must be non-negative")
    return _make("permutations", pool, min(r, len(pool) + 1))




def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    r = _ssize(_index(r))
    if r < 0:
        raise ValueError("r must be non-negative")
    return _make("combinations", pool, min(r, len(pool) + 1))




def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    r = _ssize(_index(r))
    if r < 0:
        raise ValueError("r must be non-negative")
    return _make("combinations_with_replacement", pool, r)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._current = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        self._currkey = value if keyfunc is None else keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._current = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        marker = object()
        self._current = marker
        return self._currkey, _grouper(self, self._tgtkey, marker)


def _grouper(parent, tgtkey, marker):
    while parent._current is marker:
        if parent._currvalue is _NULL:
            try:
                parent._step()
            except StopIteration:
                return
        if not (tgtkey == parent._currkey):
            return
        value = parent._currvalue
        parent._currvalue = _NULL
        yield value
