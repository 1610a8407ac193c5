# __setitem__ / __delitem__ with ints, slices and keys, plus augmented assignment.
def norm(key):
    if isinstance(key, slice):
        return ('slice', key.start, key.stop, key.step)
    return key

class Rec:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', key)
        return self.data[norm(key)]
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[norm(key)] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[norm(key)]

r = Rec()
r[1] = 'one'
r['k'] = [1]
r[1:3] = 'slice'
r[1, 2] = 'tuple'
r[...] = 'ellipsis'
r['k'] += [2]
r[1] *= 2
print(r.data)
del r[1]
del r[1, 2]
try:
    del r['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    r['missing'] += 1
except KeyError as e:
    print(type(e).__name__, e)
x = r['k']
r['a'] = r['b'] = 0
print(list(r.data))
a, r['u'] = 1, 2
for r['loop'] in [7, 8]:
    pass
print(r.data['loop'], r.data['u'])

class ReadOnly:
    def __getitem__(self, key):
        return key

ro = ReadOnly()
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ro[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    ro[0] += 1
except TypeError as e:
    print(type(e).__name__, e)

class WriteOnly:
    def __setitem__(self, key, value):
        print('stored', key, value)

wo = WriteOnly()
wo[0] = 1
try:
    wo[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del wo[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
