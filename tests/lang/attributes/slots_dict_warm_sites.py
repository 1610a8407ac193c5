# Warm load/store sites over instances whose __slots__ values live apart
# from their __dict__ (slots plus '__dict__', slotted base plus dict
# subclass) and over purely slotted instances, with deletes and class
# mutation in between.
class Hybrid:
    __slots__ = ('a', '__dict__')

    def __init__(self, a):
        self.a = a
        self.b = a + 1


class Slotted:
    __slots__ = ('a', 'c')

    def __init__(self, a):
        self.a = a
        self.c = 0


class DictChild(Slotted):
    pass


def run(objs):
    t = 0
    for o in objs:
        t += o.a
        o.a = o.a + 1
    return t


objs = [Hybrid(1), Slotted(2), DictChild(3)] * 20
for _ in range(40):
    r = run(objs)
print(r, vars(objs[0]), vars(objs[2]), 'a' in objs[2].__dict__)
h = objs[0]
del h.a
try:
    h.a
except AttributeError as e:
    print('AttributeError', e)
h.__dict__['a'] = 'dict value'
print(h.__dict__, hasattr(h, 'a'))
h.a = 'slot value'
print(h.a, h.__dict__['a'])
s = Slotted(1)
del s.a
try:
    run([s])
except AttributeError as e:
    print('AttributeError', e)
s.a = 9
print(run([s, s]), s.a)
Slotted.a = property(lambda self: 100)
try:
    run([Slotted(1)])
except AttributeError as e:
    print('AttributeError', e)
try:
    DictChild(5)
except AttributeError as e:
    print('AttributeError', e)
