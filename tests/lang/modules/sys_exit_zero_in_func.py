# SystemExit raised deep in calls; exit code 0 via sys.exit(0), False via exit(False).
import sys
def deep(n):
    if n == 0:
        sys.exit(0)
    deep(n - 1)
print('calling deep')
try:
    deep(5)
except SystemExit as e:
    print('code', e.code, type(e.code).__name__)
try:
    raise SystemExit
except SystemExit as e:
    print('bare SystemExit code', e.code)
sys.exit(False)
