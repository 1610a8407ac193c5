# Function decorators: simple, stacked, with arguments.
def shout(fn):
    def wrapper(*a, **k):
        return fn(*a, **k).upper()
    return wrapper
def exclaim(fn):
    def wrapper(*a, **k):
        return fn(*a, **k) + '!'
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('bob'))
@exclaim
@shout
def hi():
    return 'hi'
print(hi())
@shout
@exclaim
def hey():
    return 'hey'
print(hey())
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def one():
    return 1
print(one())
order = []
def tracer(label):
    order.append('make ' + label)
    def deco(fn):
        order.append('apply ' + label)
        return fn
    return deco
@tracer('a')
@tracer('b')
def traced():
    pass
print(order)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return 'A'
print(list(registry), registry['alpha']())
print(hello.__name__, alpha.__name__)
@lambda f: f()
def called_immediately():
    return 'value'
print(called_immediately)
