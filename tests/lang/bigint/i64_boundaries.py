# Arithmetic around the edges of 48-bit inline ints and 64-bit machine ints.
edges = [2**47 - 1, 2**47, -2**47, -2**47 - 1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, -1, 0, 1, 3, -7]
for a in edges:
    row = []
    for b in edges:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b:
            row.append(a // b)
            row.append(a % b)
        row.append(a & b)
        row.append(a | b)
        row.append(a ^ b)
    print(a, sum(row) % 1000003, row[:3])
for a in edges:
    for s in (0, 1, 15, 16, 17, 62, 63, 64, 65):
        print(a, s, a << s, a >> s)
t = 0
for i in range(1, 200):
    t += i * 2**57
print(t, t // 3, t % 1000)
