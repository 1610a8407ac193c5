# Module-level names: __name__, module attributes, reassigning imported names.
import math
print(__name__, math.__name__)
print(hasattr(math, 'sqrt'), hasattr(math, 'nope'), getattr(math, 'pi') == math.pi)
print(callable(math.sqrt), type(math.pi).__name__, type(math.sqrt).__name__)
print('sqrt' in dir(math), 'pi' in dir(math))
saved = math.sqrt
math.sqrt = lambda x: 'patched'
print(math.sqrt(4))
math.sqrt = saved
print(math.sqrt(4))
import math as again
print(again is math, again.sqrt is saved)
