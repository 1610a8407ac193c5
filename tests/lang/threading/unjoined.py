# The program waits for non-daemon threads that were never joined.
import threading
import time

out = []


def late():
    time.sleep(0.05)
    print('late thread done')


threading.Thread(target=late).start()
print('main done')
