import sys
import io

old = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print('captured', 1)
print('second line')
sys.stdout = old
print(repr(buf.getvalue()))
lines = buf.getvalue().splitlines()
print(lines)
err = io.StringIO()
print('to err', file=err)
print(err.getvalue().strip())
print(isinstance(io.StringIO(), io.StringIO), io.StringIO.__name__, io.BytesIO.__name__)
