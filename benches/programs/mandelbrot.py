# Mandelbrot set in pure floats: escape-time iteration over a grid of points,
# with separate real/imaginary float variables (no complex type), folded into
# row checksums. Exercises tight float loops and comparisons.

WIDTH = 240
HEIGHT = 180
MAX_ITER = 500


def escape(cr, ci, limit):
    zr = zi = 0.0
    for n in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(width, height, limit):
    rows = []
    for y in range(height):
        ci = -1.2 + 2.4 * y / height
        row = []
        for x in range(width):
            cr = -2.1 + 3.0 * x / width
            row.append(escape(cr, ci, limit))
        rows.append(row)
    return rows


rows = render(WIDTH, HEIGHT, MAX_ITER)
inside = sum(1 for row in rows for n in row if n == MAX_ITER)
total = sum(sum(row) for row in rows)
checksum = 0
for row in rows:
    for n in row:
        checksum = (checksum * 33 + n) % 4294967291
print("inside", inside, "iterations", total)
art = " .:-=+*#%@"
for row in rows[::15]:
    print("".join(art[min(n // 2, len(art) - 1)] for n in row[::4]))
print("checksum", checksum)
