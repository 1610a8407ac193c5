# An exception in a thread is reported on stderr (not compared) and does not
# stop the program; threading.excepthook can be replaced.
import threading


def boom():
    raise ValueError('boom')


t = threading.Thread(target=boom)
t.start()
t.join()
print('main continues', t.is_alive())
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=boom, name='custom')
t.start()
t.join()
print(caught)


def exits():
    raise SystemExit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print('SystemExit in a thread is silent', caught[1:])
