# set creation and basic operations (small ints only in printed sets).
s = {3, 1, 2, 3, 1}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
print(set(), set([4, 4, 5]), set(range(5)), set('aab') == {'a', 'b'}, set((1, 2)))
print(type({1}).__name__, type(set()).__name__, {} == set(), repr(set()))
s.add(4); s.add(1)
print(s)
s.discard(10); s.discard(1)
print(s)
s.remove(2)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
p = {5}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print('KeyError:', e)
c = {1, 2}
d = c.copy()
d.add(3)
print(c, d)
d.clear()
print(d, bool(d), bool(c))
print({1, 2} == {2, 1}, {1, 2} == [1, 2], {1, 1.0, True}, {0, False, 0.0})
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
print(sorted({'b', 'a', 'c'}), len({'x', 'y', 'x'}))
