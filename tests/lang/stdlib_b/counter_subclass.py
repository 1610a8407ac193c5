from collections import Counter

class Loud(Counter):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)

c = Loud('aba')
print(c)

class Caps(Counter):
    def get(self, key, default=None):
        return Counter.get(self, key.lower(), default)

    def __setitem__(self, key, value):
        Counter.__setitem__(self, key.lower(), value)

print(Caps('aAbB'))
big = Counter(i % 7 for i in range(10000))
print(big.most_common(3), big.total())
f = Counter([1.0, 1, True, 2])
print(f)
print(Counter({'x': 1.5}) + Counter({'x': 1}))
tally = Counter()
tally.update(iter('zzy'))
print(tally)
try:
    Counter([[1]])
except TypeError as e:
    print('TypeError', e)
