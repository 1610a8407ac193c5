# Generators closing over variables and generator pipelines.
def make_gen(prefix):
    def gen(items):
        for it in items:
            yield prefix + it
    return gen
shout = make_gen('!')
print(list(shout(['a', 'b'])))
def numbers():
    yield from range(1, 11)
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
print(list(squares(evens(numbers()))))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))
def pairs(seq):
    it = iter(seq)
    for a in it:
        b = next(it, None)
        yield a, b
print(list(pairs([1, 2, 3, 4, 5])))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows('abcde', 3)))
def enumerate_gen(it, start=0):
    n = start
    for v in it:
        yield n, v
        n += 1
print(list(enumerate_gen('xy', 5)))
