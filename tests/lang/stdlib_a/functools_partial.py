from functools import partial

p = partial(int, base=2)
print(p("1010"), p("11", base=10))
print(p.func is int, p.args, p.keywords)
print(repr(p))
q = partial(max, 5, 7)
print(q(6), q(10, 1), q.args, repr(q))
r = partial(q, 9)
print(r.func is max, r.args, r(), repr(r))

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

g = partial(f, 1, d=4)
print(g(2), g(2, 3), g(2, d=5))
h = partial(g, 7, c=8)
print(h(), h.args, sorted(h.keywords.items()))
print(partial(f)(1, 2))
print(callable(g))
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)
try:
    g()
except TypeError as e:
    print("TypeError", e)

class MyPartial(partial):
    pass

mp = MyPartial(int, "10")
print(mp(), repr(mp), type(mp).__name__)
p.attr = 3
print(p.attr)
