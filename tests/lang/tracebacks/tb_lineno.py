# tb_lineno is the line that was running in each frame, also inside
# multi-line statements, loops and nested blocks; f_lineno of a finished
# frame is where it stopped; tb_lasti is an int.
def lines_of(exc):
    out = []
    tb = exc.__traceback__
    while tb:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def in_loop(items):
    total = 0
    for x in items:
        if x < 0:
            raise ValueError(x)
        total += x
    return total


def nested_blocks(flag):
    if flag:
        while True:
            try:
                pass
            finally:
                raise RuntimeError("from finally")


def multi_line_call(a,
                    b):
    raise TypeError(a, b)


try:
    in_loop([1, 2, -3])
except ValueError as e:
    print(lines_of(e))

try:
    nested_blocks(True)
except RuntimeError as e:
    print(lines_of(e))

try:
    multi_line_call(
        1,
        2,
    )
except TypeError as e:
    print(lines_of(e))
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_lineno, tb.tb_lineno, isinstance(tb.tb_lasti, int))

try:
    int("not a number")
except ValueError as e:
    print(lines_of(e), e.__traceback__.tb_next)

try:
    [].pop()
except IndexError as e:
    print(lines_of(e))
