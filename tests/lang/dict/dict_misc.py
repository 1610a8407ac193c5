# dict repr, get with default None, copying semantics, len after ops.
d = {'s': 'str', 'n': None, 'l': [1], 't': (1,), 'f': 1.5, 'b': True, 'd': {}}
print(d)
print(repr(d) == str(d), len(d))
shallow = d.copy()
shallow['l'].append(2)
shallow['new'] = 1
print(d['l'], 'new' in d)
print(d.get('n', 'x'), d.get('missing') is None)
d.clear()
print(d, bool(d), bool({0: 0}))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999])
big.update({i: 'back' for i in range(4)})
print(len(big), list(big)[-4:])
print(sorted({3: 'c', 1: 'a'}), iter({}).__next__ if False else 'iter ok')
