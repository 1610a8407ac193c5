"""Extract, format and print exceptions and their tracebacks.

The API of CPython 3.11's traceback module. Frames are weft's snapshot
`frame` objects (see src/builtins/traceback.rs). The `~~^~~`
marker under a source line comes from the native `_traceback.caret_line`,
which the uncaught-exception printer shares. extract_stack, print_stack,
format_stack and walk_stack() with no frame need sys._getframe, which weft
does not have.
"""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()

# More identical lines in a row than this print as one summary line.
_RECURSIVE_CUTOFF = 3

_cause_message = (
    "\nThe above exception was the direct cause "
    "of the following exception:\n\n")

_context_message = (
    "\nDuring handling of the above exception, "
    "another exception occurred:\n\n")


def _write_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


# ----- stack entries ----------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print a list of FrameSummary objects or (file, line, name, text)
    tuples, as extract_tb() or extract_stack() return them."""
    _write_lines(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    """The lines print_list() would print, one string per entry."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to `limit` entries of traceback `tb` (all if None)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """A StackSummary of the entries of traceback `tb`, outermost first."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ----- exceptions -------------------------------------------------------------

def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(
            f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print an exception, its traceback and (with `chain`) the exceptions
    it was caused by or raised during, to `file` (sys.stderr if None).

    Called with one exception, or as (type, value, traceback)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """The lines print_exception() would print, as a list of strings each
    ending in a newline (some hold several lines)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit,
                            compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of a printed exception: `Type: message` (and, for a
    SyntaxError, where it happened), then its notes."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _is_sequence(obj):
    if isinstance(obj, (list, tuple, str)):
        return True
    import collections.abc
    return isinstance(obj, collections.abc.Sequence)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """print_exception() of the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """The exception being handled, formatted as print_exc() prints it."""
    return "".join(format_exception(*sys.exc_info(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception() of sys.last_value (set by interactive sessions)."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ----- stacks -----------------------------------------------------------------

def _caller_frame():
    # sys._getframe is not in weft: this raises AttributeError there.
    return sys._getframe().f_back.f_back


def print_stack(f=None, limit=None, file=None):
    """Print the stack from frame `f` (the caller's if None) outward."""
    if f is None:
        f = _caller_frame()
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = _caller_frame()
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack at frame `f`, outermost first."""
    if f is None:
        f = _caller_frame()
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    """Clear the frames a traceback refers to."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, line number) from frame `f` along f_back."""
    if f is None:
        f = _caller_frame()
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Yield (frame, line number) for each entry of a traceback, along
    tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) per entry.
    while tb is not None:
        positions = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    wanted = instruction_index // 2
    for index, positions in enumerate(code.co_positions()):
        if index == wanted:
            return positions
    return (None, None, None, None)


class FrameSummary:
    """One stack entry: filename, lineno, name, line (its source text,
    read on first use) and locals (reprs, if captured).

    Compares equal to the tuple (filename, lineno, name, line) and unpacks
    as one."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: _safe_string(v, 'local', func=repr)
                           for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, outermost first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """A StackSummary of (frame, lineno) pairs from `frame_gen`: the
        first `limit` of them, or the last -`limit` when negative
        (sys.tracebacklimit when `limit` is None)."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True,
                                         capture_locals=False):
        # Like extract, over (frame, (lineno, end_lineno, colno,
        # end_colno)) pairs.
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        pairs = []
        if limit is not None and limit >= 0:
            if limit:
                for pair in frame_gen:
                    pairs.append(pair)
                    if len(pairs) >= limit:
                        break
        else:
            pairs = list(frame_gen)
            if limit is not None:
                pairs = pairs[limit:]
        result = klass()
        filenames = set()
        for f, (lineno, end_lineno, colno, end_colno) in pairs:
            code = f.f_code
            filename = code.co_filename
            filenames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, code.co_name, lookup_line=False,
                locals=f_locals, end_lineno=end_lineno, colno=colno,
                end_colno=end_colno))
        for filename in filenames:
            linecache.checkcache(filename)
        if lookup_lines:
            for entry in result:
                entry.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or 4-tuples."""
        result = klass()
        for entry in a_list:
            if isinstance(entry, FrameSummary):
                result.append(entry)
            else:
                filename, lineno, name, line = entry
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text printed for one entry: its File line, its source line
        and any captured locals."""
        parts = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            parts.append('    {}\n'.format(line.strip()))
            if (frame_summary.colno is not None
                    and frame_summary.end_colno is not None):
                carets = _traceback.caret_line(
                    frame_summary._original_line, frame_summary.lineno,
                    frame_summary.end_lineno, frame_summary.colno,
                    frame_summary.end_colno)
                if carets:
                    parts.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                parts.append('    {} = {}\n'.format(name, value))
        return ''.join(parts)

    def format(self):
        """One string per entry; a run of more than three identical
        entries (same file, line and function) prints its first three and
        then how many more there were."""
        result = []
        last = None
        count = 0
        for entry in self:
            text = self.format_frame_summary(entry)
            if text is None:
                continue
            key = (entry.filename, entry.lineno, entry.name)
            if last is None or key != last:
                _note_repeats(result, count)
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        _note_repeats(result, count)
        return result


