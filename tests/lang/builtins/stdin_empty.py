# sys.stdin at end of input (the harness gives an empty stdin).
import sys

print(sys.stdin.name, sys.stdin.mode, sys.stdin.readable(), sys.stdin.writable())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
print(list(sys.stdin))
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    sys.stdin.write('x')
except OSError as e:
    print(type(e).__name__)
try:
    sys.stdout.readline()
except OSError as e:
    print(type(e).__name__)
print(sys.stdin.fileno(), sys.stdout.readable(), sys.stderr.writable())
