# Methods that change their own class while running.
class Learner:
    def ask(self):
        type(self).ask = lambda self: 'cached answer'
        return 'computed answer'

    def grow(self, n):
        for i in range(n):
            setattr(type(self), f'skill{i}', i)
        return n


a, b = Learner(), Learner()
print(a.ask(), a.ask(), b.ask(), Learner().ask())
print(a.grow(3), b.skill2, [getattr(Learner, f'skill{i}') for i in range(3)])


class Once:
    def setup(self):
        print('setup runs')
        self.setup = lambda: print('setup already done (instance attr)')
        return self


o = Once()
o.setup()
o.setup()
Once().setup()


class Evolving:
    stage = 0

    def next(self):
        cls = type(self)
        cls.stage += 1
        if cls.stage == 2:
            cls.next = lambda self: 'final form'
        return cls.stage


e = Evolving()
print(e.next(), e.next(), e.next(), Evolving.stage)


class Recursive:
    def m(self, depth):
        if depth == 0:
            Recursive.m = lambda self, d: f'replaced at depth {d}'
            return 'bottom'
        return f'{depth}>' + self.m(depth - 1)


print(Recursive().m(3), Recursive().m(3))
