# N-queens by yield-based backtracking: a recursive generator extends partial
# placements one row at a time and `yield from`s the deeper solutions.
# Exercises generators, yield from, sets, all() and generator expressions.

N = 9
ROUNDS = 8


def safe(cols, col):
    row = len(cols)
    return all(c != col and abs(c - col) != row - r for r, c in enumerate(cols))


def place(n, cols):
    if len(cols) == n:
        yield tuple(cols)
        return
    for col in range(n):
        if safe(cols, col):
            cols.append(col)
            yield from place(n, cols)
            cols.pop()


def place_sets(n, row, cols, diag1, diag2):
    # A second solver using sets of attacked columns and diagonals.
    if row == n:
        yield 1
        return
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        yield from place_sets(n, row + 1, cols, diag1, diag2)
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


total = 0
checksum = 0
for _ in range(ROUNDS):
    solutions = list(place(N, []))
    total += len(solutions)
    for k, sol in enumerate(solutions):
        checksum = (checksum * 31 + sum(i * c for i, c in enumerate(sol)) + k) % 1000000007
    counted = sum(place_sets(N, 0, set(), set(), set()))
    assert counted == len(solutions)
print("solutions", len(solutions))
print("first", solutions[0], "last", solutions[-1])
print("checksum", total, checksum)
