# walk_tb yields (frame, lineno) pairs; frames carry f_code, f_globals,
# f_lineno; a module-level frame's f_locals is its globals.
import traceback

VALUE = "module global"


def work(n):
    if n == 0:
        raise ArithmeticError("zero")
    return work(n - 1)


try:
    work(3)
except ArithmeticError as e:
    pairs = list(traceback.walk_tb(e.__traceback__))
    print(len(pairs))
    for frame, lineno in pairs:
        print(frame.f_code.co_name, lineno,
              frame.f_globals is globals(), frame.f_globals["VALUE"])
    # Frames that have finished stopped at their traceback line.
    print([frame.f_lineno == lineno for frame, lineno in pairs[1:]])
    top = pairs[0][0]
    print(top.f_locals is globals(), type(top).__name__)
    print(isinstance(top.f_lasti, int), type(top.f_code).__name__)
    print(top.f_builtins["len"] is len)
    print(list(traceback.walk_tb(None)))
    traceback.clear_frames(e.__traceback__)
    print("cleared")
