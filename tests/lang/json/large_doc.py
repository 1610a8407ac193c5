import json

rows = [{"id": i, "name": "name-%d" % i, "value": i * 0.25, "flags": [i % 2 == 0, None],
         "text": "caf\u00e9 \"quoted\" \\ line\n" * (i % 3)} for i in range(20000)]
text = json.dumps(rows)
print(len(text))
back = json.loads(text)
print(back == rows, len(back), back[-1]["name"])
pretty = json.dumps(rows[:3], indent=2, ensure_ascii=False)
print(pretty)
big = "[" + ",".join(str(i) for i in range(100000)) + "]"
print(sum(json.loads(big)))
s = json.dumps("\u00e9" * 50000 + "x")
print(len(s), len(json.loads(s)))
nested = "[" * 500 + "]" * 500
v = json.loads(nested)
depth = 0
while v:
    v = v[0]
    depth += 1
print(depth)
