# class statements with non-class bases and non-subclassable builtins.
def attempt(label, src):
    try:
        ns = {}
        exec(src, ns)
        print(label, 'ok')
    except TypeError as e:
        print(label, type(e).__name__, e)


attempt('int instance', 'class A(1): pass')
attempt('str instance', "class A('x'): pass")
attempt('None', 'class A(None): pass')
attempt('function', 'class A(len): pass')
attempt('list instance', 'class A([]): pass')
attempt('bool', 'class A(bool): pass')
attempt('NoneType', 'class A(type(None)): pass')
attempt('range', 'class A(range): pass')
attempt('slice', 'class A(slice): pass')
attempt('memoryview', 'class A(memoryview): pass')
attempt('function type', 'class A(type(len)): pass')
attempt('int + str', 'class A(int, str): pass')
attempt('list + dict', 'class A(list, dict): pass')
attempt('int + float', 'class A(int, float): pass')
attempt('int + object', 'class A(int, object): pass')
attempt('Exception + int', 'class A(Exception, int): pass')
attempt('type', 'class A(type): pass')
attempt('object', 'class A(object): pass')
attempt('instance of class', 'class B: pass\nclass A(B()): pass')


class WithMroEntries:
    def __mro_entries__(self, bases):
        print('__mro_entries__ called with', len(bases), 'bases')
        return (dict,)


class Uses(WithMroEntries()):
    pass


print([c.__name__ for c in Uses.__mro__], Uses.__orig_bases__[0].__class__.__name__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class NoBases(Empty()):
    pass


print(NoBases.__bases__)


class BadEntries:
    def __mro_entries__(self, bases):
        return [int]


try:
    class Fails(BadEntries()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
