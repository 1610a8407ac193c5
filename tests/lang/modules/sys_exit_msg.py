# sys.exit("msg") prints msg to stderr and exits with status 1.
import sys
print('about to exit with a message')
sys.exit('fatal: something went wrong')
# Nothing below runs.
print('not reached')
sys.exit(2)
