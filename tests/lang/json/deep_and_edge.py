import json

for n in [50, 900]:
    v = json.loads("[" * n + "]" * n)
    print(n, json.dumps(v).count("["))
try:
    json.loads("[" * 5000 + "]" * 5000)
except RecursionError as e:
    print("RecursionError")
try:
    json.loads('{"a":' * 5000 + "1" + "}" * 5000)
except RecursionError as e:
    print("RecursionError")
deep = []
cur = deep
for _ in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError")


class Node:
    def __init__(self, child):
        self.child = child


def enc(o):
    return {"child": o.child}


print(json.dumps(Node(Node(None)), default=enc))
print(json.dumps(Node(Node(None)), default=enc, indent=2))
print(json.dumps({"a": [Node(None)]}, default=enc, sort_keys=True, separators=(",", ":")))


class Items(dict):
    def items(self):
        return [("fixed", 1)]


print(json.dumps(Items(a=5)), json.dumps(Items(a=5), indent=1))


class Rev(list):
    def __iter__(self):
        return iter(list(list.__iter__(self))[::-1])


print(json.dumps(Rev([1, 2, 3])), json.dumps(Rev([1, 2, 3]), indent=None, separators=(",", ":")))
print(json.dumps(Rev([1, 2, 3]), indent=1))
print(json.dumps({"k": float("nan"), "z": -float("inf")}))
print(json.dumps([1e16, 1.5e-10, 123456789.125, -2.5e300, 0.0]))
print(json.dumps({True: 1, 1.0: 2}), json.dumps({1: "a", 1.0: "b"}))
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(json.loads("[1e-7, 1E+2, -0, 0.5]"))
