# Which objects are mappings: dict and its subclasses, collections.abc.Mapping
# subclasses and registered classes, UserDict, ChainMap, mappingproxy.
import collections
import collections.abc


def is_map(v):
    match v:
        case {}:
            return True
        case _:
            return False


class MyMapping(collections.abc.Mapping):
    def __init__(self, **kw):
        self.data = kw

    def __getitem__(self, k):
        return self.data[k]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)


class Registered:
    def __init__(self, **kw):
        self.data = kw

    def get(self, k, default=None):
        return self.data.get(k, default)

    def keys(self):
        return self.data.keys()

    def __getitem__(self, k):
        return self.data[k]

    def __len__(self):
        return len(self.data)


collections.abc.Mapping.register(Registered)


class MyDict(dict):
    pass


class NotAMapping:
    def keys(self):
        return []

    def __getitem__(self, k):
        raise KeyError(k)


values = [
    ("dict", {"a": 1}), ("MyDict", MyDict(a=1)),
    ("OrderedDict", collections.OrderedDict(a=1)),
    ("defaultdict", collections.defaultdict(int, a=1)),
    ("Counter", collections.Counter(a=1)),
    ("ChainMap", collections.ChainMap({"a": 1})),
    ("UserDict", collections.UserDict(a=1)),
    ("MyMapping", MyMapping(a=1)), ("Registered", Registered(a=1)),
    ("mappingproxy", type.__dict__), ("NotAMapping", NotAMapping()),
    ("list", [("a", 1)]), ("dict_items", {"a": 1}.items()), ("str", "a"),
]
for name, v in values:
    print(f"{name:13} mapping: {is_map(v)}")

# defaultdict: lookups use get(), so no key is created.
dd = collections.defaultdict(list)
match dd:
    case {"missing": value}:
        print("wrong", value)
    case _:
        print("defaultdict untouched:", dict(dd))

# Counter: missing keys are missing, not zero.
match collections.Counter("aab"):
    case {"a": 2, "c": _}:
        print("wrong")
    case {"a": a, "b": b, **rest}:
        print("counter", a, b, rest)

for name, v in values[:9]:
    match v:
        case {"a": x, **rest}:
            print(name, "a =", x, "rest =", rest)


# A custom mapping's get() is called with a sentinel default; **rest goes
# through keys() and __getitem__.
class Traced(collections.abc.Mapping):
    def __init__(self, **kw):
        self.data = kw

    def get(self, key, default=None):
        print("  get", repr(key), "default is None:", default is None)
        return self.data.get(key, default)

    def __getitem__(self, k):
        print("  getitem", repr(k))
        return self.data[k]

    def __len__(self):
        print("  len")
        return len(self.data)

    def __iter__(self):
        print("  iter")
        return iter(self.data)


print("traced match")
match Traced(x=1, y=2, z=3):
    case {"q": _}:
        print("wrong")
    case {"x": 1, "y": y, **others}:
        print("  ->", y, others)

print("too short: only len")
match Traced(x=1):
    case {"x": _, "y": _}:
        print("wrong")
    case _:
        print("  -> too short")


# A dict subclass overriding get() is honoured.
class Shouty(dict):
    def get(self, key, default=None):
        print("  Shouty.get", key)
        return dict.get(self, key, default)


match Shouty(a=1):
    case {"a": a}:
        print("Shouty ->", a)
