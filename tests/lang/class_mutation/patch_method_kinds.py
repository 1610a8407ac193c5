# Replacing a method by a staticmethod, classmethod, property or plain value at run time.
class K:
    def m(self):
        return 'instance method'


k = K()
bound = k.m
results = [k.m()]
K.m = staticmethod(lambda: 'static now')
results.append(k.m())
K.m = classmethod(lambda cls: 'class method on ' + cls.__name__)
results.append(k.m())
K.m = property(lambda self: 'property now')
results.append(k.m)
K.m = 'plain string'
results.append(k.m)
K.m = len
results.append(k.m('four'))
print(results, bound())
del K.m
print(hasattr(k, 'm'))


class Sub(K):
    pass


K.who = classmethod(lambda cls: cls.__name__)
print(Sub.who(), Sub().who(), K.who())
K.who = staticmethod(lambda *a: len(a))
print(Sub.who(), Sub().who(), Sub.who(1, 2))
K.who = lambda *a: len(a)
print(Sub().who(), Sub.who(), Sub.who(1))
