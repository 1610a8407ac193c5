# __slots__ attributes at warm load and store sites.

class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, o):
        return self.x * o.x + self.y * o.y


class W(V):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        V.__init__(self, x, y)
        self.z = z


def run(vs):
    t = 0
    for v in vs:
        t += v.dot(v)
        v.x = v.x + 1
    return t


vs = [V(1, 2), W(3, 4, 5)] * 30
for _ in range(30):
    r = run(vs)
print(r)
v = V(0, 0)
del v.x
try:
    v.dot(v)
except AttributeError as e:
    print("AttributeError", e)
try:
    v.w = 1
except AttributeError as e:
    print("AttributeError", e)
print(W(1, 1, 1).z)
V.x = property(lambda self: 100)
try:
    print(run(vs))
except AttributeError as e:
    print("AttributeError", e)
