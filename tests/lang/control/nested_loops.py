# Nested loops, break only exits innermost loop.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 12:
            found = (i, j)
            break
    if found:
        break
print('found', found)
table = []
for r in range(1, 4):
    row = []
    for c in range(1, 4):
        row.append(r * c)
    table.append(row)
print(table)
i = 0
while i < 3:
    j = 0
    while j < 3:
        if j == i:
            j += 1
            continue
        print('pair', i, j)
        j += 1
    i += 1
res = []
for a in 'ab':
    for b in 'cd':
        for c in 'ef':
            res.append(a + b + c)
print(res)
