# An uncaught exception whose __traceback__ was replaced, with notes:
# stdout up to the failure, then exit status 1 and the last stderr line.
import traceback


def source():
    raise KeyError("from source")


try:
    source()
except KeyError as e:
    tb = e.__traceback__

err = RuntimeError("final")
err.__traceback__ = tb
err.add_note("see the log")
print(len(traceback.format_exception(err)))
print(traceback.format_exception(err)[-1], end="")
raise err
