"""In-memory streams (weft): StringIO and BytesIO.

Writes at the end of the stream are gathered in a list of pieces and
joined only when something reads the whole buffer, so building a string
with many write() calls stays linear."""

__all__ = ['StringIO', 'BytesIO', 'UnsupportedOperation', 'SEEK_SET',
           'SEEK_CUR', 'SEEK_END']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


# CPython's UnsupportedOperation also derives from ValueError; weft cannot
# combine two builtin exception bases yet.
class UnsupportedOperation(OSError):
    pass


UnsupportedOperation.__module__ = 'io'


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, closing."""

    _empty = ''

    def _init(self, initial):
        self._buf = initial
        self._pieces = None
        self._pos = 0
        self._closed = False

    def _value(self):
        pieces = self._pieces
        if pieces is not None:
            self._buf = self._empty.join(pieces)
            self._pieces = None
        return self._buf

    _closed_message = 'I/O operation on closed file.'

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check_open()
        return self._pos

    def _write(self, s):
        n = len(s)
        if not n:
            return 0
        pos = self._pos
        if self._pieces is not None and pos == self._size:
            self._pieces.append(s)
        else:
            buf = self._value()
            size = len(buf)
            if pos == size:
                self._pieces = [buf, s]
            elif pos > size:
                self._pieces = [buf, self._pad * (pos - size), s]
            else:
                self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        if self._pos > self._size:
            self._size = self._pos
        return n

    def _size_arg(self, size):
        if size is None:
            return -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '%s'"
                            % (type(size).__name__,))
        return size

    def read(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return self._empty
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check_open()
        size = self._size_arg(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return self._empty
        end = buf.find(self._newline, pos)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        self._check_open()
        hint = self._size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % (type(size).__name__,))
        if size < 0:
            raise ValueError('Negative size value %d' % (size,))
        buf = self._value()
        if size < len(buf):
            self._buf = buf[:size]
            self._size = size
        return size


class StringIO(_Memory):
    """Text I/O implementation using an in-memory buffer."""

    _empty = ''
    _pad = '\0'
    _newline = '\n'
    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s'
                            % (type(newline).__name__,))
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % (type(initial_value).__name__,))
        self._translate = newline is None
        self._write_nl = newline if newline not in (None, '') else None
        self._init('')
        self._size = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r'
                            % (type(s).__name__,))
        if self._translate:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._write_nl is not None and self._write_nl != '\n':
            s = s.replace('\n', self._write_nl)
        return self._write(s)

    def getvalue(self):
        self._check_open()
        return self._value()

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % (type(pos).__name__,))
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % (pos,))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                # CPython's StringIO says "cur" here too.
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)'
                             % (whence,))
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def detach(self):
        raise UnsupportedOperation('detach')


StringIO.__module__ = '_io'


class BytesIO(_Memory):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    _empty = b''
    _pad = b'\0'
    _newline = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._init(b'')
        self._size = 0
        if initial_bytes:
            self._write(self._bytes_arg(initial_bytes))
            self._pos = 0

    def _bytes_arg(self, b):
        if isinstance(b, bytes):
            return b
        if isinstance(b, bytearray):
            return bytes(b)
        raise TypeError("a bytes-like object is required, not '%s'"
                        % (type(b).__name__,))

    def write(self, b):
        self._check_open()
        return self._write(self._bytes_arg(b))

    def getvalue(self):
        self._check_open()
        return self._value()

    def getbuffer(self):
        self._check_open()
        return bytearray(self._value())

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % (type(pos).__name__,))
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % (pos,))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._value()) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)'
                             % (whence,))
        return self._pos


BytesIO.__module__ = '_io'


# ----- files (`open`) over the native `_fileio` handles ----------------------

import _fileio

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

def _check(result, path=None):
    # An error comes back as (errno, message); OSError picks the subclass
    # for the errno (FileNotFoundError, ...) itself.
    if type(result) is tuple:
        errno, msg = result
        if path is None:
            raise OSError(errno, msg)
        raise OSError(errno, msg, path)
    return result


class _FileBase:
    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    def _checkClosed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        return list(self)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def readable(self):
        return self._readable

    def writable(self):
        return self._writable

    def flush(self):
        self._checkClosed()


class BufferedFile(_FileBase):
    """A binary file (`open(path, 'rb')`, `'wb'`, ...)."""

    def __init__(self, name, mode):
        self.name = name
        self.mode = mode
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode
        self._h = _check(_fileio.open(name, mode.replace("b", "")), name)
        self._pending = b""
        self.closed = False

    def read(self, size=-1):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("read")
        if size is None:
            size = -1
        if self._pending:
            if size < 0:
                data = self._pending + _check(_fileio.read(self._h, -1))
                self._pending = b""
                return data
            data = self._pending[:size]
            self._pending = self._pending[size:]
            if len(data) < size:
                data += _check(_fileio.read(self._h, size - len(data)))
            return data
        return _check(_fileio.read(self._h, size))

    def readline(self, size=-1):
        self._checkClosed()
        out = b""
        while True:
            if not self._pending:
                self._pending = _check(_fileio.read(self._h, 8192))
                if not self._pending:
                    return out
            i = self._pending.find(b"\n")
            if i >= 0:
                out += self._pending[: i + 1]
                self._pending = self._pending[i + 1:]
                return out
            out += self._pending
            self._pending = b""

    def write(self, data):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("write")
        if isinstance(data, bytearray):
            data = bytes(data)
        if not isinstance(data, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        return _check(_fileio.write(self._h, data))

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence == 1 and self._pending:
            pos -= len(self._pending)
        self._pending = b""
        return _check(_fileio.seek(self._h, pos, whence))

    def tell(self):
        self._checkClosed()
        return _check(_fileio.seek(self._h, 0, 1)) - len(self._pending)

    def close(self):
        if not self.closed:
            self.closed = True
            _fileio.close(self._h)

    def __repr__(self):
        return "<_io.BufferedFile name=%r>" % (self.name,)


class TextIOWrapper(_FileBase):
    """A text file: str in and out, encoded with `encoding`; universal
    newlines on reading unless `newline` says otherwise."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        self.buffer = buffer
        self.encoding = encoding or "utf-8"
        self.errors = errors or "strict"
        self._newline = newline
        self.name = buffer.name
        self.mode = buffer.mode.replace("b", "")
        self._readable = buffer._readable
        self._writable = buffer._writable
        self._decoded = ""

    @property
    def closed(self):
        return self.buffer.closed

    def _translate(self, text):
        if self._newline is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("not readable")
        text = self._decoded + self._translate(
            self.buffer.read().decode(self.encoding, self.errors))
        self._decoded = ""
        if size is None or size < 0:
            return text
        self._decoded = text[size:]
        return text[:size]

    def readline(self, size=-1):
        self._checkClosed()
        if not self._decoded:
            raw = self.buffer.read()
            self._decoded = self._translate(raw.decode(self.encoding, self.errors))
        i = self._decoded.find("\n")
        if i < 0:
            line, self._decoded = self._decoded, ""
        else:
            line, self._decoded = self._decoded[: i + 1], self._decoded[i + 1:]
        return line

    def write(self, s):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("not writable")
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def seek(self, pos, whence=0):
        self._decoded = ""
        return self.buffer.seek(pos, whence)

    def tell(self):
        return self.buffer.tell()

    def close(self):
        self.buffer.close()

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name, self.mode, self.encoding)


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(file, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if any(c not in "rwaxbt+" for c in mode) or len(set(mode)) != len(mode):
        raise ValueError("invalid mode: '%s'" % mode)
    if len([c for c in mode if c in "rwax"]) != 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if "b" in mode and "t" in mode:
        raise ValueError("can't have text and binary mode at once")
    if "b" in mode:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
        return BufferedFile(file, mode)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % (newline,))
    raw = BufferedFile(file, mode.replace("t", "") + "b")
    return TextIOWrapper(raw, encoding, errors, newline)
