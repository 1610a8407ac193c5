# Monte-Carlo Go on a 7x7 board: flat Monte-Carlo move selection from random
# playouts (seeded `random`), with captures, suicide and simple-ko rules and
# area scoring. Exercises lists, sets, flood fill, while loops and random.

import random

SIZE = 7
PLAYOUTS = 4
MOVES = 5
KOMI = 4.5
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
W = SIZE + 2


class Board:
    def __init__(self):
        self.cells = [EDGE] * (W * W)
        for r in range(1, SIZE + 1):
            for c in range(1, SIZE + 1):
                self.cells[r * W + c] = EMPTY
        self.ko = -1
        self.to_move = BLACK
        self.passes = 0

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.ko, b.to_move, b.passes = self.ko, self.to_move, self.passes
        return b

    def group(self, pos):
        # Returns the stones of the group at pos, or None as soon as it has a liberty.
        color = self.cells[pos]
        cells = self.cells
        stones, todo = {pos}, [pos]
        while todo:
            p = todo.pop()
            for n in (p - 1, p + 1, p - W, p + W):
                v = cells[n]
                if v == EMPTY:
                    return None
                if v == color and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones

    def is_eye(self, pos, color):
        cells = self.cells
        return all(cells[n] in (color, EDGE) for n in (pos - 1, pos + 1, pos - W, pos + W))

    def legal(self, pos):
        if self.cells[pos] != EMPTY or pos == self.ko:
            return False
        trial = self.copy()
        return trial.play(pos)

    def play(self, pos):
        # Plays for the side to move; returns False (and leaves garbage) if suicide.
        color = self.to_move
        other = BLACK + WHITE - color
        cells = self.cells
        cells[pos] = color
        captured = []
        for n in (pos - 1, pos + 1, pos - W, pos + W):
            if cells[n] == other:
                stones = self.group(n)
                if stones is not None:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        if self.group(pos) is not None:
            return False
        self.ko = captured[0] if len(captured) == 1 else -1
        self.to_move = other
        self.passes = 0
        return True

    def pass_move(self):
        self.to_move = BLACK + WHITE - self.to_move
        self.passes += 1
        self.ko = -1

    def empties(self):
        return [p for p, v in enumerate(self.cells) if v == EMPTY]

    def score(self):
        # Area score from black's point of view.
        cells = self.cells
        total = -KOMI
        for p, v in enumerate(cells):
            if v == BLACK:
                total += 1
            elif v == WHITE:
                total -= 1
            elif v == EMPTY:
                around = {cells[n] for n in (p - 1, p + 1, p - W, p + W)} - {EDGE, EMPTY}
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total


def playout(board):
    moves = 0
    while board.passes < 2 and moves < SIZE * SIZE * 3:
        color = board.to_move
        candidates = board.empties()
        while candidates:
            i = random.randrange(len(candidates))
            pos = candidates[i]
            candidates[i] = candidates[-1]
            candidates.pop()
            if pos == board.ko or board.is_eye(pos, color):
                continue
            trial = board.copy()
            if trial.play(pos):
                board.cells, board.ko = trial.cells, trial.ko
                board.to_move, board.passes = trial.to_move, 0
                break
        else:
            board.pass_move()
        moves += 1
    return board.score()


def best_move(board):
    color = board.to_move
    best, best_rate = None, -1.0
    for pos in board.empties():
        if board.is_eye(pos, color) or not board.legal(pos):
            continue
        wins = 0
        for _ in range(PLAYOUTS):
            b = board.copy()
            b.play(pos)
            s = playout(b)
            if (s > 0) == (color == BLACK):
                wins += 1
        rate = wins / PLAYOUTS
        if rate > best_rate:
            best, best_rate = pos, rate
    return best, best_rate


def show(board):
    chars = ".XO#"
    for r in range(1, SIZE + 1):
        print("".join(chars[board.cells[r * W + c]] for c in range(1, SIZE + 1)))


random.seed(42)
board = Board()
history = []
for _ in range(MOVES):
    pos, rate = best_move(board)
    if pos is None:
        board.pass_move()
        history.append("pass")
    else:
        board.play(pos)
        history.append(f"{'ABCDEFGHJ'[pos % W - 1]}{pos // W}:{int(rate * 100)}")
show(board)
print(" ".join(history))
print("score", board.score())
