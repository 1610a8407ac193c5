import json

for v in [2**63, -2**64, 10**100, 10**4299]:
    s = json.dumps(v)
    print(len(s), json.loads(s) == v)
print(json.dumps({10**30: [10**30]}))
for f in [lambda: json.dumps(10**5000), lambda: json.dumps({10**5000: 1}), lambda: json.loads("1" * 5000),
          lambda: json.loads("[-" + "9" * 4301 + "]")]:
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
print(json.loads("1" * 4300) == int("1" * 4300))
print(json.loads("1" + "0" * 400 + ".5"), json.loads("1e308"), json.loads("-1e309"))
