# Sudoku solver: candidate bitmasks per cell, constraint propagation (naked
# singles and hidden singles over units) plus depth-first search on the cell
# with the fewest candidates. Puzzles are generated from an LCG-shuffled grid.

PUZZLES = 320
BLANKS = 58

ALL = 0x3FF & ~1  # bits 1..9
ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)]
         for br in range(3) for bc in range(3)]
UNITS = [[u for u in ROWS + COLS + BOXES if s in u] for s in range(81)]
PEERS = [sorted({p for u in UNITS[s] for p in u} - {s}) for s in range(81)]
BIT_COUNT = [bin(m).count("1") for m in range(1024)]
SINGLE = {1 << d: d for d in range(1, 10)}


class Contradiction(Exception):
    pass


def eliminate(cells, s, bit):
    if not cells[s] & bit:
        return
    cells[s] &= ~bit
    rest = cells[s]
    if rest == 0:
        raise Contradiction
    if rest in SINGLE:
        for p in PEERS[s]:
            eliminate(cells, p, rest)
    for unit in UNITS[s]:
        places = [q for q in unit if cells[q] & bit]
        if not places:
            raise Contradiction
        if len(places) == 1:
            assign(cells, places[0], bit)


def assign(cells, s, bit):
    others = cells[s] & ~bit
    d = 1
    while others:
        b = 1 << d
        if others & b:
            eliminate(cells, s, b)
            others &= ~b
        d += 1


def search(cells, stats):
    best, best_n = -1, 10
    for s in range(81):
        n = BIT_COUNT[cells[s]]
        if 1 < n < best_n:
            best, best_n = s, n
    if best < 0:
        return cells
    for d in range(1, 10):
        bit = 1 << d
        if cells[best] & bit:
            stats[0] += 1
            trial = cells[:]
            try:
                assign(trial, best, bit)
            except Contradiction:
                continue
            result = search(trial, stats)
            if result is not None:
                return result
    return None


def solve(text, stats):
    cells = [ALL] * 81
    for s, ch in enumerate(text):
        if ch in "123456789":
            assign(cells, s, 1 << int(ch))
    result = search(cells, stats)
    return "".join(str(SINGLE[m]) for m in result)


def make_puzzle(seed):
    state = seed

    def rand(n):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) % n

    def shuffled(items):
        items = list(items)
        for i in range(len(items) - 1, 0, -1):
            j = rand(i + 1)
            items[i], items[j] = items[j], items[i]
        return items

    digits = shuffled(range(1, 10))
    bands = shuffled(range(3))
    rows = [b * 3 + r for b in bands for r in shuffled(range(3))]
    stacks = shuffled(range(3))
    cols = [b * 3 + c for b in stacks for c in shuffled(range(3))]
    grid = [digits[(r * 3 + r // 3 + c) % 9] for r in rows for c in cols]
    for s in shuffled(range(81))[:BLANKS]:
        grid[s] = 0
    return "".join(str(v) if v else "." for v in grid)


def valid(solution):
    return all(sorted(solution[s] for s in unit) == list("123456789") for unit in ROWS + COLS + BOXES)


checksum = 0
stats = [0]
for k in range(PUZZLES):
    puzzle = make_puzzle(1000 + 17 * k)
    solution = solve(puzzle, stats)
    assert valid(solution), "invalid solution"
    assert all(p in (".", q) for p, q in zip(puzzle, solution)), "clue changed"
    checksum = (checksum * 1009 + int(solution[:18])) % 1000000007
print("puzzle", puzzle)
print("answer", solution)
print("guesses", stats[0], "checksum", checksum)
