# One-way incremental constraint solver in the style of DeltaBlue: variables,
# stay/edit/equality/scale constraints with strengths, walkabout strengths,
# plan extraction and execution; runs a chain test and a projection test.

ROUNDS = 40
SIZE = 500

REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NONE, FORWARD, BACKWARD = 0, 1, 2


class Var:
    def __init__(self, value=0):
        self.value, self.constraints = value, []
        self.determined_by, self.walk, self.stay, self.mark = None, WEAKEST, True, 0


class Constraint:
    is_input = False

    def __init__(self, strength, *variables):
        self.strength, self.vars = strength, variables
        self.direction, self.ins, self.out = NONE, (), variables[0]
        for v in variables:
            v.constraints.append(self)
        SOLVER.add(self)

    def detach(self):
        for v in self.vars:
            v.constraints.remove(self)
        self.direction = NONE

    def satisfy(self, mark):
        self.choose(mark)
        if self.direction == NONE:
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        for v in self.ins:
            v.mark = mark
        out = self.out
        overridden = out.determined_by
        if overridden is not None:
            overridden.direction = NONE
        out.determined_by = self
        if not SOLVER.propagate(self, mark):
            raise RuntimeError("cycle")
        out.mark = mark
        return overridden

    def recalculate(self):
        ins, out = self.ins, self.out
        out.walk = max(self.strength, ins[0].walk) if ins else self.strength
        out.stay = not self.is_input and all(v.stay for v in ins)
        if out.stay:
            self.execute()

    def execute(self):
        pass


class Stay(Constraint):
    def choose(self, mark):
        out = self.out
        self.direction = FORWARD if out.mark != mark and self.strength < out.walk else NONE


class Edit(Stay):
    is_input = True


class Equal(Constraint):
    def choose(self, mark):
        a, b, s = self.vars[0], self.vars[1], self.strength
        if a.mark == mark:
            d = FORWARD if b.mark != mark and s < b.walk else NONE
        elif b.mark == mark:
            d = BACKWARD if s < a.walk else NONE
        elif a.walk > b.walk:
            d = BACKWARD if s < a.walk else NONE
        else:
            d = FORWARD if s < b.walk else NONE
        self.direction = d
        if d != NONE:
            src, self.out = (a, b) if d == FORWARD else (b, a)
            self.ins = (src,) + self.vars[2:]

    def execute(self):
        self.out.value = self.ins[0].value


class Scale(Equal):
    # vars: (src, dst, scale, offset); dst = src * scale + offset
    def execute(self):
        src, dst, scale, offset = self.vars
        if self.direction == FORWARD:
            dst.value = src.value * scale.value + offset.value
        else:
            src.value = (dst.value - offset.value) // scale.value


class Solver:
    mark = 0

    def add(self, c):
        self.mark += 1
        mark = self.mark
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def remove(self, c):
        c.detach()
        for u in sorted(self.unpropagate(c.out), key=lambda u: u.strength):
            self.add(u)  # strongest first

    def propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.out.mark == mark:
                self.remove(c)
                return False
            d.recalculate()
            todo.extend(consumers(d.out))
        return True

    def unpropagate(self, out):
        out.determined_by, out.walk, out.stay = None, WEAKEST, True
        lost, todo = [], [out]
        while todo:
            v = todo.pop()
            lost.extend(c for c in v.constraints if c.direction == NONE)
            for c in consumers(v):
                c.recalculate()
                todo.append(c.out)
        return lost

    def plan(self, sources):
        self.mark += 1
        mark, plan, todo = self.mark, [], list(sources)
        while todo:
            c = todo.pop(0)
            known = all(v.mark == mark or v.stay or v.determined_by is None for v in c.ins)
            if c.out.mark != mark and known:
                plan.append(c)
                c.out.mark = mark
                todo.extend(consumers(c.out))
        return plan


def consumers(v):
    return [c for c in v.constraints if c is not v.determined_by and c.direction != NONE]


def change(var, value, times=10):
    # Edits var to each value in turn through a freshly extracted plan.
    edit = Edit(PREFERRED, var)
    plan = SOLVER.plan([edit])
    for v in [value] * times if isinstance(value, int) else value:
        var.value = v
        for c in plan:
            c.execute()
    assert edit.direction != NONE, "edit not satisfied"
    SOLVER.remove(edit)
    return len(plan)


def chain_test(n):
    vs = [Var() for i in range(n + 1)]
    for a, b in zip(vs, vs[1:]):
        Equal(REQUIRED, a, b)
    Stay(STRONG_DEFAULT, vs[-1])
    plan_size = change(vs[0], range(100))
    assert vs[-1].value == 99, "chain failed"
    return plan_size + sum(v.value for v in vs)


def projection_test(n):
    scale, offset = Var(10), Var(1000)
    srcs, dsts = [Var(i) for i in range(n)], [Var(i) for i in range(n)]
    for src, dst in zip(srcs, dsts):
        Stay(NORMAL, src)
        Scale(REQUIRED, src, dst, scale, offset)
    change(srcs[0], 17)
    change(dsts[0], 1050)
    assert srcs[0].value == 5 and dsts[1].value == 1010, "projection 1 failed"
    change(scale, 5)
    assert all(dsts[i].value == i * 5 + 1000 for i in range(1, n)), "projection 2 failed"
    change(offset, 2000)
    assert all(dsts[i].value == i * 5 + 2000 for i in range(1, n)), "projection 3 failed"
    return sum(d.value for d in dsts) + sum(s.value for s in srcs)


checksum = 0
for r in range(ROUNDS):
    SOLVER = Solver()
    checksum += chain_test(SIZE) + projection_test(SIZE)
print("last mark", SOLVER.mark)
print("checksum", checksum)
