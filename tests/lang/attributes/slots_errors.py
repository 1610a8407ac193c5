# __slots__ errors at class creation time.
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', cls.__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def conflict():
    class A:
        __slots__ = ('x',)
        x = 1
    return A

def bad_name():
    class B:
        __slots__ = ('not valid',)
    return B

def bad_type():
    class C:
        __slots__ = (1,)
    return C

def dup_dict():
    class D:
        __slots__ = ('__dict__', '__dict__')
    return D

def not_iterable():
    class E:
        __slots__ = 5
    return E

def int_base():
    class F(int):
        __slots__ = ('a',)
    return F

def tuple_base():
    class G(tuple):
        __slots__ = ('a',)
    return G

def dup_slot():
    class H:
        __slots__ = ('a', 'a')
    return H

def dict_slots():
    class I:
        __slots__ = {'a': 'doc for a', 'b': 'doc for b'}
    return I

def keyword_name():
    class J:
        __slots__ = ('class',)
    return J

def weakref_twice():
    class K:
        __slots__ = ('__weakref__', '__weakref__')
    return K

def empty_str():
    class L:
        __slots__ = ('',)
    return L

for label, fn in [('conflict', conflict), ('bad_name', bad_name), ('bad_type', bad_type),
                  ('dup_dict', dup_dict), ('not_iterable', not_iterable), ('int_base', int_base),
                  ('tuple_base', tuple_base), ('dup_slot', dup_slot), ('dict_slots', dict_slots),
                  ('keyword_name', keyword_name), ('weakref_twice', weakref_twice),
                  ('empty_str', empty_str)]:
    attempt(label, fn)

I = dict_slots()
print(I.a.__doc__, I.b.__doc__, list(I.__slots__))
