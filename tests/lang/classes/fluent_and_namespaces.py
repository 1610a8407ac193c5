# Classes used as namespaces and fluent builders; class-level constants referencing each other.
class Config:
    BASE = 10
    DOUBLE = BASE * 2
    NAMES = tuple(f'n{i}' for i in range(3))
    LOOKUP = {name: i for i, name in enumerate(NAMES)}

    class Colors:
        RED = '#f00'
        ALL = (RED, '#0f0')


print(Config.BASE, Config.DOUBLE, Config.NAMES, Config.LOOKUP, Config.Colors.ALL)


class Query:
    def __init__(self, table):
        self.table = table
        self.wheres = []
        self.order = None
        self.lim = None

    def where(self, cond):
        self.wheres.append(cond)
        return self

    def order_by(self, col):
        self.order = col
        return self

    def limit(self, n):
        self.lim = n
        return self

    def __str__(self):
        sql = f'SELECT * FROM {self.table}'
        if self.wheres:
            sql += ' WHERE ' + ' AND '.join(self.wheres)
        if self.order:
            sql += f' ORDER BY {self.order}'
        if self.lim is not None:
            sql += f' LIMIT {self.lim}'
        return sql


print(Query('users').where('age > 18').where("name != ''").order_by('name').limit(5))
print(Query('t'))


class Immutable:
    def __init__(self, **fields):
        object.__setattr__(self, '_fields', dict(fields))

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        raise AttributeError('immutable')

    def replace(self, **changes):
        return Immutable(**{**self._fields, **changes})

    def __repr__(self):
        return 'Immutable(' + ', '.join(f'{k}={v!r}' for k, v in self._fields.items()) + ')'


a = Immutable(x=1, y=2)
b = a.replace(y=3, z=4)
print(a, b, a.x, b.z)
try:
    a.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
