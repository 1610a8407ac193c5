# sys.exit(3) exits with status 3; output before it must appear.
import sys
print('before exit')
try:
    sys.exit(7)
except SystemExit as e:
    print('caught SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('caught bare exit', e.code)
print('exiting with 3')
sys.exit(3)
print('not reached')
