# type(name, bases, dict): argument checks and what the new class gets.
def attempt(label, *args, **kw):
    try:
        cls = type(*args, **kw)
        print(label, 'ok', cls.__name__, cls.__qualname__, [k.__name__ for k in cls.__mro__])
    except TypeError as e:
        print(label, type(e).__name__, e)


class Base:
    greeting = 'hi'


attempt('plain', 'P', (), {})
attempt('with base', 'Q', (Base,), {'x': 1})
attempt('name not str', 5, (), {})
attempt('bases not tuple', 'R', [Base], {})
attempt('dict not dict', 'S', (), [('x', 1)])
attempt('base not class', 'T', (5,), {})
attempt('qualname not str', 'U', (), {'__qualname__': 7})
attempt('qualname', 'V', (), {'__qualname__': 'Outer.V'})
attempt('two args', 'W', ())
attempt('four args', 'W', (), {}, 1)
attempt('kwargs only', name='X')
Q = type('Q', (Base,), {'x': 1, 'double': lambda self: self.x * 2})
q = Q()
print(q.greeting, q.double(), type(q).__name__, isinstance(q, Base))
print(type('E', (), {}).__doc__, type('E', (), {'__doc__': 'docs'}).__doc__)
print(type('M', (), {}).__module__, type('M', (), {'__module__': 'elsewhere'}).__module__)
Z = type('Z', (object,), {})
print(Z.__bases__ == (object,), type('Y', (), {}).__bases__ == (object,))
