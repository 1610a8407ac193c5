# sys.exit() exits with status 0 and skips the rest; finally blocks still run.
import sys
print('start')
try:
    sys.exit()
finally:
    print('finally runs during exit')
print('not reached')
sys.exit(9)
