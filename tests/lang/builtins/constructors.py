# list/tuple/dict/set/frozenset/str/bool/int/float constructors.
print(list(), list('ab'), list((1, 2)), list(range(3)), list({1: 2}), list(x for x in 'xy'))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple({3: 4}))
print(dict(), dict(a=1), dict([(1, 2), [3, 4]]), dict({1: 2}), dict({1: 2}, x=3), dict(zip('ab', 'cd')))
print(set(), set([1, 1, 2]), sorted(set('cab')), frozenset(), frozenset([3, 3]))
print(str(), str(5), str([1]), bool(), bool(0), bool('0'), bool([]), bool([0]))
print(int(), int(5.9), int('7'), int('ff', 16), float(), float(3), float('2.5'), float(' inf '))
for bad in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: list(5), lambda: tuple(None),
            lambda: set(1), lambda: dict(1), lambda: int([]), lambda: float(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
lst = [1, 2]
print(list(lst) is lst, tuple(t := (1, 2)) is t, frozenset(f := frozenset({1})) is f)
