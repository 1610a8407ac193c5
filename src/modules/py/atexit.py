"""Functions to call when the program ends (weft).

The interpreter calls `_run_exitfuncs()` after the main module and every
non-daemon thread have finished, also after sys.exit() or an uncaught
exception, as CPython does."""

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [c for c in _callbacks if c[0] != func]


def _clear():
    del _callbacks[:]


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Calls the registered functions, last registered first. An exception
    in one is reported on stderr and the others still run."""
    import sys
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            sys.stderr.write('Exception ignored in atexit callback: %r\n' % (func,))
            import _thread
            sys.stderr.write(_thread._format_exception(exc))
