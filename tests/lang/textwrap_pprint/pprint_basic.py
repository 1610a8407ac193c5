import pprint

data = {"name": "weft", "numbers": list(range(30)), "nested": {"a": [1, 2, {"b": (3, 4)}], "z": "x" * 50},
        "tuple": tuple(range(20)), "set": set(range(15)), "fs": frozenset(range(12)),
        "empty": [], "et": (), "ed": {}, "one": (1,), "long string": "word " * 30}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, indent=4)
pprint.pprint(data, sort_dicts=False, compact=True, width=60)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2, width=50)
print(pprint.pformat([list(range(10))] * 5, width=30))
print(pprint.pformat([list(range(10))] * 5, width=30, compact=True))
print(pprint.pformat((1,), width=2), pprint.pformat([[1, 2], (3,)], width=5))
print(pprint.pformat({(1, 2): [None, True, 1.5, 2j], "b": {"c": {"d": {"e": list(range(25))}}}}, width=40))
print(pprint.pformat([{"id": i, "tags": ["t%d" % j for j in range(i)]} for i in range(6)], width=50))
print(pprint.pformat({3: 1, "a": 2, 1.5: 3, None: 4}))
pprint.pp({"z": 1, "a": [2] * 40})
print(pprint.pformat(set("hello world"), width=20))
print(pprint.pformat(frozenset({1, 2}), width=5), pprint.pformat(set(), width=1))
print(pprint.pformat({"short": 1}), pprint.pformat([]), pprint.pformat(42), pprint.pformat("s"))
