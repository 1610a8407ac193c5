def count_up(n):
    i = 0
    while i < n:
        received = yield i
        if received is not None:
            i = received
        i += 1
    return "done"


def delegate(it):
    result = yield from it
    yield result


squares = (x * x for x in range(10) if x % 2)
