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
