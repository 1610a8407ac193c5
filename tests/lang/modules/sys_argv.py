# sys.argv, version_info comparisons, recursion limit, stdout.write.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith('sys_argv.py'))
print(sys.version_info >= (3, 0), sys.version_info[0] >= 3, sys.version_info > (2, 7))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
n = sys.stdout.write('written directly\n')
print(n)
n = sys.stdout.write('é中\n')
print(n)
sys.stderr.write('to stderr\n')
print(sys.stdout.write(''))
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError:', e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print('ValueError:', e)
print(sys.__name__, type(sys.stdout.write).__name__ in ('builtin_function_or_method', 'method'))
