# Many small float objects: build Point instances from trigonometry, normalize
# each one in place and fold them into a running maximum.
# Exercises object allocation, attribute stores/loads, math.sin/cos/sqrt, floats.

from math import cos, sin, sqrt

POINTS = 200000
ROUNDS = 3


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        x, y, z = self.x, self.y, self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    best = points[0]
    for p in points[1:]:
        best.maximize(p)
    return best


def run(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    return maximize(points)


total = 0.0
for r in range(ROUNDS):
    best = run(POINTS + r)
    total += best.x + best.y + best.z
print(best)
print(f"checksum {total:.9f}")
