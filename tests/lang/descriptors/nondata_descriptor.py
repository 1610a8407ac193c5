# Non-data descriptors (only __get__): instance dict shadows them.
class Const:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner):
        return ('const', self.value, obj is None)


class A:
    c = Const(5)


a = A()
print(a.c, A.c)
a.c = 'instance value'
print(a.c, A.c)
del a.c
print(a.c)


class CachedProperty:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Expensive:
    computed = 0

    @CachedProperty
    def result(self):
        Expensive.computed += 1
        return sum(range(100))


e = Expensive()
print(e.result, e.result, e.result, Expensive.computed)
print(vars(e), type(Expensive.result).__name__)
del e.result
print(e.result, Expensive.computed)


class Method:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self.fn
        return lambda *args: self.fn(obj, *args)


class UsesMethod:
    @Method
    def hello(self, who):
        return f'hello {who} from {type(self).__name__}'


u = UsesMethod()
print(u.hello('bob'), UsesMethod.hello(u, 'amy'))


class Callable:
    def __call__(self, *args):
        return 'called with ' + repr(args)


class Holder:
    c = Callable()


print(Holder().c(1), Holder.c(2))