def _note_repeats(result, count):
    if count > _RECURSIVE_CUTOFF:
        more = count - _RECURSIVE_CUTOFF
        result.append('  [Previous line repeated {} more time{}]\n'.format(
            more, 's' if more > 1 else ''))


class TracebackException:
    """An exception ready to be formatted: its type, its str, its stack as
    a StackSummary, and the TracebackExceptions of its __cause__ and
    __context__."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = (str(end_lineno) if end_lineno is not None
                               else None)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        self.exceptions = None
        self.__cause__ = None
        self.__context__ = None
        if not top:
            return
        # The chain is walked breadth first from the top exception, each
        # exception seen once, so a cyclic chain ends.
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth)
        queue = [(self, exc_value)]
        while queue:
            te, value = queue.pop()
            if value is None:
                continue
            cause = value.__cause__
            if cause is not None and id(cause) not in _seen:
                te.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, _seen=_seen,
                    **options)
            if compact:
                need_context = (te.__cause__ is None and
                                not value.__suppress_context__)
            else:
                need_context = True
            context = value.__context__
            if need_context and context is not None and id(context) not in _seen:
                te.__context__ = TracebackException(
                    type(context), context, context.__traceback__,
                    _seen=_seen, **options)
            if te.__cause__ is not None:
                queue.append((te.__cause__, cause))
            if te.__context__ is not None:
                queue.append((te.__context__, context))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of `exc` and its own traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for entry in self.stack:
            entry.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The `Type: message` lines (a SyntaxError also shows where), then
        the notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(stype)
        else:
            yield _format_final_exc_line(stype, self._str)
        notes = self.__notes__
        if notes is not None and _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                for part in note.split('\n'):
                    yield part + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            line = text.rstrip('\n')
            stripped = line.lstrip(' \n\f')
            indent = len(line) - len(stripped)
            yield '    {}\n'.format(stripped)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset
                if end is None or end == 0:
                    end = start
                if end == start or end == -1:
                    end = start + 1
                col = start - 1 - indent
                end_col = end - 1 - indent
                if col >= 0:
                    pad = ''.join(c if c.isspace() else ' '
                                  for c in stripped[:col])
                    yield '    {}{}\n'.format(pad, '^' * (end_col - col))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the printed exception, oldest chained exception
        first, each string ending in a newline."""
        links = []
        te = self
        while te is not None:
            if not chain:
                links.append((None, te))
                break
            if te.__cause__ is not None:
                message, nxt = _cause_message, te.__cause__
            elif te.__context__ is not None and not te.__suppress_context__:
                message, nxt = _context_message, te.__context__
            else:
                message, nxt = None, None
            links.append((message, te))
            te = nxt
        for message, te in reversed(links):
            if message is not None:
                yield message
            if te.stack:
                yield 'Traceback (most recent call last):\n'
                yield from te.stack.format()
            yield from te.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print format()'s lines to `file` (sys.stderr if None)."""
        _write_lines(self.format(chain=chain), file)
