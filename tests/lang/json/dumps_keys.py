import json

print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({-3: 1, 10**20: 2, 1e100: 3, float("inf"): 4, float("nan"): 5}))
print(json.dumps({"b": 1, "a": 2, "c": 3}, sort_keys=True))
print(json.dumps({3: 1, 1: 2, 2: 3}, sort_keys=True))
for bad in [{(1, 2): 3}, {frozenset(): 1}, {b"x": 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(repr(json.dumps({(1, 2): 3}, skipkeys=True, indent=2)))
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({2: "x", "2": "y"}))


class K(int):
    pass


class S(str):
    pass


print(json.dumps({K(5): 1, S("s"): 2}))
