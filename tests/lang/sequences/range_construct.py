# range(...) arguments, attributes and repr.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for r in (range(5), range(2, 5), range(2, 10, 3), range(10, 2, -2), range(0), range(-5),
          range(3, 3), range(5, 1), range(-3, 3, 1), range(True), range(False, True, True)):
    print(r, r.start, r.stop, r.step, len(r), list(r))
check('float', lambda: range(1.5))
check('float stop', lambda: range(1, 2.5))
check('float step', lambda: range(1, 2, 0.5))
check('str', lambda: range('3'))
check('none', lambda: range(None))
check('none start', lambda: range(None, 3))
check('step zero', lambda: range(1, 2, 0))
check('step zero false', lambda: range(1, 2, False))
check('no args', lambda: range())
check('four args', lambda: range(1, 2, 3, 4))
check('keyword', lambda: range(stop=3))
check('float first', lambda: range(1.0, 2, 0))
def set_start(o):
    o.start = 1
check('set start', lambda: set_start(range(3)))
print(repr(range(0, 5)), range(1, 2, 1), repr(range(-1, -10, -3)))
print(range(10 ** 20), range(-10 ** 20, 0, 10 ** 19))
print(type(range(3)).__name__, type(range(3)) is range)
r = range(1, 10, 2)
print(r.start + r.stop + r.step, bool(range(0)), bool(range(1)), bool(range(5, 0)))
print(range(3).__len__(), range(3).__reduce__(), range(3).__bool__())
