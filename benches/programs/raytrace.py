# A small ray tracer: a Vec class with operator overloading (__add__, __sub__,
# __mul__, __rmul__, __neg__, __matmul__ as dot), spheres and a plane, point
# lights, shadows and one reflection bounce, rendered to an image checksum.

import math

WIDTH = 160
HEIGHT = 120
MAX_DEPTH = 3


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return Vec(self.x * k.x, self.y * k.y, self.z * k.z)
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self @ self)

    def norm(self):
        return self * (1.0 / abs(self))


BLACK = Vec(0.0, 0.0, 0.0)
EPS = 1e-6


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc @ direction
        c = oc @ oc - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        return t if t > EPS else None

    def normal(self, p):
        return (p - self.center).norm()

    def color_at(self, p):
        return self.color


class Plane:
    def __init__(self, point, normal, reflect):
        self.point = point
        self.n = normal.norm()
        self.reflect = reflect

    def intersect(self, origin, direction):
        denom = direction @ self.n
        if abs(denom) < EPS:
            return None
        t = ((self.point - origin) @ self.n) / denom
        return t if t > EPS else None

    def normal(self, p):
        return self.n

    def color_at(self, p):
        check = (int(math.floor(p.x)) + int(math.floor(p.z))) % 2
        return Vec(0.9, 0.9, 0.9) if check else Vec(0.2, 0.2, 0.25)


SCENE = [
    Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
    Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.3), 0.2),
    Sphere(Vec(2.0, 1.5, 7.0), 1.5, Vec(0.3, 0.4, 0.95), 0.5),
    Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.25),
]
LIGHTS = [(Vec(-5.0, 8.0, -2.0), 0.8), (Vec(6.0, 5.0, 1.0), 0.5)]
AMBIENT = 0.1


def nearest(origin, direction):
    best_t, best = None, None
    for obj in SCENE:
        t = obj.intersect(origin, direction)
        if t is not None and (best_t is None or t < best_t):
            best_t, best = t, obj
    return best_t, best


def trace(origin, direction, depth):
    t, obj = nearest(origin, direction)
    if obj is None:
        return Vec(0.5, 0.7, 1.0) * (0.5 + 0.5 * direction.y)
    p = origin + direction * t
    n = obj.normal(p)
    base = obj.color_at(p)
    shade = AMBIENT
    for light_pos, power in LIGHTS:
        to_light = light_pos - p
        dist = abs(to_light)
        ldir = to_light * (1.0 / dist)
        st, blocker = nearest(p + n * EPS, ldir)
        if blocker is not None and st < dist:
            continue
        lam = n @ ldir
        if lam > 0:
            shade += power * lam
        half = (ldir - direction).norm()
        spec = n @ half
        if spec > 0:
            for _ in range(5):  # spec ** 32 by squaring: exact IEEE steps
                spec = spec * spec
            shade += power * 0.5 * spec
    color = base * shade
    if depth < MAX_DEPTH and obj.reflect > 0:
        r = direction - n * (2 * (direction @ n))
        color = color * (1 - obj.reflect) + obj.reflect * trace(p + n * EPS, r.norm(), depth + 1)
    return color


def clamp(c):
    return 0 if c < 0 else (255 if c > 1 else int(c * 255))


def render():
    eye = Vec(0.0, 1.5, -1.0)
    rows = []
    for j in range(HEIGHT):
        row = []
        for i in range(WIDTH):
            x = (i - WIDTH / 2) / HEIGHT
            y = (HEIGHT / 2 - j) / HEIGHT
            d = Vec(x, y, 1.0).norm()
            c = trace(eye, d, 0)
            row.append((clamp(c.x), clamp(c.y), clamp(c.z)))
        rows.append(row)
    return rows


image = render()
checksum = 0
for row in image:
    for r, g, b in row:
        checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 4294967291
print("pixels", WIDTH * HEIGHT)
print("center", image[HEIGHT // 2][WIDTH // 2])
print("checksum", checksum)
