from functools import total_ordering

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, a <= V(1), a >= V(1), a == V(1))
print(sorted([V(3), V(1), V(2)], reverse=True)[0].v, max(V(5), V(9)).v)

@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v

x, y = G(1), G(2)
print(x < y, x > y, x <= y, x >= y, x <= G(1))

@total_ordering
class L:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __le__(self, o):
        if not isinstance(o, L):
            return NotImplemented
        return self.v <= o.v

print(L(1) < L(2), L(2) > L(1), L(1) >= L(1))
try:
    L(1) < 5
except TypeError as e:
    print("TypeError", e)
print(L.__gt__.__name__)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)
