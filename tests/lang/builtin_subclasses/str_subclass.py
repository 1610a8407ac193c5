# str subclasses: methods return plain str; overriding and extending.
class Tag(str):
    def wrap(self):
        return f'<{self}>'


t = Tag('hello')
print(t, repr(t), type(t).__name__, t.wrap(), len(t), t[0], type(t[0]).__name__)
results = [t.upper(), t + '!', t * 2, t[1:], t.strip(), t.replace('l', 'L'), t.join('ab'),
           f'{t}', '%s' % t, str(t), t.lower(), t.title(), t.center(9)]
print([type(r).__name__ for r in results])
print(results)
print(type(Tag('x') + Tag('y')).__name__, type(''.join([t])).__name__, type(t.split()[0]).__name__)
print(t == 'hello', 'hello' == t, hash(t) == hash('hello'), {'hello': 1}[t], t in {'hello'})
print(t < 'world', sorted([Tag('b'), 'a', Tag('c')]), 'ell' in t, t.startswith('he'))
t.meta = 'extra attribute'
print(t.meta, vars(t))
print(str(t) is t, type(str(t)).__name__, type(t.__str__()).__name__)


class Lower(str):
    def __new__(cls, value=''):
        return super().__new__(cls, str(value).lower())


print(Lower('MiXeD'), Lower(12), Lower(), repr(Lower('ABC')), type(Lower('A')).__name__)


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())

    def __contains__(self, sub):
        return sub.lower() in self.lower()


c = Caseless('Python')
print(c == 'PYTHON', 'PYTHON' == c, c != 'java', 'TH' in c, {c: 1}.get(Caseless('python')))
print(c.upper(), type(c.upper()).__name__, c.count('o'))
print(str.__new__(Tag, 'direct'), type(str.__new__(Tag, 'direct')).__name__)
print(Tag(b'bytes', 'ascii'), Tag(5), Tag([1, 2]))
