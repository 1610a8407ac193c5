from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def double_me(x):
    """Returns x."""
    return x

print(double_me(21), double_me.__name__, double_me.__doc__)
print(double_me.__qualname__, double_me.__module__)
print(double_me.__wrapped__(5))

def target(a):
    "target doc"
    return a
target.custom = "attr"

def w(*a):
    return target(*a)

r = update_wrapper(w, target)
print(r is w, w.__name__, w.__doc__, w.custom, w.__wrapped__ is target)
print(WRAPPER_ASSIGNMENTS)
print(WRAPPER_UPDATES)

def w2():
    pass

update_wrapper(w2, target, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, "custom"))

class Callable:
    def __call__(self):
        return 1

def w3():
    pass

update_wrapper(w3, Callable())
print(w3.__name__)
