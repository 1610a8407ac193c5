# Rich comparisons: each dunder, return values passed through, chaining.
class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __ne__(self, o):
        return self.v != o.v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v

    def __gt__(self, o):
        return self.v > o.v

    def __ge__(self, o):
        return self.v >= o.v

    def __repr__(self):
        return f'C({self.v})'


a, b = C(1), C(2)
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == C(1), a <= C(1), a >= C(1))
print(sorted([C(3), C(1), C(2)]), max(C(5), C(9)), min([C(4), C(0)]))
print(C(1) < C(2) < C(3), C(1) < C(3) < C(2))


class Weird:
    def __eq__(self, o):
        return 'not a bool'

    def __lt__(self, o):
        return [1, 2]

    def __gt__(self, o):
        return 0


w = Weird()
print(w == 1, w < 1, w > 1)
print(w == w, 1 == w, w != w)
if w < 1:
    print('truthy comparison result')
print(not (w > 1))


class Counter:
    calls = 0

    def __lt__(self, o):
        Counter.calls += 1
        return True


x, y, z = Counter(), Counter(), Counter()
print(x < y < z, Counter.calls)


class Ordered:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return self.k < other.k


items = [Ordered(k) for k in [5, 2, 8, 1]]
print([o.k for o in sorted(items)], [o.k for o in sorted(items, reverse=True)])
print(max(items, key=lambda o: o.k).k, min(items).k)
