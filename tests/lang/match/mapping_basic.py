# Mapping patterns: required keys, extra keys allowed, **rest.


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str() as k, **mods}:
            return f"key {k} with {mods}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll", "delta": d}:
            return f"scroll down {d}"
        case {"type": t}:
            return f"unknown event type {t}"
        case {}:
            return "a mapping without a type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": (1, 2), "button": 3},
    {"type": "click", "pos": [1]},
    {"type": "key", "key": "a"},
    {"type": "key", "key": "b", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 4},
    {"type": "resize"},
    {},
    {"other": 1},
    [("type", "click")],
    "type",
    None,
]
for e in events:
    print(e, "->", handle(e))

# **rest is a new dict, in the subject's order, without the matched keys.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": c, "a": a, **rest}:
        print(a, c, rest, rest is d)
rest["x"] = 0
print(d)

match {}:
    case {**empty}:
        print("empty rest", empty)

match {1: "one", 2.5: "float", None: "none", (1, 2): "tuple", b"k": "bytes"}:
    case {1: one, 2.5: f, None: n, b"k": b, **others}:
        print(one, f, n, b, others)

# Keys are compared by hash and ==: 1, 1.0 and True are the same key.
match {1: "int key"}:
    case {True: v}:
        print("True finds", v)
match {1.0: "float key"}:
    case {1: v}:
        print("1 finds", v)

# Values of a mapping pattern can be any pattern.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": host, "ports": [first, *more]}, "debug": False | None}:
        print(host, first, more)

# A missing key means no match, even if the value pattern is irrefutable.
match {"a": 1}:
    case {"a": _, "b": _}:
        print("wrong")
    case {"a": _}:
        print("only a")
