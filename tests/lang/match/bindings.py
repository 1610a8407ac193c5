# When names are bound: only when the whole pattern matches (a failing
# pattern binds nothing), but a failing guard leaves its bindings; names
# are local to functions, global at module level, and follow global and
# nonlocal declarations.


def show(**getters):
    out = {}
    for name, get in getters.items():
        try:
            out[name] = get()
        except NameError:
            out[name] = "<unbound>"
    print(out)


def failing_pattern():
    match [1, 2, 3]:
        case [a, b]:
            pass
        case [c, d, 4]:
            pass
        case {"k": e}:
            pass
        case _:
            pass
    show(a=lambda: a, b=lambda: b, c=lambda: c, d=lambda: d, e=lambda: e)


failing_pattern()


def failing_alternatives():
    match (1, 2):
        case (x, 3) | (3, x):
            pass
        case _:
            pass
    show(x=lambda: x)


failing_alternatives()


def failing_guard():
    match (1, 2):
        case (p, q) if p > q:
            pass
        case _:
            pass
    show(p=lambda: p, q=lambda: q)


failing_guard()


def failing_class():
    class P:
        __match_args__ = ("x", "y")
        x = 1
        y = 2

    match P():
        case P(a, 3):
            pass
    show(a=lambda: a)


failing_class()


def unbound_after_failure():
    match 5:
        case [v]:
            pass
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(unbound_after_failure())

# Module level: captures are globals.
match {"name": "weft", "version": 1}:
    case {"name": str(project), "version": version}:
        pass
print(project, version, "project" in globals())

# global and nonlocal declarations are respected.
counter = 0


def set_global():
    global counter
    match 10:
        case counter:
            pass


set_global()
print("global counter:", counter)


def outer():
    result = None

    def inner():
        nonlocal result
        match ("ok", 1):
            case ("ok", result):
                pass

    inner()
    return result


print("nonlocal result:", outer())


# Captured names can be closed over.
def make_getter(v):
    match v:
        case [item, *_]:
            return lambda: item
    return lambda: None


print(make_getter([42, 0])())


# In a class body, captures become class attributes.
class Settings:
    match ("debug", True):
        case (mode, flag):
            pass


print(Settings.mode, Settings.flag)

# A name bound in an earlier case stays bound when a later case runs.
match 3:
    case 1:
        early = "one"
    case n if n > 5:
        pass
    case n:
        print("n rebound by the last case:", n)

# Rebinding the subject's own name is fine.
item = [1, 2]
match item:
    case [item, _]:
        print("item is now", item)
