def counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def outer(x):
    class Inner:
        y = x
        x = 2

        def get(self):
            return x

    return Inner


def make_adders(n):
    return [lambda v, i=i: v + i for i in range(n)]


def shadow(a):
    def g():
        global a
        return a

    return g
