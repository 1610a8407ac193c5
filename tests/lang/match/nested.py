# Deeply nested patterns mixing every kind.


class Node:
    __match_args__ = ("op", "args")

    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)

    def __repr__(self):
        return f"Node({self.op!r}, {', '.join(map(repr, self.args))})"


class Leaf:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Leaf({self.value!r})"


def simplify(t):
    match t:
        case Node("+", [Leaf(0), x]) | Node("+", [x, Leaf(0)]):
            return simplify(x)
        case Node("*", [Leaf(1), x]) | Node("*", [x, Leaf(1)]):
            return simplify(x)
        case Node("*", [Leaf(0), _]) | Node("*", [_, Leaf(0)]):
            return Leaf(0)
        case Node("-", [x, y]) if repr(x) == repr(y):
            return Leaf(0)
        case Node(op, [*args]):
            return Node(op, *[simplify(a) for a in args])
        case Leaf() as leaf:
            return leaf


trees = [
    Node("+", Leaf(0), Leaf("x")),
    Node("*", Node("+", Leaf("y"), Leaf(0)), Leaf(1)),
    Node("*", Leaf("z"), Leaf(0)),
    Node("-", Leaf("a"), Leaf("a")),
    Node("-", Node("+", Leaf(0), Leaf(3)), Leaf(2)),
    Leaf(7),
]
for t in trees:
    print(t, "=>", simplify(t))

data = {
    "users": [
        {"name": "ada", "roles": ["admin", "dev"], "meta": {"age": 36}},
        {"name": "bob", "roles": [], "meta": {}},
        {"name": "cy", "roles": ["dev"], "meta": {"age": 20, "tz": "UTC"}},
    ],
    "version": (1, 2, 3),
}

match data:
    case {"users": [{"name": first_name, "roles": ["admin", *other_roles]}, *_],
          "version": (major, *_)}:
        print(first_name, other_roles, major)

for user in data["users"]:
    match user:
        case {"name": name, "roles": []}:
            print(name, "has no roles")
        case {"name": name, "roles": [role], "meta": {"age": int(age), **extra}}:
            print(name, "has one role", role, "age", age, "extra", extra)
        case {"name": name, "roles": [_, _, *_] as roles}:
            print(name, "has", len(roles), "roles")

# Tuples inside lists inside dicts with OR and AS.
points = {"path": [(0, 0), (1, 1), (2, 4)], "closed": False}
match points:
    case {"path": [(0, 0) as start, *middle, (x, y) as end], "closed": False | None}:
        print("open path from", start, "to", end, "via", middle, "last y", y)
