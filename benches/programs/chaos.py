# Chaos-game fractal: repeatedly jump a point part way toward a randomly chosen
# vertex of a polygon (seeded `random`), rasterize hits into a grid and
# checksum it. Exercises random.random/randrange/choice, floats, list indexing.

import random

ITERATIONS = 400000
SIZE = 128


class Transform:
    def __init__(self, tx, ty, ratio):
        self.tx, self.ty, self.ratio = tx, ty, ratio

    def apply(self, x, y):
        r = self.ratio
        return x + (self.tx - x) * r, y + (self.ty - y) * r


def polygon(n):
    # Vertices of a regular-ish polygon, jittered by the seeded generator.
    pts = []
    for k in range(n):
        pts.append((0.5 + 0.45 * random.uniform(-1.0, 1.0), 0.5 + 0.45 * random.uniform(-1.0, 1.0)))
    pts.sort()
    return pts


def chaos(transforms, iterations, size):
    grid = [[0] * size for _ in range(size)]
    x, y = random.random(), random.random()
    for i in range(iterations):
        t = random.choice(transforms)
        x, y = t.apply(x, y)
        if random.random() < 0.01:
            # occasional small random kick, kept inside the unit square
            x = min(max(x + (random.random() - 0.5) * 0.01, 0.0), 0.999999)
        if i > 20:
            row = grid[int(y * size)]
            row[int(x * size)] += 1
    return grid


random.seed(42)
shapes = [
    [Transform(px, py, 0.5) for px, py in polygon(3)],
    [Transform(px, py, 0.62) for px, py in polygon(5)],
    [Transform(px, py, 2.0 / 3.0) for px, py in polygon(4)] + [Transform(0.5, 0.5, 2.0 / 3.0)],
]
checksum = 0
for shape in shapes:
    grid = chaos(shape, ITERATIONS, SIZE)
    filled = sum(1 for row in grid for c in row if c)
    peak = max(max(row) for row in grid)
    for j, row in enumerate(grid):
        for i, c in enumerate(row):
            if c:
                checksum = (checksum * 131 + (i * SIZE + j) * c) % 2147483647
    print("filled", filled, "peak", peak)
print("checksum", checksum)
