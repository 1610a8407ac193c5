"""The garbage collector's interface (weft).

weft has no collector yet: no object is freed before the interpreter
exits, so a collection never finds anything. The functions exist so that
programs that tune or trigger the collector run unchanged; the figures
they report are weft's (nothing tracked, nothing collected)."""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_enabled = True
_threshold = (700, 10, 10)
_debug = 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(generation).__name__)
    if not 0 <= generation <= 2:
        raise ValueError('invalid generation')
    return 0


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t1 = _threshold[1] if threshold1 is None else threshold1
    t2 = _threshold[2] if threshold2 is None else threshold2
    _threshold = (threshold0, t1, t2)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0}
            for _ in range(3)]


def get_objects(generation=None):
    return []


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


_ATOMS = (int, float, complex, str, bytes, bool, type(None))


def is_tracked(obj):
    """As CPython answers: atoms are not tracked, containers are."""
    return not isinstance(obj, _ATOMS)


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0
