# import forms: import, import as, from-import, from-import-as, star import.
import math
import math as m
from math import sqrt, pi
from math import floor as fl, ceil as cl
print(math.sqrt(16), m.sqrt(25), sqrt(36), pi, fl(2.7), cl(2.1))
print(m is math, m.pi == math.pi, sqrt is math.sqrt)
import math, sys
print(type(math).__name__, math.__name__, m.__name__, sys.__name__)
def local_import():
    import math as inner_math
    from math import e
    return inner_math.floor(e)
print(local_import())
try:
    from sys import nonexistent
except ImportError as e:
    print('ImportError:', e)
try:
    import nope
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, '| name:', e.name)
try:
    import nope.sub
except ImportError as e:
    print(type(e).__name__ + ':', e)
try:
    m.nonexistent_attr
except AttributeError as e:
    print('AttributeError:', e)
