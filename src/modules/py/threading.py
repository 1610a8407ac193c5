"""Threads and synchronization (weft): Thread, Lock, RLock, Condition,
Semaphore, BoundedSemaphore, Event, Barrier, Timer, local.

Built on `_thread`. weft has no global lock: threads run Python code at
the same time, so everything here that several threads touch is either a
`_thread` lock or guarded by one."""

import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'get_native_id', 'active_count', 'Condition',
           'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore',
           'Thread', 'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'activeCount', 'currentThread']

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

_allocate_lock = _thread.allocate_lock


def settrace(func):
    """Accepted for compatibility; weft has no tracing hooks."""


def setprofile(func):
    """Accepted for compatibility; weft has no profiling hooks."""


def _wait_timeout(timeout):
    """A `timeout` argument as `acquire` takes it (-1: forever)."""
    if timeout is None:
        return -1
    return max(timeout, 0)


class RLock:
    """A lock its owner may take again; released as often as taken."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        state = 'locked' if self._block.locked() else 'unlocked'
        return '<%s %s.%s object owner=%r count=%d at %s>' % (
            state, self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


class Condition:
    """Waiting for a notification while a lock is released."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        # A plain lock: owned if it cannot be taken now.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        save = getattr(self._lock, '_release_save', None)
        if save is not None:
            return save()
        self._lock.release()
        return None

    def _acquire_restore(self, state):
        restore = getattr(self._lock, '_acquire_restore', None)
        if restore is not None:
            restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        notified = False
        try:
            notified = waiter.acquire(True, _wait_timeout(timeout))
            return notified
        finally:
            self._acquire_restore(saved)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that `acquire` decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return '<%s.%s at %s: value=%d>' % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return '<%s.%s at %s: value=%d/%d>' % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError('Semaphore released too many times')
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = 'set' if self._flag else 'unset'
        return '<%s.%s at %s: %s>' % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait until all of them have arrived."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# ----- threads ---------------------------------------------------------------

_active_lock = _allocate_lock()
_active = {}      # ident -> Thread, for started threads still running
_limbo = {}       # Thread -> Thread, started but not yet running
_counter = 0


def _new_thread_number():
    global _counter
    with _active_lock:
        _counter += 1
        return _counter


class ExceptHookArgs:
    __slots__ = ('exc_type', 'exc_value', 'exc_traceback', 'thread')

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __repr__(self):
        return ('ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, '
                'thread=%r)' % (self.exc_type, self.exc_value,
                                self.exc_traceback, self.thread))


def excepthook(args):
    """Prints an exception that escaped a thread's run() to stderr."""
    if args.exc_type is SystemExit:
        return
    import sys
    name = args.thread.name if args.thread is not None else get_ident()
    sys.stderr.write('Exception in thread %s:\n' % name)
    sys.stderr.write(_thread._format_exception(args.exc_value))
    sys.stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control running `run()` (by default, `target(*args,
    **kwargs)`)."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = 'Thread-%d' % _new_thread_number()
            if target is not None:
                try:
                    name += ' (%s)' % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._started = Event()
        self._finished = Event()
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = 'initial'
        if self._started.is_set():
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('threads can only be started once')
        with _active_lock:
            if self in _limbo:
                raise RuntimeError('threads can only be started once')
            _limbo[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self
            _limbo.pop(self, None)
        self._started.set()
        try:
            self.run()
        except BaseException as exc:
            try:
                excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__,
                                          self))
            except BaseException:
                pass
        finally:
            with _active_lock:
                self._is_stopped = True
                _active.pop(self._ident, None)
            self._finished.set()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._started.is_set():
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        if timeout is None:
            self._finished.wait()
        else:
            self._finished.wait(max(timeout, 0))

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._started.is_set():
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _RunningThread(Thread):
    """A thread `threading` did not start, already running: registered
    under the caller's identifier."""

    def __init__(self, name, daemonic):
        self._target = None
        self._name = name
        self._args = ()
        self._kwargs = {}
        self._daemonic = daemonic
        self._ident = get_ident()
        self._started = Event()
        self._started.set()
        self._finished = Event()
        self._is_stopped = False
        self._initialized = True
        with _active_lock:
            _active[self._ident] = self


class _MainThread(_RunningThread):

    def __init__(self):
        _RunningThread.__init__(self, 'MainThread', False)


class _DummyThread(_RunningThread):
    """Stands for a thread that `threading` did not start (a host thread)."""

    def __init__(self):
        _RunningThread.__init__(self, 'Dummy-%d' % _new_thread_number(), True)

    def join(self, timeout=None):
        raise RuntimeError('cannot join a dummy thread')


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds unless
    cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    with _active_lock:
        return list(_active.values()) + list(_limbo.values())


def _shutdown():
    """Waits for every non-daemon thread (the interpreter calls this when
    the main module is done)."""
    while True:
        with _active_lock:
            pending = [t for t in list(_active.values()) + list(_limbo.values())
                       if not t.daemon and t is not _main_thread]
        if not pending:
            return
        for t in pending:
            t._started.wait()
            t._finished.wait()


class local:
    """Attributes that each thread sees its own values of."""

    __slots__ = ('_local__dicts', '_local__args')

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError('Initialization arguments are not supported')
        self = object.__new__(cls)
        # The creating thread's dict exists already: the class call runs
        # __init__ on it next. Other threads run __init__ on first use.
        object.__setattr__(self, '_local__dicts', {get_ident(): {}})
        object.__setattr__(self, '_local__args', (args, kw))
        return self

    def _local__dict(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        me = get_ident()
        d = dicts.get(me)
        if d is None:
            d = {}
            dicts[me] = d
            args, kw = object.__getattribute__(self, '_local__args')
            init = type(self).__init__
            if init is not object.__init__:
                init(self, *args, **kw)
        return d

    def __getattribute__(self, name):
        if name == '__dict__':
            return local._local__dict(self)
        d = local._local__dict(self)
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(self).__name__, name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "'%s' object attribute '__dict__' is read-only"
                % type(self).__name__)
        d = local._local__dict(self)
        cls_attr = getattr(type(self), name, None)
        if hasattr(cls_attr, '__set__'):
            return object.__setattr__(self, name, value)
        d[name] = value

    def __delattr__(self, name):
        d = local._local__dict(self)
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None


_main_thread = _MainThread()
