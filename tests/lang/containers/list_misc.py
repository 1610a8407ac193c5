# Miscellaneous list behaviour: identity, aliasing, building, len.
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = list(a)
c.append(5)
print(a, c)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
stack = []
for ch in '(()())':
    if ch == '(':
        stack.append(ch)
    else:
        stack.pop()
print('balanced', not stack)
q = [1, 2, 3]
q.insert(0, q.pop())
print(q)
print([0] * 3 == [0, 0, 0], len([[]] * 4), [None] * 2)
lst = list(range(10))
print(lst[lst.index(5):], sum(lst) / len(lst))
evens = lst[::2]
odds = lst[1::2]
print(evens, odds, [x for pair in zip(evens, odds) for x in pair])
print(list(map(list, zip([1, 2], [3, 4]))))
print([1, 2, 3].__repr__(), str([1.0, 'x', None, True]))
print(list(enumerate(['a', 'b'])), list(reversed([1, 2, 3])))
